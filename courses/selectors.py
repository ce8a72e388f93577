"""Reads of the training cycle: outlines, a learner's progress, sessions and the cohort report.

Every function runs a fixed number of queries whatever the number of modules, lessons or learners:
modules and lessons are fetched per tree level with path prefixes, then a learner's state with one
query per kind of fact (lessons done, quizzes passed, sessions attended).
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Count, Max, Q

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


@dataclass
class ModuleProgress:
    """Where a learner stands in one module."""

    module: ModulePage
    lessons: list[LessonPage]
    done_lesson_ids: set[int] = field(default_factory=set)
    quiz_passed: bool = False
    session_required: bool = False
    session_attended: bool = False

    @property
    def has_quiz(self) -> bool:
        return self.module.has_quiz

    @property
    def lessons_done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.done_lesson_ids)

    @property
    def steps_total(self) -> int:
        return len(self.lessons) + int(self.has_quiz) + int(self.session_required)

    @property
    def steps_done(self) -> int:
        return (
            self.lessons_done
            + int(self.has_quiz and self.quiz_passed)
            + int(self.session_required and self.session_attended)
        )

    @property
    def percent(self) -> int:
        return _percent(self.steps_done, self.steps_total)

    @property
    def complete(self) -> bool:
        return (
            self.lessons_done == len(self.lessons)
            and (self.quiz_passed or not self.has_quiz)
            and (self.session_attended or not self.session_required)
        )

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((lesson for lesson in self.lessons if lesson.pk not in self.done_lesson_ids), None)

    def lesson_items(self) -> list[tuple[LessonPage, bool]]:
        return [(lesson, lesson.pk in self.done_lesson_ids) for lesson in self.lessons]


@dataclass
class CycleProgress:
    """Where a learner stands in a cycle: its modules, the overall share done and what comes next."""

    cycle: TrainingCyclePage
    modules: list[ModuleProgress]
    enrolment: Enrolment | None = None

    @property
    def percent(self) -> int:
        return _percent(sum(m.steps_done for m in self.modules), sum(m.steps_total for m in self.modules))

    @property
    def complete(self) -> bool:
        return bool(self.modules) and all(m.complete for m in self.modules)

    @property
    def modules_done(self) -> int:
        return sum(1 for m in self.modules if m.complete)

    @property
    def next_lesson(self) -> LessonPage | None:
        """Return the first unfinished lesson in the cycle's order (the Resume target)."""
        return next((m.next_lesson for m in self.modules if m.next_lesson is not None), None)

    @property
    def next_quiz_module(self) -> ModulePage | None:
        """Return the first module whose lessons are done but whose quiz is not passed yet."""
        return next(
            (m.module for m in self.modules if m.has_quiz and not m.quiz_passed and m.next_lesson is None),
            None,
        )


def _percent(done: int, total: int) -> int:
    return 100 if total == 0 else round(100 * done / total)


def _children_query(parents) -> Q:
    return reduce(
        operator.or_, (Q(path__startswith=p.path, depth=p.depth + 1) for p in parents), Q(pk__in=[])
    )


def _parent_path(page) -> str:
    return page.path[: -page.steplen]


def modules_of(cycles) -> dict[int, list[ModulePage]]:
    """Return each cycle's live modules in tree order (one query)."""
    cycles = list(cycles)
    by_path = {cycle.path: cycle.pk for cycle in cycles}
    result: dict[int, list[ModulePage]] = {cycle.pk: [] for cycle in cycles}
    if not cycles:
        return result
    for module in ModulePage.objects.live().filter(_children_query(cycles)).order_by("path"):
        result[by_path[_parent_path(module)]].append(module)
    return result


def lessons_of(modules) -> dict[int, list[LessonPage]]:
    """Return each module's live lessons in tree order (one query, bodies left out)."""
    modules = list(modules)
    by_path = {module.path: module.pk for module in modules}
    result: dict[int, list[LessonPage]] = {module.pk: [] for module in modules}
    if not modules:
        return result
    for lesson in (
        LessonPage.objects.live().filter(_children_query(modules)).defer_streamfields().order_by("path")
    ):
        result[by_path[_parent_path(lesson)]].append(lesson)
    return result


def _progress_of_modules(*, user, modules: list[ModulePage]) -> list[ModuleProgress]:
    """Return the learner's progress in each module: four queries whatever the number of modules."""
    lessons_by_module = lessons_of(modules)
    lesson_ids = [lesson.pk for ls in lessons_by_module.values() for lesson in ls]
    module_ids = [m.pk for m in modules]
    required: set[int] = set()
    done: set[int] = set()
    passed: set[int] = set()
    attended: set[int] = set()
    if module_ids:
        required = set(
            ModuleSession.objects.filter(module_id__in=module_ids, attendance_required=True).values_list(
                "module_id", flat=True
            )
        )
    if user is not None and user.is_authenticated and module_ids:
        done = set(
            LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids).values_list(
                "lesson_id", flat=True
            )
        )
        passed = set(
            QuizAttempt.objects.filter(user=user, module_id__in=module_ids, passed=True).values_list(
                "module_id", flat=True
            )
        )
        if required:
            attended = set(
                SessionRegistration.objects.filter(
                    user=user,
                    attended=True,
                    session__module_id__in=required,
                    session__attendance_required=True,
                ).values_list("session__module_id", flat=True)
            )
    return [
        ModuleProgress(
            module=module,
            lessons=lessons_by_module[module.pk],
            done_lesson_ids=done,
            quiz_passed=module.pk in passed,
            session_required=module.pk in required,
            session_attended=module.pk in attended,
        )
        for module in modules
    ]


