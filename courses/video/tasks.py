"""Celery tasks of the video library (routed to the `video` queue): thin wrappers around services."""

from celery import shared_task

from courses.video import services


@shared_task(name="courses.video.tasks.process_video", acks_late=True, reject_on_worker_lost=True)
def process_video(video_id: int) -> None:
    """Transcode one video; safe to run again (a killed worker's job is redelivered and redone)."""
    services.video_process(video_id=video_id)


# Named outside `courses.video.tasks.*` so it runs on the default queue, not behind long transcodes.
@shared_task(name="courses.video.maintenance")
def maintenance() -> dict:
    """Periodic: flush visit counts from Redis to the database and release stuck processing jobs."""
    return {"views": services.views_flush(), "stale": services.video_sweep_stale()}
