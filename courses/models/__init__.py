"""Models of the training cycle: the page tree (cycle -> module -> lesson), sessions, and progress."""

from .pages import CycleTrainer, LessonPage, ModulePage, ModuleSession, TrainingCyclePage
from .progress import Enrolment, LessonCompletion, ModuleCompletion, QuizAttempt, SessionRegistration

__all__ = [
    "CycleTrainer",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ModuleCompletion",
    "ModulePage",
    "ModuleSession",
    "QuizAttempt",
    "SessionRegistration",
    "TrainingCyclePage",
]
