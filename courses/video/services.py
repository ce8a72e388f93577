"""Writes of the video library: processing, retry, transcripts and the flush of visit counts."""

import logging
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from academy.page_cache import bump_content_version
from courses.video import ffmpeg, stats
from courses.video.models import Video, VideoCaption, VideoDailyViews, VideoRendition, VideoViewsFlush
from courses.video.signals import processing_requested
from courses.video.validators import read_text, transcript_from_webvtt

logger = logging.getLogger(__name__)

RENDITIONS = [
    (VideoRendition.Label.P240, "mp4", "video/mp4"),
    (VideoRendition.Label.P360, "mp4", "video/mp4"),
    (VideoRendition.Label.AUDIO, "m4a", "audio/mp4"),
]


def _stale_after() -> timedelta:
    return timedelta(minutes=getattr(settings, "VIDEO_PROCESSING_STALE_MINUTES", 180))


def video_request_processing(*, video: Video) -> None:
    """Mark the video as waiting; once the transaction commits, `processing_requested` has it processed."""
    Video.objects.filter(pk=video.pk).update(status=Video.Status.PENDING, processing_error="")
    video.status, video.processing_error = Video.Status.PENDING, ""
    video_id = video.pk
    transaction.on_commit(lambda: processing_requested.send(sender=Video, video_id=video_id))


def video_retry(*, video: Video) -> None:
    """Start a failed (or stuck) video's processing again from the start."""
    video_request_processing(video=video)


def video_after_save(*, video: Video) -> None:
    """Refresh the searchable transcript and process the source if it is new (after an admin save)."""
    video_transcripts_refresh(video=video)
    if video.source and (video.processed_source != video.source.name or video.status == Video.Status.PENDING):
        video_request_processing(video=video)


def video_transcripts_refresh(*, video: Video) -> None:
    """Extract each caption file's text and keep their concatenation on the video for search."""
    texts = []
    for caption in VideoCaption.objects.filter(video=video).order_by("sort_order"):
        try:
            caption.text = transcript_from_webvtt(read_text(caption.file))
        except (ValidationError, OSError):
            caption.text = ""
        caption.save(update_fields=["text"])
        texts.append(caption.text)
    video.transcript = "\n\n".join(texts)
    video.save(update_fields=["transcript"])  # re-indexes the video for search


