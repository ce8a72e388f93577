"""Flushed visit counts: one row per video per day, written only by the periodic flush."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VideoDailyViews(models.Model):
    """How many distinct visitors played or downloaded a video on one day (no visitor data kept)."""

    video = models.ForeignKey("video.Video", on_delete=models.CASCADE, related_name="daily_views")
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views")
        constraints = [models.UniqueConstraint(fields=["video", "date"], name="video_daily_views_unique")]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.video_id} {self.date}: {self.views}"
