"""A real Celery worker against the real Redis runs the account-email task end to end."""

import pytest
from django.core import mail

from academy.celery import app as celery_app
from academy.tasks import send_email


@pytest.fixture
def real_worker(celery_worker_on):
    """A worker thread consuming the default queue from Redis."""
    with celery_worker_on("default", shutdown_timeout=30):
        yield


def test_send_email_round_trips_through_redis_and_a_worker(real_worker, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    result = send_email.delay(
        subject="Bienvenue", body="Corps du message", from_email="a@example.org", to=["b@example.org"]
    )
    assert result.get(timeout=30) == 1
    assert result.status == "SUCCESS"
    assert [m.subject for m in mail.outbox] == ["Bienvenue"]


def test_queues_are_declared():
    assert {q.name for q in celery_app.conf.task_queues} == {"default", "certificates", "video"}