def progress_for(*, user, cycles) -> list[CycleProgress]:
    """Return the learner's progress in each cycle, in a constant number of queries."""
    cycles = list(cycles)
    modules_by_cycle = modules_of(cycles)
    all_progress = _progress_of_modules(
        user=user, modules=[m for ms in modules_by_cycle.values() for m in ms]
    )
    by_module = {item.module.pk: item for item in all_progress}
    return [
        CycleProgress(cycle=cycle, modules=[by_module[m.pk] for m in modules_by_cycle[cycle.pk]])
        for cycle in cycles
    ]


def module_progress(*, user, module: ModulePage) -> ModuleProgress:
    """Return the learner's progress in one module (the completion rule reads it)."""
    return _progress_of_modules(user=user, modules=[module])[0]


def enrolment_for(*, user, cycle) -> Enrolment | None:
    if user is None or not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, cycle=cycle).first()


def dashboard(*, user) -> list[CycleProgress]:
    """Return the learner's enrolled cycles with their progress, most recent enrolment first."""
    enrolments = list(Enrolment.objects.filter(user=user, cycle__live=True).select_related("cycle"))
    progress = progress_for(user=user, cycles=[e.cycle for e in enrolments])
    for item, enrolment in zip(progress, enrolments, strict=True):
        item.enrolment = enrolment
    return progress


def module_of(lesson: LessonPage) -> ModulePage | None:
    return ModulePage.objects.filter(path=_parent_path(lesson)).first()


def module_sessions(*, module: ModulePage, user) -> list[ModuleSession]:
    """Return the module's sessions by date, each with its places left and whether the user registered."""
    # Query the table, not `module.sessions`: in an admin preview that is an in-memory list.
    sessions = list(
        ModuleSession.objects.filter(module_id=module.pk)
        .annotate(registered=Count("registrations"))
        .order_by("starts_at")
    )
    registered_ids: set[int] = set()
    if user is not None and user.is_authenticated and sessions:
        registered_ids = set(
            SessionRegistration.objects.filter(user=user, session__in=sessions).values_list(
                "session_id", flat=True
            )
        )
    for session in sessions:
        session.places_left = max(session.capacity - session.registered, 0)
        session.is_registered = session.pk in registered_ids
    return sessions


def cycle_of(page) -> TrainingCyclePage | None:
    depth = 1 if isinstance(page, ModulePage) else 2
    return TrainingCyclePage.objects.filter(path=page.path[: -page.steplen * depth]).first()


@dataclass
class CohortRow:
    """One learner's line in the trainer's view of a cycle."""

    enrolment: Enrolment
    modules: list[ModuleProgress]
    best_scores: dict[int, int]

    @property
    def percent(self) -> int:
        return CycleProgress(cycle=self.enrolment.cycle, modules=self.modules).percent

    def cells(self):
        for progress in self.modules:
            yield progress, self.best_scores.get(progress.module.pk)


def cohort_report(*, cycle: TrainingCyclePage) -> tuple[list[ModuleProgress], list[CohortRow]]:
    """Return the cycle's modules and one row per enrolled learner (queries independent of their number)."""
    enrolments = list(cycle.enrolments.select_related("user", "user__country").order_by("user__full_name"))
    modules = modules_of([cycle])[cycle.pk]
    lessons = lessons_of(modules)
    user_ids = [e.user_id for e in enrolments]
    module_ids = [m.pk for m in modules]
    lesson_ids = [lesson.pk for ls in lessons.values() for lesson in ls]
    done: dict[int, set[int]] = {uid: set() for uid in user_ids}
    for uid, lid in LessonCompletion.objects.filter(
        user_id__in=user_ids, lesson_id__in=lesson_ids
    ).values_list("user_id", "lesson_id"):
        done[uid].add(lid)
    scores: dict[int, dict[int, int]] = {uid: {} for uid in user_ids}
    passed: set[tuple[int, int]] = set()
    for row in (
        QuizAttempt.objects.filter(user_id__in=user_ids, module_id__in=module_ids)
        .values("user_id", "module_id", "passed")
        .annotate(best=Max("score"))
    ):
        best = max(scores[row["user_id"]].get(row["module_id"], 0), row["best"])
        scores[row["user_id"]][row["module_id"]] = best
        if row["passed"]:
            passed.add((row["user_id"], row["module_id"]))
    required = set(
        ModuleSession.objects.filter(module_id__in=module_ids, attendance_required=True).values_list(
            "module_id", flat=True
        )
    )
    attended = set(
        SessionRegistration.objects.filter(
            user_id__in=user_ids, attended=True, session__module_id__in=module_ids
        ).values_list("user_id", "session__module_id")
    )
    rows = []
    for enrolment in enrolments:
        enrolment.cycle = cycle
        uid = enrolment.user_id
        rows.append(
            CohortRow(
                enrolment=enrolment,
                modules=[
                    ModuleProgress(
                        module=m,
                        lessons=lessons[m.pk],
                        done_lesson_ids=done[uid],
                        quiz_passed=(uid, m.pk) in passed,
                        session_required=m.pk in required,
                        session_attended=(uid, m.pk) in attended,
                    )
                    for m in modules
                ],
                best_scores=scores[uid],
            )
        )
    header = [ModuleProgress(module=m, lessons=lessons[m.pk]) for m in modules]
    return header, rows


def module_completed_ids(*, user, modules) -> set[int]:
    return set(
        ModuleCompletion.objects.filter(user=user, module__in=modules).values_list("module_id", flat=True)
    )
