"""Writes of the training cycle: enrolment, lesson completion, quizzes, sessions and reminders.

A learner's progress changes under a row lock on their enrolment, so two parallel requests (two
tabs, a double click) are serialised: the second sees the first's rows, nothing counts twice, and a
module's completion is recorded, and its signal sent, exactly once.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.emails import email_user
from courses import selectors
from courses.models import (
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    ModuleSession,
    QuizAttempt,
    SessionRegistration,
    TrainingCyclePage,
)
from courses.signals import cycle_completed, module_completed


class CourseError(Exception):
    """An action the learner cannot do; `message` is shown to them as is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotEnrolled(CourseError):
    pass


class SessionFull(CourseError):
    pass


class QuizAnswerError(CourseError):
    """The submitted answers are incomplete or tampered with; `errors` maps question ids to messages."""

    def __init__(self, message: str, errors: dict[str, str]):
        super().__init__(message)
        self.errors = errors


def enrolment_create(*, user, cycle: TrainingCyclePage) -> tuple[Enrolment, bool]:
    """Enrol the learner in a live cycle; enrolling again returns the existing enrolment."""
    if not cycle.live:
        raise CourseError(_("This training cycle is not open."))
    return Enrolment.objects.get_or_create(user=user, cycle=cycle)


def _locked_enrolment(*, user, cycle: TrainingCyclePage | None) -> Enrolment:
    enrolment = None
    if cycle is not None:
        enrolment = Enrolment.objects.select_for_update().filter(user=user, cycle=cycle).first()
    if enrolment is None:
        raise NotEnrolled(
            _("Enrol in the training cycle first: your progress is recorded once you are enrolled.")
        )
    return enrolment


def lesson_complete(*, user, lesson: LessonPage) -> tuple[LessonCompletion, bool]:
    """Record that the learner finished a lesson; completing it again changes nothing."""
    if not lesson.live:
        raise CourseError(_("This lesson does not exist."))
    module = selectors.module_of(lesson)
    with transaction.atomic():
        enrolment = _locked_enrolment(user=user, cycle=selectors.cycle_of(lesson))
        completion, created = LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
        if created and module is not None:
            _record_completions(enrolment=enrolment, module=module)
    return completion, created


def _record_completions(*, enrolment: Enrolment, module: ModulePage) -> None:
    """Record the module's (and then the cycle's) first completion; send the signals on commit."""
    user = enrolment.user
    if not selectors.module_progress(user=user, module=module).complete:
        return
    _, created = ModuleCompletion.objects.get_or_create(user=user, module=module)
    if not created:
        return
    user_id, module_id, cycle_id = user.pk, module.pk, enrolment.cycle_id
    transaction.on_commit(
        lambda: module_completed.send(sender=ModulePage, user_id=user_id, module_id=module_id)
    )
    modules = selectors.modules_of([enrolment.cycle])[enrolment.cycle_id]
    if len(selectors.module_completed_ids(user=user, modules=modules)) < len(modules):
        return
    if Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    ):
        transaction.on_commit(
            lambda: cycle_completed.send(sender=TrainingCyclePage, user_id=user_id, cycle_id=cycle_id)
        )


def quiz_grade(*, module: ModulePage, answers: Mapping[str, Sequence[str]]) -> tuple[int, list[dict]]:
    """Check the answers against the module's quiz; return the score (%) and the corrected questions.

    A question is right when the chosen options are exactly its correct options. Raise
    QuizAnswerError when a question is unanswered, an option is unknown, a single-choice question
    has several answers, or an answer names a question the quiz does not have.
    """
    questions = list(module.quiz_questions)
    known = {block.id for block in questions}
    errors: dict[str, str] = {}
    for question_id in answers:
        if question_id not in known:
            errors[str(question_id)] = _("This question is not part of the quiz.")
    details = []
    right = 0
    for block in questions:
        value = block.value
        options = [(item.id, item.value) for item in value["options"].bound_blocks]
        option_ids = {option_id for option_id, _option in options}
        chosen = set(answers.get(block.id, []))
        if not chosen:
            errors[block.id] = _("Answer this question.")
            continue
        if not chosen <= option_ids:
            errors[block.id] = _("An answer does not match any option of this question.")
            continue
        if value["kind"] == "single" and len(chosen) > 1:
            errors[block.id] = _("Pick only one answer.")
            continue
        correct_ids = {option_id for option_id, option in options if option["correct"]}
        is_right = chosen == correct_ids
        right += int(is_right)
        details.append(
            {
                "id": block.id,
                "question": value["question"],
                "kind": value["kind"],
                "explanation": value["explanation"],
                "right": is_right,
                "options": [
                    {
                        "text": option["text"],
                        "correct": bool(option["correct"]),
                        "chosen": option_id in chosen,
                        "feedback": option["feedback"],
                    }
                    for option_id, option in options
                ],
            }
        )
    if errors:
        raise QuizAnswerError(_("Some answers are missing or invalid; nothing was recorded."), errors)
    return round(100 * right / len(questions)), details


