"""Celery tasks of the foundation: thin wrappers that take primitives, safe to run twice."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives


@shared_task(
    name="academy.tasks.send_email",
    autoretry_for=(OSError,),
    retry_backoff=30,
    max_retries=5,
)
def send_email(
    *, subject: str, body: str, to: list[str], from_email: str = "", html: str = "", headers=None
) -> int:
    """Send one already-rendered email (see academy.emails); return how many messages were accepted."""
    message = EmailMultiAlternatives(
        subject, body, from_email or settings.DEFAULT_FROM_EMAIL, to, headers=headers or None
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()
