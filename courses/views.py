"""Views of a learner's actions: enrol, complete a lesson, take a quiz, register for a session, dashboard.

Reading pages is public and served by Wagtail; these views need a signed-in learner (except the
public calendar file) and never reach the anonymous page cache (it stores only Wagtail pages).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from courses import ics, selectors, services
from courses.models import LessonPage, ModulePage, ModuleSession, QuizAttempt, TrainingCyclePage


def _posted_page(request, model, field):
    """Return the live page whose id the form posted, or None when it is missing or tampered with."""
    raw = request.POST.get(field, "")
    if not raw.isdigit():
        return None
    return model.objects.live().filter(pk=int(raw)).first()


def _back(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


@never_cache
@login_required
def dashboard(request):
    """Mon parcours: each enrolled cycle with its progress bars and a Resume button."""
    return render(request, "courses/dashboard.html", {"cycles": selectors.dashboard(user=request.user)})


@require_POST
@login_required
def enrol(request):
    cycle = _posted_page(request, TrainingCyclePage, "cycle")
    if cycle is None:
        messages.error(request, _("This training cycle does not exist."))
        return redirect("courses:dashboard")
    try:
        _enrolment, created = services.enrolment_create(user=request.user, cycle=cycle)
    except services.CourseError as error:
        messages.error(request, error.message)
        return redirect(cycle.url)
    if created:
        messages.success(request, _("You are enrolled. Your progress will be saved as you go."))
    else:
        messages.info(request, _("You were already enrolled in this cycle."))
    return redirect(_back(request, cycle.url))


@require_POST
@login_required
def lesson_complete(request):
    lesson = _posted_page(request, LessonPage, "lesson")
    if lesson is None:
        messages.error(request, _("This lesson does not exist: nothing was recorded."))
        return redirect("courses:dashboard")
    try:
        _completion, created = services.lesson_complete(user=request.user, lesson=lesson)
    except services.CourseError as error:
        messages.error(request, error.message)
        return redirect(lesson.url)
    if created:
        messages.success(request, _("Lesson marked as complete."))
    else:
        messages.info(request, _("You had already completed this lesson."))
    return redirect(_back(request, lesson.url))


def _quiz_module(module_id: int) -> ModulePage:
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    if not module.has_quiz:
        raise Http404
    return module


@never_cache
@login_required
def quiz(request, module_id: int):
    """Show the module's quiz and grade a submission; errors leave nothing recorded."""
    module = _quiz_module(module_id)
    cycle = selectors.cycle_of(module)
    if selectors.enrolment_for(user=request.user, cycle=cycle) is None:
        messages.error(request, _("Enrol in the training cycle to take its quizzes."))
        return redirect(cycle.url if cycle else module.url)
    errors: dict[str, str] = {}
    chosen: dict[str, list[str]] = {}
    if request.method == "POST":
        chosen = {
            key.removeprefix("q-"): request.POST.getlist(key) for key in request.POST if key.startswith("q-")
        }
        try:
            attempt = services.quiz_submit(user=request.user, module=module, answers=chosen)
        except services.QuizAnswerError as error:
            messages.error(request, error.message)
            errors = error.errors
        except services.CourseError as error:
            messages.error(request, error.message)
            return redirect(module.url)
        else:
            return redirect("courses:quiz_result", attempt_id=attempt.pk)
    questions = [
        {
            "id": block.id,
            "value": block.value,
            "options": [(item.id, item.value) for item in block.value["options"].bound_blocks],
            "error": errors.get(block.id),
            "chosen": chosen.get(block.id, []),
        }
        for block in module.quiz_questions
    ]
    status = 400 if errors else 200
    return render(
        request,
        "courses/quiz.html",
        {
            "module": module,
            "cycle": cycle,
            "questions": questions,
            "stray_errors": errors.keys() - {q["id"] for q in questions},
        },
        status=status,
    )


@never_cache
@login_required
def quiz_result(request, attempt_id: int):
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("module"), pk=attempt_id, user=request.user
    )
    module = attempt.module
    progress = selectors.module_progress(user=request.user, module=module)
    return render(
        request,
        "courses/quiz_result.html",
        {"attempt": attempt, "module": module, "cycle": selectors.cycle_of(module), "progress": progress},
    )


def _session(session_id: int) -> ModuleSession:
    return get_object_or_404(
        ModuleSession.objects.filter(module__live=True).select_related("module"), pk=session_id
    )


@require_POST
@login_required
def session_register(request, session_id: int):
    session = _session(session_id)
    try:
        _registration, created = services.session_register(user=request.user, session=session)
    except services.CourseError as error:
        messages.error(request, error.message)
    else:
        if created:
            messages.success(request, _("You are registered for this session."))
        else:
            messages.info(request, _("You are already registered for this session."))
    return redirect(session.module.url + "#sessions")


@require_POST
@login_required
def session_unregister(request, session_id: int):
    session = _session(session_id)
    try:
        cancelled = services.session_unregister(user=request.user, session=session)
    except services.CourseError as error:
        messages.error(request, error.message)
    else:
        if cancelled:
            messages.success(request, _("Your registration is cancelled."))
        else:
            messages.info(request, _("You were not registered for this session."))
    return redirect(session.module.url + "#sessions")


@require_GET
def session_ics(request, session_id: int):
    """Return the session as an iCalendar file anyone can add to their calendar."""
    session = _session(session_id)
    url = request.build_absolute_uri(session.module.url)
    response = HttpResponse(
        ics.session_calendar(session, url=url, host=request.get_host()),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response