def quiz_submit(*, user, module: ModulePage, answers: Mapping[str, Sequence[str]]) -> QuizAttempt:
    """Grade and record an attempt; a pass may complete the module. Learners may retry at will."""
    if not module.live or not module.has_quiz:
        raise CourseError(_("This module has no quiz."))
    score, details = quiz_grade(module=module, answers=answers)
    with transaction.atomic():
        enrolment = _locked_enrolment(user=user, cycle=selectors.cycle_of(module))
        attempt = QuizAttempt(
            user=user,
            module=module,
            score=score,
            pass_mark=module.quiz_pass_mark,
            passed=score >= module.quiz_pass_mark,
            details=details,
        )
        attempt.full_clean()
        attempt.save()
        if attempt.passed:
            _record_completions(enrolment=enrolment, module=module)
    return attempt


def session_register(*, user, session: ModuleSession) -> tuple[SessionRegistration, bool]:
    """Register the learner for a future session within its capacity; registering again is harmless."""
    module = session.module
    with transaction.atomic():
        _locked_enrolment(user=user, cycle=selectors.cycle_of(module))
        # Lock the session so two last-place registrations cannot both pass the capacity check.
        session = ModuleSession.objects.select_for_update().get(pk=session.pk)
        existing = SessionRegistration.objects.filter(session=session, user=user).first()
        if existing is not None:
            return existing, False
        if session.starts_at <= timezone.now():
            raise CourseError(_("This session has already started: registration is closed."))
        if session.registrations.count() >= session.capacity:
            raise SessionFull(_("This session is full. Choose another session or contact the trainers."))
        return SessionRegistration.objects.create(session=session, user=user), True


def session_unregister(*, user, session: ModuleSession) -> bool:
    """Cancel the learner's registration for a future session; return whether one was cancelled."""
    if session.starts_at <= timezone.now():
        raise CourseError(_("This session has already started: the registration can no longer be cancelled."))
    deleted, _rows = SessionRegistration.objects.filter(session=session, user=user, attended=False).delete()
    return bool(deleted)


def session_attendance_set(*, session: ModuleSession, attended_user_ids: set[int]) -> int:
    """Record who attended a session (trainers do, in the admin); attending may complete the module."""
    module = ModulePage.objects.get(pk=session.module_id)
    cycle = selectors.cycle_of(module)
    changed = 0
    with transaction.atomic():
        for registration in session.registrations.select_related("user").select_for_update(of=("self",)):
            attended = registration.user_id in attended_user_ids
            if registration.attended == attended:
                continue
            registration.attended = attended
            registration.save(update_fields=["attended"])
            changed += 1
            enrolment = (
                Enrolment.objects.select_for_update().filter(user=registration.user, cycle=cycle).first()
            )
            if attended and enrolment is not None:
                _record_completions(enrolment=enrolment, module=module)
    return changed


def session_reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Email a reminder to each learner registered for a session starting within a day; once each."""
    now = now or timezone.now()
    due = SessionRegistration.objects.filter(
        reminder_sent_at__isnull=True,
        session__starts_at__gt=now,
        session__starts_at__lte=now + datetime.timedelta(days=1),
    ).select_related("user", "session", "session__module")
    sent = 0
    for registration in due:
        with transaction.atomic():
            # The conditional update claims the reminder, so a second run (or worker) skips it.
            if not SessionRegistration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now):
                continue
            session = registration.session
            email_user(
                registration.user,
                later=True,
                subject=gettext_lazy("Reminder: %(title)s tomorrow"),
                subject_params={"title": session.title},
                body_template="courses/email/session_reminder.txt",
                context={"user": registration.user, "session": session, "module": session.module},
            )
            sent += 1
    return sent
