"""Demo content of the training cycle: the CD-AICT cycle, its five modules, lessons, quizzes and sessions.

The texts are demo/data/courses/ (cycle.yaml, one file per module). Pages are found by slug under their
parent and updated in place; quiz questions and sessions are rewritten each run.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from academy.models import HomePage, ProjectStage, User
from courses import services
from courses.models import CycleTrainer, LessonPage, ModulePage, ModuleSession, TrainingCyclePage
from demo import data
from demo.pages import child_page, stream
from demo.registry import DemoContext, register

CYCLE_SLUG = "cooperation-decentralisee"
CYCLE_FIELDS = (
    "title", "introduction", "audience", "objectives", "duration", "call_to_action", "trainers",
    "block_defaults",
)  # fmt: skip
MODULE_FIELDS = (
    "number",
    "slug",
    "title",
    "hours",
    "stages",
    "introduction",
    "objectives",
    "lessons",
    "quiz",
)
LESSON_FIELDS = ("slug", "title", "minutes", "introduction", "body")
SESSION_FIELDS = ("title", "mode", "in_days", "start_time", "end_time", "time_zone")
SESSION_OPTIONAL = ("place", "link", "capacity", "attendance_required", "description")


def modules() -> list[dict]:
    """Return the modules of demo/data/courses/modules/, checked and in the order of their number."""
    specs = data.load_all("courses/modules")
    for spec in specs:
        where = f"module {spec.get('number')} ({spec.get('slug')})"
        data.fields(spec, where, required=MODULE_FIELDS, optional=("prerequisites", "sessions"))
        for lesson in spec["lessons"]:
            data.fields(lesson, f"{where}, lesson {lesson.get('slug')}", required=LESSON_FIELDS)
        for session in spec.get("sessions", []):
            data.fields(session, f"{where}, session", required=SESSION_FIELDS, optional=SESSION_OPTIONAL)
        data.fields(spec["quiz"], f"{where}, quiz", required=("title", "questions"), optional=("pass_mark",))
    return sorted(specs, key=lambda spec: spec["number"])


def _question(spec: dict, where: str) -> tuple:
    data.fields(spec, where, required=("question", "options"), optional=("explanation",))
    options = [
        data.fields(option, where, required=("text", "correct", "feedback")) for option in spec["options"]
    ]
    kind = "multiple" if sum(1 for option in options if option["correct"]) > 1 else "single"
    value = {"question": spec["question"], "kind": kind, "explanation": spec.get("explanation", "")}
    return ("question", {**value, "options": options})


def _time(value) -> datetime.time:
    # Unquoted, YAML 1.1 reads 14:30 as a number of minutes (870): accept both spellings.
    if isinstance(value, int):
        return datetime.time(*divmod(value, 60))
    return datetime.time.fromisoformat(value)


def _session(spec: dict, today: datetime.date) -> ModuleSession:
    fields = {name: spec[name] for name in SESSION_FIELDS + SESSION_OPTIONAL if name in spec}
    fields["date"] = today + datetime.timedelta(days=fields.pop("in_days"))
    fields["start_time"], fields["end_time"] = _time(spec["start_time"]), _time(spec["end_time"])
    return ModuleSession(**fields)


def _lesson_body(spec: dict, where: str, defaults: dict) -> list[tuple]:
    blocks = stream(LessonPage, "body", spec["body"], where, defaults)
    for block_type, value in blocks:
        if block_type == "further_reading":  # references without a link
            value["items"] = [{"url": "", **item} for item in value["items"]]
    return blocks


@register(110, "training cycle")
def build_cycle(context: DemoContext) -> TrainingCyclePage:
    home = context.objects.get("home") or HomePage.objects.first()
    spec = data.fields(data.load("courses/cycle"), "cycle", required=CYCLE_FIELDS)
    today = timezone.localdate()
    cycle = child_page(
        home,
        TrainingCyclePage,
        CYCLE_SLUG,
        title=spec["title"],
        introduction=spec["introduction"],
        audience=spec["audience"],
        objectives=spec["objectives"],
        duration=spec["duration"],
        edition_starts_on=today.replace(day=1),
        edition_ends_on=today.replace(day=1) + datetime.timedelta(days=180),
        show_in_menus=False,
        trainers=[CycleTrainer(name=trainer["name"], role=trainer["role"]) for trainer in spec["trainers"]],
    )

    stages = {stage.number: stage for stage in ProjectStage.objects.all()}
    for module_spec in modules():
        where = f"module {module_spec['number']}"
        quiz = module_spec["quiz"]
        module = child_page(
            cycle,
            ModulePage,
            module_spec["slug"],
            title=module_spec["title"],
            number=module_spec["number"],
            introduction=module_spec["introduction"],
            objectives=module_spec["objectives"],
            prerequisites=module_spec.get("prerequisites", ""),
            estimated_hours=Decimal(module_spec["hours"]),
            quiz_title=quiz["title"],
            quiz_pass_mark=quiz.get("pass_mark", 75),
            quiz_questions=[
                _question(q, f"{where}, quiz question {n}") for n, q in enumerate(quiz["questions"], 1)
            ],
            project_stages=[stages[number] for number in module_spec["stages"] if number in stages],
            sessions=[_session(session, today) for session in module_spec.get("sessions", [])],
        )
        for lesson in module_spec["lessons"]:
            child_page(
                module,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                introduction=lesson["introduction"],
                estimated_minutes=lesson["minutes"],
                body=_lesson_body(lesson, f"{where}, lesson {lesson['slug']}", spec["block_defaults"]),
            )
    home.hero_cta_label, home.hero_cta_page = spec["call_to_action"], cycle
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
