"""Fixtures of the training-cycle tests: a small cycle built through the real page tree."""

import datetime

import pytest
from django.utils import timezone

from academy.models import HomePage
from courses.models import LessonPage, ModulePage, ModuleSession, TrainingCyclePage


def quiz_questions():
    """Two questions: one single choice (right: A), one multiple choice (right: X and Y)."""
    return [
        (
            "question",
            {
                "question": "Single?",
                "kind": "single",
                "explanation": "Because A.",
                "options": [
                    {"text": "A", "correct": True, "feedback": "Yes, A."},
                    {"text": "B", "correct": False, "feedback": "No, not B."},
                ],
            },
        ),
        (
            "question",
            {
                "question": "Multiple?",
                "kind": "multiple",
                "explanation": "",
                "options": [
                    {"text": "X", "correct": True, "feedback": ""},
                    {"text": "Y", "correct": True, "feedback": ""},
                    {"text": "Z", "correct": False, "feedback": "Not Z."},
                ],
            },
        ),
    ]


@pytest.fixture
def make_cycle(site_tree):
    """Build a published cycle with N modules of M lessons; a quiz on each module unless told otherwise."""
    home = HomePage.objects.get()
    counter = {"n": 0}

    def factory(modules=2, lessons=2, quiz=True, session=None):
        counter["n"] += 1
        cycle = TrainingCyclePage(title=f"Cycle {counter['n']}", slug=f"cycle-{counter['n']}")
        home.add_child(instance=cycle)
        cycle.save_revision().publish()
        for m in range(1, modules + 1):
            module = ModulePage(
                title=f"Module {m}",
                slug=f"module-{m}",
                number=m,
                estimated_hours=2,
                quiz_pass_mark=50,
                quiz_questions=quiz_questions() if quiz else [],
            )
            cycle.add_child(instance=module)
            if session and m == 1:
                module.sessions.add(ModuleSession(**session))
            module.save_revision().publish()
            for n in range(1, lessons + 1):
                lesson = LessonPage(
                    title=f"Leçon {m}.{n}",
                    slug=f"lecon-{m}-{n}",
                    estimated_minutes=10,
                    body=[("paragraph", f"<p>Contenu {m}.{n}</p>")],
                )
                module.add_child(instance=lesson)
                lesson.save_revision().publish()
        return TrainingCyclePage.objects.get(pk=cycle.pk)

    return factory


def session_fields(**overrides):
    tomorrow = timezone.localdate() + datetime.timedelta(days=10)
    fields = {
        "title": "Atelier",
        "mode": "in_person",
        "date": tomorrow,
        "start_time": datetime.time(9),
        "end_time": datetime.time(12),
        "time_zone": "Africa/Casablanca",
        "place": "Marrakech",
        "capacity": 2,
        "attendance_required": False,
    }
    fields.update(overrides)
    return fields


def modules_of(cycle):
    return list(ModulePage.objects.child_of(cycle).order_by("path"))


def lessons_of(module):
    return list(LessonPage.objects.child_of(module).order_by("path"))


def right_answers(module):
    """Return the answers that pass the module's quiz: every correct option of each question."""
    return {
        block.id: [item.id for item in block.value["options"].bound_blocks if item.value["correct"]]
        for block in module.quiz_questions
    }


def wrong_answers(module):
    return {
        block.id: [next(item.id for item in block.value["options"].bound_blocks if not item.value["correct"])]
        for block in module.quiz_questions
    }
