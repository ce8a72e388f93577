"""Celery tasks of the foundation: thin wrappers that take primitives, safe to run twice."""

from celery import shared_task
from django.core.mail import EmailMultiAlternatives


@shared_task(
    name="academy.tasks.send_email",
    autoretry_for=(OSError,),
    retry_backoff=30,
    max_retries=5,
)
def send_email(
    *, subject: str, body: str, from_email: str, to: list[str], html: str = "", headers=None
) -> int:
    """Send one already-rendered email; return how many messages the backend accepted."""
    message = EmailMultiAlternatives(subject, body, from_email, to, headers=headers or None)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()


def email_enqueue(message) -> None:
    """Queue a rendered EmailMessage for sending once the current transaction commits."""
    html = ""
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            html = content
    send_email.delay_on_commit(
        subject=str(message.subject),
        body=message.body,
        from_email=message.from_email,
        to=list(message.to),
        html=html,
        headers=dict(message.extra_headers),
    )
