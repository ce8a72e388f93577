"""What each learner did: enrolments, completed lessons and modules, quiz attempts, session registrations.

Every "once per learner" fact has a unique constraint, so repeating an action (a double click, two
tabs, a retried request) can never count twice.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner enrolled in a training cycle; `completed_at` is set when every module is complete."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    cycle = models.ForeignKey(
        "courses.TrainingCyclePage",
        verbose_name=_("training cycle"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "cycle"], name="courses_enrolment_unique")]
        permissions = [("view_cohort_report", _("Can see a cycle's learners' progress and export it"))]

    def __str__(self):
        return f"{self.user} · {self.cycle}"


class LessonCompletion(models.Model):
    """A lesson a learner marked complete."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="courses_lessoncompletion_unique")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_id}"


class ModuleCompletion(models.Model):
    """The moment a learner first completed a module; its creation sends `module_completed`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions"
    )
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("module completion")
        verbose_name_plural = _("module completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="courses_modulecompletion_unique")
        ]

    def __str__(self):
        return f"{self.user} · {self.module_id}"


class QuizAttempt(models.Model):
    """One submitted attempt at a module's quiz, with a snapshot of the corrected questions."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="quiz_attempts")
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    # The questions as they were, the learner's choices and the feedback: the result page stays
    # right even if a trainer edits the quiz later.
    details = models.JSONField(_("details"), default=list)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["user", "module"], name="courses_quizattempt_user_mod")]

    def __str__(self):
        return f"{self.user} · {self.module_id} · {self.score} %"


class SessionRegistration(models.Model):
    """A learner registered for a module session; trainers record attendance afterwards."""

    session = models.ForeignKey(
        "courses.ModuleSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="session_registrations",
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    attended = models.BooleanField(_("attended"), default=False)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("session registration")
        verbose_name_plural = _("session registrations")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="courses_sessionregistration_unique")
        ]

    def __str__(self):
        return f"{self.user} · {self.session}"
