"""Processing with the real ffmpeg on a generated 5-second video: renditions, poster, failure and retry."""

from datetime import timedelta

from django.utils import timezone

from courses.video import ffmpeg, services
from courses.video.models import Video


def _moov_before_mdat(path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read()
    return 0 <= head.find(b"moov") < head.find(b"mdat")


def test_processing_makes_renditions_poster_and_sizes(uploaded_video):
    video = uploaded_video()
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.processing_error
    assert video.duration_seconds == 5
    assert video.source_size == video.source.size
    renditions = {r.label: r for r in video.renditions.all()}
    assert set(renditions) == {"240p", "360p", "audio"}
    for rendition in renditions.values():
        assert rendition.size_bytes == rendition.file.size > 0
        assert _moov_before_mdat(rendition.file.path), f"{rendition.label} is not faststart"
    assert (renditions["240p"].height, renditions["360p"].height) == (240, 360)
    assert renditions["audio"].size_bytes < renditions["240p"].size_bytes < renditions["360p"].size_bytes
    assert renditions["360p"].size_bytes < video.source_size
    probe = ffmpeg.probe(renditions["360p"].file.path)
    assert probe.has_audio and round(probe.duration) == 5
    assert renditions["audio"].mime_type == "audio/mp4"
    assert video.poster is not None and video.poster.width == 640


def test_processing_twice_changes_nothing(uploaded_video):
    video = uploaded_video()
    services.video_process(video_id=video.pk)
    before = sorted(video.renditions.values_list("file", flat=True))
    services.video_process(video_id=video.pk)
    assert sorted(video.renditions.values_list("file", flat=True)) == before


def test_a_job_killed_mid_processing_is_redone_when_redelivered(uploaded_video):
    video = uploaded_video()
    # What a worker killed mid-job leaves behind; acks_late makes the broker redeliver the message.
    Video.objects.filter(pk=video.pk).update(
        status=Video.Status.PROCESSING, processing_started_at=timezone.now()
    )
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == Video.Status.READY
    assert video.renditions.count() == 3


def test_failure_is_recorded_then_retry_succeeds(
    uploaded_video, source_path, django_capture_on_commit_callbacks
):
    video = uploaded_video()
    good = source_path.read_bytes()
    with open(video.source.path, "wb") as handle:  # the stored file got damaged after upload
        handle.write(good[: len(good) // 3])
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert "ffmpeg" in video.processing_error
    assert not video.renditions.exists()

    with open(video.source.path, "wb") as handle:
        handle.write(good)
    with django_capture_on_commit_callbacks(execute=True):
        services.video_retry(video=video)  # enqueued after commit; Celery runs eagerly in tests
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.processing_error
    assert video.processing_error == ""


def test_a_file_that_is_not_a_video_fails_clearly(uploaded_video):
    video = uploaded_video()
    with open(video.source.path, "wb") as handle:
        handle.write(b"Ceci est un compte rendu de reunion, pas une video.\n" * 20)
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert video.processing_error


def test_stale_processing_is_released(uploaded_video):
    video = uploaded_video()
    Video.objects.filter(pk=video.pk).update(
        status=Video.Status.PROCESSING, processing_started_at=timezone.now() - timedelta(hours=5)
    )
    fresh = uploaded_video(slug="en-cours")
    Video.objects.filter(pk=fresh.pk).update(
        status=Video.Status.PROCESSING, processing_started_at=timezone.now()
    )
    assert services.video_sweep_stale() == 1
    video.refresh_from_db()
    fresh.refresh_from_db()
    assert video.status == Video.Status.FAILED and "interrompu" in video.processing_error.lower()
    assert fresh.status == Video.Status.PROCESSING


def test_system_ffmpeg_is_preferred(monkeypatch):
    import shutil

    ffmpeg.ffmpeg_binary.cache_clear()
    try:
        assert ffmpeg.ffmpeg_binary() == shutil.which("ffmpeg")
        monkeypatch.setattr(shutil, "which", lambda name: None)
        ffmpeg.ffmpeg_binary.cache_clear()
        assert "imageio_ffmpeg" in ffmpeg.ffmpeg_binary()
    finally:
        monkeypatch.undo()
        ffmpeg.ffmpeg_binary.cache_clear()


def test_a_replaced_source_is_deleted_once_the_new_one_is_processed(
    uploaded_video, source_path, django_capture_on_commit_callbacks
):
    from django.core.files import File

    video = uploaded_video()
    with django_capture_on_commit_callbacks(execute=True):
        services.video_process(video_id=video.pk)
    video.refresh_from_db()
    old_source = video.source.name
    with source_path.open("rb") as handle:
        video.source.save("nouvelle-version.mp4", File(handle))
    assert video.source.storage.exists(old_source)  # still what the renditions come from
    with django_capture_on_commit_callbacks(execute=True):
        services.video_process(video_id=video.pk)
    assert not video.source.storage.exists(old_source)
    assert video.source.storage.exists(video.source.name)


def test_deleting_a_video_deletes_its_files_after_commit(uploaded_video, django_capture_on_commit_callbacks):
    video = uploaded_video()
    with django_capture_on_commit_callbacks(execute=True):
        services.video_process(video_id=video.pk)
    video.refresh_from_db()
    storage = video.source.storage
    names = [video.source.name, *video.renditions.values_list("file", flat=True)]
    assert len(names) == 4 and all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        video.delete()
    assert all(storage.exists(name) for name in names)  # nothing removed before the commit
    for callback in callbacks:
        callback()
    assert not any(storage.exists(name) for name in names)
