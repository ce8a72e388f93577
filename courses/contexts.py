"""What the training cycle's pages show: the cycle, module and lesson pages, for a reader or a learner."""

from academy.page_contexts import shows
from courses import selectors
from courses.models import LessonPage, ModulePage, TrainingCyclePage


@shows(TrainingCyclePage)
def cycle_page_context(cycle: TrainingCyclePage, *, request) -> dict:
    user = request.user
    progress = selectors.progress_for(user=user, cycles=[cycle])[0]
    progress.enrolment = selectors.enrolment_for(user=user, cycle=cycle)
    return {"progress": progress, "enrolment": progress.enrolment}


@shows(ModulePage)
def module_page_context(module: ModulePage, *, request) -> dict:
    user = request.user
    cycle = selectors.cycle_of(module)
    enrolment = None
    if user.is_authenticated and cycle is not None:
        enrolment = selectors.enrolment_for(user=user, cycle=cycle)
    return {
        "cycle": cycle,
        "progress": selectors.module_progress(user=user, module=module),
        "enrolment": enrolment,
        "sessions": selectors.module_sessions(module=module, user=user if cycle is not None else None),
        "project_stages": list(module.project_stages.all()),
    }


@shows(LessonPage)
def lesson_page_context(lesson: LessonPage, *, request) -> dict:
    user = request.user
    module = selectors.module_of(lesson)
    cycle = selectors.cycle_of(lesson)
    siblings = selectors.lessons_of([module])[module.pk] if module else []
    index = next((i for i, item in enumerate(siblings) if item.pk == lesson.pk), None)
    previous_lesson = siblings[index - 1] if index else None
    next_lesson = siblings[index + 1] if index is not None and index + 1 < len(siblings) else None
    context = {
        "module": module,
        "cycle": cycle,
        "lesson_number": (index or 0) + 1,
        "lesson_count": len(siblings),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "enrolment": None,
        "lesson_done": False,
    }
    if user.is_authenticated and cycle is not None and module is not None:
        context["enrolment"] = selectors.enrolment_for(user=user, cycle=cycle)
        context["module_progress"] = selectors.module_progress(user=user, module=module)
        context["lesson_done"] = lesson.pk in context["module_progress"].done_lesson_ids
    return context