def _local_source(video: Video, workdir: Path) -> Path:
    try:
        return Path(video.source.path)
    except NotImplementedError:  # remote storage: copy the source next to the outputs
        target = workdir / "source"
        with video.source.open("rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        return target


def video_process(*, video_id: int) -> None:
    """Probe the source, make the poster and renditions, store their sizes and mark the video ready.

    Safe to run twice: a video already processed from its current source is left alone, and a run that
    was interrupted (worker killed; the message is redelivered thanks to acks_late) starts over.
    Any ffmpeg failure leaves the video `failed` with the reason, never `processing`.
    """
    video = Video.objects.filter(pk=video_id).first()
    if video is None or not video.source:
        return
    if (
        video.status == Video.Status.READY
        and video.processed_source == video.source.name
        and video.renditions.exists()
    ):
        return
    Video.objects.filter(pk=video_id).update(
        status=Video.Status.PROCESSING, processing_started_at=timezone.now(), processing_error=""
    )
    try:
        with tempfile.TemporaryDirectory(prefix="video-") as tmp:
            _transcode(video, Path(tmp))
    except (ffmpeg.FFmpegError, OSError, subprocess.SubprocessError) as error:
        message = str(error) or error.__class__.__name__
        logger.warning("Video %s failed to process: %s", video_id, message)
        Video.objects.filter(pk=video_id).update(
            status=Video.Status.FAILED, processing_error=_("ffmpeg could not process this file: %s") % message
        )
        return
    except Exception as error:
        Video.objects.filter(pk=video_id).update(
            status=Video.Status.FAILED, processing_error=_("Unexpected error: %s") % error
        )
        raise
    bump_content_version()


def _transcode(video: Video, workdir: Path) -> None:
    source = _local_source(video, workdir)
    info = ffmpeg.probe(source)
    outputs: list[tuple[str, Path, str, int | None, int | None]] = []
    for label, extension, mime in RENDITIONS:
        target = workdir / f"{video.slug}-{label}.{extension}"
        if label == VideoRendition.Label.AUDIO:
            if not info.has_audio:
                continue
            ffmpeg.make_audio_rendition(source, target)
            outputs.append((label, target, mime, None, None))
        else:
            ffmpeg.make_video_rendition(source, target, label, info.has_audio)
            rendered = ffmpeg.probe(target)
            outputs.append((label, target, mime, rendered.width, rendered.height))
    poster_path = None
    if video.poster_id is None:
        poster_path = workdir / f"{video.slug}-affiche.jpg"
        ffmpeg.make_poster(source, poster_path, info.duration)

    with transaction.atomic():
        locked = Video.objects.select_for_update().get(pk=video.pk)
        kept = []
        for label, path, mime, width, height in outputs:
            rendition = VideoRendition.objects.filter(video=locked, label=label).first() or VideoRendition(
                video=locked, label=label
            )
            old_name = rendition.file.name if rendition.file else None
            with path.open("rb") as handle:
                rendition.file.save(path.name, File(handle), save=False)
            rendition.mime_type, rendition.size_bytes = mime, path.stat().st_size
            rendition.width, rendition.height = width, height
            rendition.save()
            if old_name and old_name != rendition.file.name:
                rendition.file.storage.delete(old_name)
            kept.append(label)
        VideoRendition.objects.filter(video=locked).exclude(label__in=kept).delete()
        if poster_path is not None:
            image_model = get_image_model()
            with poster_path.open("rb") as handle:
                poster = image_model(title=_("Poster: %s") % locked.title)
                poster.file.save(poster_path.name, File(handle), save=False)
                poster.save()
            locked.poster = poster
        superseded_source = locked.processed_source
        if superseded_source and superseded_source != video.source.name:
            # A new source replaced it and is now processed: the old file is no longer used.
            storage = video.source.storage
            transaction.on_commit(lambda: storage.delete(superseded_source))
        locked.duration_seconds = round(info.duration)
        locked.source_size = video.source.size
        locked.processed_source = video.source.name
        locked.status, locked.processing_error = Video.Status.READY, ""
        locked.save(
            update_fields=["poster", "duration_seconds", "source_size", "processed_source", "status",
                           "processing_error"]
        )  # fmt: skip


def video_sweep_stale() -> int:
    """Mark videos stuck in `processing` past the stale delay as failed so an editor can retry them."""
    cutoff = timezone.now() - _stale_after()
    return Video.objects.filter(status=Video.Status.PROCESSING, processing_started_at__lt=cutoff).update(
        status=Video.Status.FAILED,
        processing_error=_("Processing was interrupted (the worker stopped). Use “Retry processing”."),
    )


def views_flush() -> int:
    """Move the visit counts accumulated in Redis into the database; return how many views moved.

    Exactly once: the pending counts are renamed aside under a batch name, written in one transaction
    that also records the batch, then deleted. A flush that crashed before its commit is redone; one
    that crashed after it finds its batch recorded and only deletes the counts; two flushes at once
    write the batch once (the unique batch row) and neither deletes newer counts.
    """
    backend = stats.store()
    batch, pending = backend.take_pending()
    if not batch:
        return 0
    per_key: dict[tuple[int, date], int] = {}
    for field, count in pending.items():
        day, _sep, video_id = field.partition(":")
        try:
            key = (int(video_id), date.fromisoformat(day))
        except ValueError:
            continue
        per_key[key] = per_key.get(key, 0) + count
    existing = set(Video.objects.filter(pk__in={vid for vid, _day in per_key}).values_list("pk", flat=True))
    total = 0
    with transaction.atomic():
        _record, new_batch = VideoViewsFlush.objects.get_or_create(batch=batch)
        for (video_id, day), count in sorted(per_key.items()):
            if not new_batch or video_id not in existing:
                continue
            row, created = VideoDailyViews.objects.get_or_create(
                video_id=video_id, date=day, defaults={"views": count}
            )
            if not created:
                VideoDailyViews.objects.filter(pk=row.pk).update(views=F("views") + count)
            Video.objects.filter(pk=video_id).update(view_count=F("view_count") + count)
            total += count
        # A batch can only come back within days (a crashed flush); older records are not needed.
        VideoViewsFlush.objects.filter(flushed_at__lt=timezone.now() - timedelta(days=7)).delete()
    backend.finish(batch)
    return total
