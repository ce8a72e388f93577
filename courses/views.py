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


def _page_action(request, *, model, field, missing, service, done, again):
    """Run a learner's one-click action on the posted page; answer every outcome with a message."""
    page = _posted_page(request, model, field)
    if page is None:
        messages.error(request, missing)
        return redirect("courses:dashboard")
    try:
        _row, created = service(user=request.user, **{field: page})
    except services.CourseError as error:
        messages.error(request, error.message)
        return redirect(page.url)
    if created:
        messages.success(request, done)
    else:
        messages.info(request, again)
    return redirect(_back(request, page.url))


@require_POST
@login_required
def enrol(request):
    return _page_action(
        request,
        model=TrainingCyclePage,
        field="cycle",
        missing=_("This training cycle does not exist."),
        service=services.enrolment_create,
        done=_("You are enrolled. Your progress will be saved as you go."),
        again=_("You were already enrolled in this cycle."),
    )


@require_POST
@login_required
def lesson_complete(request):
    return _page_action(
        request,
        model=LessonPage,
        field="lesson",
        missing=_("This lesson does not exist: nothing was recorded."),
        service=services.lesson_complete,
        done=_("Lesson marked as complete."),
        again=_("You had already completed this lesson."),
    )


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


def _session_action(request, session_id: int, *, action, done: str, unchanged: str):
    """Run a registration change; `action` returns whether anything changed. Back to the sessions."""
    session = _session(session_id)
    try:
        changed = action(user=request.user, session=session)
    except services.CourseError as error:
        messages.error(request, error.message)
    else:
        if changed:
            messages.success(request, done)
        else:
            messages.info(request, unchanged)
    return redirect(session.module.url + "#sessions")


@require_POST
@login_required
def session_register(request, session_id: int):
    return _session_action(
        request,
        session_id,
        action=lambda **kwargs: services.session_register(**kwargs)[1],
        done=_("You are registered for this session."),
        unchanged=_("You are already registered for this session."),
    )


@require_POST
@login_required
def session_unregister(request, session_id: int):
    return _session_action(
        request,
        session_id,
        action=services.session_unregister,
        done=_("Your registration is cancelled."),
        unchanged=_("You were not registered for this session."),
    )


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
