"""The services of the training cycle: enrolment, completion rules, signals, quizzes and sessions."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.formats import date_format

from courses import services
from courses.models import (
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    ModulePage,
    ModuleSession,
    QuizAttempt,
    SessionRegistration,
)
from courses.signals import cycle_completed, module_completed

from .conftest import lessons_of, modules_of, right_answers, session_fields, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    """Record the completion signals actually sent."""
    events = []

    def on_module(sender, **kwargs):
        events.append(("module", kwargs["user_id"], kwargs["module_id"]))

    def on_cycle(sender, **kwargs):
        events.append(("cycle", kwargs["user_id"], kwargs["cycle_id"]))

    module_completed.connect(on_module)
    cycle_completed.connect(on_cycle)
    yield events
    module_completed.disconnect(on_module)
    cycle_completed.disconnect(on_cycle)


def test_enrolment_create_is_idempotent(make_cycle, make_user):
    cycle, user = make_cycle(), make_user()
    first, created = services.enrolment_create(user=user, cycle=cycle)
    again, created_again = services.enrolment_create(user=user, cycle=cycle)
    assert created and not created_again and first.pk == again.pk
    assert Enrolment.objects.count() == 1


def test_enrolment_in_an_unpublished_cycle_is_refused(make_cycle, make_user):
    cycle = make_cycle()
    cycle.unpublish()
    cycle.refresh_from_db()
    with pytest.raises(services.CourseError):
        services.enrolment_create(user=make_user(), cycle=cycle)
    assert not Enrolment.objects.exists()


def test_completing_a_lesson_twice_counts_once(make_cycle, make_user):
    cycle, user = make_cycle(), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    lesson = lessons_of(modules_of(cycle)[0])[0]
    _, created = services.lesson_complete(user=user, lesson=lesson)
    _, created_again = services.lesson_complete(user=user, lesson=lesson)
    assert (created, created_again) == (True, False)
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).count() == 1


def test_completing_a_lesson_without_enrolment_is_refused(make_cycle, make_user):
    cycle, user = make_cycle(), make_user()
    lesson = lessons_of(modules_of(cycle)[0])[0]
    with pytest.raises(services.NotEnrolled):
        services.lesson_complete(user=user, lesson=lesson)
    assert not LessonCompletion.objects.exists()


def test_enrolment_in_another_cycle_does_not_count(make_cycle, make_user):
    cycle, other, user = make_cycle(), make_cycle(), make_user()
    services.enrolment_create(user=user, cycle=other)
    with pytest.raises(services.NotEnrolled):
        services.lesson_complete(user=user, lesson=lessons_of(modules_of(cycle)[0])[0])


def test_module_needs_lessons_and_a_passed_quiz_then_signals_once(
    make_cycle, make_user, django_capture_on_commit_callbacks, received
):
    cycle, user = make_cycle(modules=2, lessons=2), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    first, second = modules_of(cycle)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(first):
            services.lesson_complete(user=user, lesson=lesson)
    assert received == [] and not ModuleCompletion.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        failed = services.quiz_submit(user=user, module=first, answers=wrong_answers(first))
    assert not failed.passed and received == []

    with django_capture_on_commit_callbacks(execute=True):
        passed = services.quiz_submit(user=user, module=first, answers=right_answers(first))
        services.quiz_submit(user=user, module=first, answers=right_answers(first))  # a retry after passing
    assert passed.passed and passed.score == 100
    assert received == [("module", user.pk, first.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(second):
            services.lesson_complete(user=user, lesson=lesson)
        services.quiz_submit(user=user, module=second, answers=right_answers(second))
    assert received == [
        ("module", user.pk, first.pk),
        ("module", user.pk, second.pk),
        ("cycle", user.pk, cycle.pk),
    ]
    assert Enrolment.objects.get(user=user).completed_at is not None


def test_signals_are_sent_only_after_commit(
    make_cycle, make_user, django_capture_on_commit_callbacks, received
):
    cycle, user = make_cycle(modules=1, lessons=1, quiz=False), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    lesson = lessons_of(modules_of(cycle)[0])[0]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.lesson_complete(user=user, lesson=lesson)
    assert received == [] and len(callbacks) == 2  # module, then cycle
    for callback in callbacks:
        callback()
    assert [event[0] for event in received] == ["module", "cycle"]


def test_quiz_grading_scores_partial_answers(make_cycle):
    module = modules_of(make_cycle(modules=1))[0]
    answers = right_answers(module)
    multiple = module.quiz_questions[1]
    answers[multiple.id] = answers[multiple.id][:1]  # only one of the two right options: wrong
    score, details = services.quiz_grade(module=module, answers=answers)
    assert score == 50
    assert [d["right"] for d in details] == [True, False]
    assert details[0]["options"][0] == {"text": "A", "correct": True, "chosen": True, "feedback": "Yes, A."}


@pytest.mark.parametrize(
    "tamper, message",
    [
        ("missing", "Répondez à cette question."),
        ("unknown_option", "Une réponse ne correspond à aucune proposition de cette question."),
        ("two_for_single", "Choisissez une seule réponse."),
        ("unknown_question", "Cette question ne fait pas partie du quiz."),
        ("option_of_other_question", "Une réponse ne correspond à aucune proposition de cette question."),
    ],
)
def test_bad_quiz_answers_are_refused_and_nothing_is_recorded(make_cycle, make_user, tamper, message):
    cycle, user = make_cycle(modules=1), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    module = modules_of(cycle)[0]
    answers = right_answers(module)
    single, multiple = (block.id for block in module.quiz_questions)
    if tamper == "missing":
        del answers[single]
    elif tamper == "unknown_option":
        answers[single] = ["not-an-option"]
    elif tamper == "two_for_single":
        answers[single] = [item.id for item in module.quiz_questions[0].value["options"].bound_blocks]
    elif tamper == "unknown_question":
        answers["forged"] = ["x"]
    else:
        answers[single] = answers[multiple][:1]
    with pytest.raises(services.QuizAnswerError) as error:
        services.quiz_submit(user=user, module=module, answers=answers)
    assert message in error.value.errors.values()
    assert not QuizAttempt.objects.exists()


def test_quiz_without_enrolment_is_refused(make_cycle, make_user):
    module = modules_of(make_cycle(modules=1))[0]
    with pytest.raises(services.NotEnrolled):
        services.quiz_submit(user=make_user(), module=module, answers=right_answers(module))
    assert not QuizAttempt.objects.exists()


def test_module_progress_counts_lessons_quiz_and_session(make_cycle, make_user):
    from courses.selectors import module_progress

    cycle = make_cycle(modules=1, lessons=3, session=session_fields(attendance_required=True))
    user = make_user()
    services.enrolment_create(user=user, cycle=cycle)
    module = modules_of(cycle)[0]
    services.lesson_complete(user=user, lesson=lessons_of(module)[0])
    progress = module_progress(user=user, module=module)
    assert (progress.lessons_done, progress.steps_total, progress.percent) == (1, 5, 20)
    assert progress.next_lesson == lessons_of(module)[1]
    assert not progress.complete


def test_required_session_attendance_completes_the_module(
    make_cycle, make_user, django_capture_on_commit_callbacks, received
):
    cycle = make_cycle(modules=1, lessons=1, quiz=False, session=session_fields(attendance_required=True))
    user = make_user()
    services.enrolment_create(user=user, cycle=cycle)
    module = modules_of(cycle)[0]
    session = ModuleSession.objects.get(module=module)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_complete(user=user, lesson=lessons_of(module)[0])
    assert received == []  # the session is still to attend
    services.session_register(user=user, session=session)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_attendance_set(session=session, attended_user_ids={user.pk}) == 1
        assert services.session_attendance_set(session=session, attended_user_ids={user.pk}) == 0
    assert received == [("module", user.pk, module.pk), ("cycle", user.pk, cycle.pk)]


def test_session_registration_twice_and_beyond_capacity(make_cycle, make_user):
    cycle = make_cycle(modules=1, session=session_fields(capacity=1))
    session = ModuleSession.objects.get()
    first, second = make_user(), make_user()
    for user in (first, second):
        services.enrolment_create(user=user, cycle=cycle)
    _, created = services.session_register(user=first, session=session)
    _, created_again = services.session_register(user=first, session=session)
    assert (created, created_again) == (True, False)
    with pytest.raises(services.SessionFull) as error:
        services.session_register(user=second, session=session)
    assert "complète" in error.value.message
    assert SessionRegistration.objects.count() == 1


def test_session_registration_needs_enrolment_and_a_future_session(make_cycle, make_user):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    cycle = make_cycle(modules=1, session=session_fields(date=yesterday))
    session, user = ModuleSession.objects.get(), make_user()
    with pytest.raises(services.NotEnrolled):
        services.session_register(user=user, session=session)
    services.enrolment_create(user=user, cycle=cycle)
    with pytest.raises(services.CourseError):
        services.session_register(user=user, session=session)
    assert not SessionRegistration.objects.exists()


def test_session_times_are_local_to_their_time_zone(make_cycle):
    make_cycle(modules=1, session=session_fields(time_zone="Africa/Porto-Novo"))
    session = ModuleSession.objects.get()
    assert session.starts_at.astimezone(datetime.UTC).hour == 8  # 09:00 in Porto-Novo is 08:00 UTC
    assert session.local_start.hour == 9


def test_reminders_are_sent_once_a_day_before(make_cycle, make_user, django_capture_on_commit_callbacks):
    cycle = make_cycle(modules=1, session=session_fields())
    session, user = ModuleSession.objects.get(), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    services.session_register(user=user, session=session)
    assert services.session_reminders_send(now=session.starts_at - datetime.timedelta(days=2)) == 0
    day_before = session.starts_at - datetime.timedelta(hours=20)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_reminders_send(now=day_before) == 1
        assert services.session_reminders_send(now=day_before) == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Rappel : Atelier demain"
    assert "Marrakech" in mail.outbox[0].body and mail.outbox[0].to == [user.email]
    assert "09:00–12:00 (Africa/Casablanca)" in mail.outbox[0].body  # local time, not UTC


def test_a_moved_session_is_reminded_again_at_its_new_date(
    make_cycle, make_user, django_capture_on_commit_callbacks
):
    cycle = make_cycle(modules=1, session=session_fields())
    session, user = ModuleSession.objects.get(), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    services.session_register(user=user, session=session)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_reminders_send(now=session.starts_at - datetime.timedelta(hours=20)) == 1

    # A trainer moves the session two days later and publishes the module, as in the admin.
    module = session.module.specific
    sessions = list(module.sessions.all())
    sessions[0].date += datetime.timedelta(days=2)
    module.sessions = sessions
    module.save_revision().publish()
    moved = ModuleSession.objects.get()
    assert moved.pk == session.pk and moved.starts_at == session.starts_at + datetime.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_reminders_send(now=moved.starts_at - datetime.timedelta(hours=20)) == 1
    assert len(mail.outbox) == 2
    with translation.override("fr"):
        assert date_format(moved.date, "j F Y") in mail.outbox[1].body  # the new date

    # Saving it again without moving it sends nothing more.
    module.save_revision().publish()
    assert services.session_reminders_send(now=moved.starts_at - datetime.timedelta(hours=10)) == 0


def test_unregistering_frees_the_place(make_cycle, make_user):
    cycle = make_cycle(modules=1, session=session_fields(capacity=1))
    session, user = ModuleSession.objects.get(), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    services.session_register(user=user, session=session)
    assert services.session_unregister(user=user, session=session) is True
    assert services.session_unregister(user=user, session=session) is False
    assert not SessionRegistration.objects.exists()


def test_estimated_hours_is_a_decimal_for_certificates(make_cycle):
    module = modules_of(make_cycle(modules=1))[0]
    assert str(ModulePage.objects.get(pk=module.pk).estimated_hours) == "2.0"
