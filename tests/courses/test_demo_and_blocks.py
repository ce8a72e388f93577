"""The demo cycle is complete and idempotent; quiz questions are validated when authored."""

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags

from courses.blocks import QuizQuestionBlock
from courses.models import (
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ModuleSession,
    TrainingCyclePage,
)
from demo.builders.courses import build_cycle, build_learner_progress

pytestmark = pytest.mark.django_db


def test_demo_cycle_has_five_modules_with_lessons_quizzes_and_a_session(site_tree):
    build_cycle(site_tree)
    build_cycle(site_tree)  # idempotent
    build_learner_progress(site_tree)
    build_learner_progress(site_tree)
    cycle = TrainingCyclePage.objects.get()
    assert cycle.title.startswith("Coopération décentralisée et action internationale")
    modules = list(ModulePage.objects.child_of(cycle).order_by("path"))
    assert [m.number for m in modules] == [1, 2, 3, 4, 5]
    for module in modules:
        lessons = LessonPage.objects.child_of(module)
        assert lessons.count() >= 3, module.title
        assert all(len(strip_tags(str(lesson.body))) > 1000 for lesson in lessons), module.title
        assert len(module.quiz_questions) >= 4, module.title
    assert ModuleSession.objects.filter(attendance_required=True).count() == 1
    assert Enrolment.objects.filter(user__email="learner@example.org").count() == 1
    assert LessonCompletion.objects.count() == 2


def _question(**overrides):
    value = {
        "question": "?",
        "kind": "single",
        "explanation": "",
        "options": [
            {"text": "a", "correct": True, "feedback": ""},
            {"text": "b", "correct": False, "feedback": ""},
        ],
    }
    value.update(overrides)
    block = QuizQuestionBlock()
    return block, block.to_python(value)


def test_a_valid_question_passes():
    block, value = _question()
    cleaned = block.clean(value)
    assert cleaned["kind"] == "single"
    assert [(option["text"], option["correct"]) for option in cleaned["options"]] == [
        ("a", True),
        ("b", False),
    ]


@pytest.mark.parametrize(
    "overrides",
    [
        {
            "options": [
                {"text": "a", "correct": False, "feedback": ""},
                {"text": "b", "correct": False, "feedback": ""},
            ]
        },
        {
            "options": [
                {"text": "a", "correct": True, "feedback": ""},
                {"text": "b", "correct": True, "feedback": ""},
            ]
        },
    ],
)
def test_questions_without_a_right_answer_or_with_two_for_single_choice_are_refused(overrides):
    block, value = _question(**overrides)
    with pytest.raises(ValidationError):
        block.clean(value)
