"""Flushed visit counts: one row per video per day, written only by the flush, and the batches flushed."""

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


class VideoViewsFlush(models.Model):
    """A batch of visit counts already written: a flush retried after a crash never adds it twice."""

    batch = models.CharField(_("batch"), max_length=32, unique=True)
    flushed_at = models.DateTimeField(_("flushed at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("flushed batch of views")

    def __str__(self):
        return f"{self.batch} ({self.flushed_at:%Y-%m-%d %H:%M})"
