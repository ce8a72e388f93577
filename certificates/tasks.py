"""Celery tasks of the certificates app (routed to the `certificates` queue): thin and idempotent."""

from celery import shared_task
from celery.signals import worker_process_init

from certificates import services


@shared_task(autoretry_for=(OSError,), retry_backoff=30, max_retries=5)
def issue_certificate(user_id: int, module_id: int | None = None, cycle_id: int | None = None) -> int:
    """Issue (once) a learner's certificate for a module or a cycle; return its primary key."""
    return services.certificate_issue(user_id=user_id, module_id=module_id, cycle_id=cycle_id).pk


@worker_process_init.connect
def warm_up_pdf_rendering(**kwargs) -> None:
    """Each worker process loads the URLconf and the certificate fonts as it starts, not in a task."""
    from django.urls import reverse

    from certificates.pdf import warm_up

    reverse("certificates:mine")
    warm_up()
