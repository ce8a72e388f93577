"""Demo content of the training cycle (French): the CD-AICT cycle, its five modules, quizzes and sessions.

Builders are idempotent: pages are found by slug under their parent and updated in place; quiz
questions and sessions are rewritten each run.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from academy.demo import DemoContext, register
from academy.models import HomePage, ProjectStage, User
from courses import services
from courses.demo_texts import CYCLE, MODULES
from courses.models import LessonPage, ModulePage, ModuleSession, TrainingCyclePage

CYCLE_SLUG = "cooperation-decentralisee"


def _child(parent, model, slug: str, **fields):
    """Return the child page with this slug, created or updated with the fields, and published."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page


def _question(question: str, options: list[tuple[str, bool, str]], explanation: str = "") -> tuple:
    kind = "multiple" if sum(1 for _t, correct, _f in options if correct) > 1 else "single"
    return (
        "question",
        {
            "question": question,
            "kind": kind,
            "explanation": explanation,
            "options": [{"text": t, "correct": c, "feedback": f} for t, c, f in options],
        },
    )


@register(110, "training cycle")
def build_cycle(context: DemoContext) -> TrainingCyclePage:
    home = context.objects.get("home") or HomePage.objects.first()
    today = timezone.localdate()
    cycle = _child(
        home,
        TrainingCyclePage,
        CYCLE_SLUG,
        title=CYCLE["title"],
        introduction=CYCLE["introduction"],
        audience=CYCLE["audience"],
        objectives=CYCLE["objectives"],
        duration=CYCLE["duration"],
        edition_starts_on=today.replace(day=1),
        edition_ends_on=today.replace(day=1) + datetime.timedelta(days=180),
        show_in_menus=False,
    )
    cycle.trainers.set([])
    for name, role in CYCLE["trainers"]:
        cycle.trainers.add(cycle.trainers.model(name=name, role=role))
    cycle.save_revision().publish()

    stages = {stage.number: stage for stage in ProjectStage.objects.all()}
    for spec in MODULES:
        module = _child(
            cycle,
            ModulePage,
            spec["slug"],
            title=spec["title"],
            number=spec["number"],
            introduction=spec["introduction"],
            objectives=spec["objectives"],
            prerequisites=spec.get("prerequisites", ""),
            estimated_hours=Decimal(spec["hours"]),
            quiz_title=spec["quiz_title"],
            quiz_pass_mark=spec.get("pass_mark", 75),
            quiz_questions=[_question(*q) for q in spec["quiz"]],
        )
        module.project_stages.set([stages[n] for n in spec["stages"] if n in stages])
        module.sessions.set([])
        for session in spec.get("sessions", []):
            start = today + datetime.timedelta(days=session["in_days"])
            fields = {k: v for k, v in session.items() if k != "in_days"}
            module.sessions.add(ModuleSession(date=start, **fields))
        module.save_revision().publish()
        for lesson in spec["lessons"]:
            _child(
                module,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                introduction=lesson["introduction"],
                estimated_minutes=lesson["minutes"],
                body=lesson["body"],
            )
    # The cycle's title is too long for the phone menu: the home page's call to action leads to it.
    home.hero_cta_label, home.hero_cta_page = "Découvrir le cycle de formation", cycle
    home.save_revision().publish()
    context.objects["cycle"] = cycle
    return cycle


@register(120, "demo learner progress")
def build_learner_progress(context: DemoContext) -> None:
    """Enrol the demo learner and complete the first two lessons, so Resume has somewhere to go."""
    learner = context.objects.get("learner@example.org") or User.objects.get(email="learner@example.org")
    cycle = context.objects.get("cycle") or TrainingCyclePage.objects.get(slug=CYCLE_SLUG)
    services.enrolment_create(user=learner, cycle=cycle)
    first_module = ModulePage.objects.child_of(cycle).live().order_by("path").first()
    for lesson in LessonPage.objects.child_of(first_module).live().order_by("path")[:2]:
        services.lesson_complete(user=learner, lesson=lesson)
