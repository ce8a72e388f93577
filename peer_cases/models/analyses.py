"""Peer analyses: what a learner thinks of a case, shown once a trainer has approved it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

ANALYSIS_FIELD_MAX_LENGTH = 2000


class PeerAnalysis(models.Model):
    """A learner's structured analysis of a case study, moderated by trainers before it is shown."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    case = models.ForeignKey(
        "peer_cases.CaseStudyPage",
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        related_name="analyses",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="peer_analyses",
    )
    strength = models.TextField(_("a strength"), max_length=ANALYSIS_FIELD_MAX_LENGTH)
    weakness = models.TextField(_("a weakness"), max_length=ANALYSIS_FIELD_MAX_LENGTH)
    improvement = models.TextField(_("an improvement"), max_length=ANALYSIS_FIELD_MAX_LENGTH)
    transfer = models.TextField(
        _("what I would transfer to my local government"), max_length=ANALYSIS_FIELD_MAX_LENGTH
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    moderation_note = models.TextField(
        _("note to the author"),
        blank=True,
        help_text=_("Sent to the author with the decision."),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    # The decision the author was last emailed about, so a re-run task never sends it twice.
    notified_status = models.CharField(_("author notified of"), max_length=16, blank=True, editable=False)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("peer analysis")
        verbose_name_plural = _("peer analyses")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["case", "status"])]

    def __str__(self):
        return f"{self.author} · {self.case.title}"
