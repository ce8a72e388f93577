"""The processing task goes to the `video` queue and a real worker on that queue processes a real upload."""

import pytest
from django.core.files import File

from academy.celery import app as celery_app
from courses.video.models import Video
from courses.video.tasks import maintenance, process_video


def test_routes():
    router = celery_app.amqp.router
    assert router.route({}, process_video.name)["queue"].name == "video"
    # The periodic flush must not wait behind long transcodes.
    assert router.route({}, maintenance.name)["queue"].name == "default"


@pytest.fixture
def video_worker(celery_worker_on):
    with celery_worker_on("video"):
        yield


@pytest.mark.django_db(transaction=True)
def test_a_worker_on_the_video_queue_processes_an_upload(video_worker, source_path):
    video = Video(slug="par-la-file", title="Par la file", production_year=2025)
    with source_path.open("rb") as handle:
        video.source.save("par-la-file.mp4", File(handle), save=False)
    video.save()
    result = process_video.delay(video.pk)
    result.get(timeout=120)
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.processing_error
    assert video.renditions.count() == 3
