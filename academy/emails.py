"""The one way the Academy writes email: in the recipient's language, sent by one task.

`compose` renders a subject and a plain-text body in a language; `deliver` sends now (code already
running in a worker); `deliver_later` queues the sending for a worker once the current transaction
commits (code running in a request). allauth's account emails, session reminders, certificate and
moderation notices all go through here, and `academy.tasks.send_email` is what sends each one.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from academy.tasks import send_email


def language_for(user) -> str:
    """The language to write to a user in: their preferred one (missing messages fall back to French)."""
    preferred = getattr(user, "preferred_language", "") or ""
    return preferred if preferred in dict(settings.CONTENT_LANGUAGES) else settings.LANGUAGE_CODE


def compose(
    *,
    language: str,
    body_template: str,
    context: dict,
    subject=None,
    subject_params: dict | None = None,
    subject_template: str = "",
) -> tuple[str, str]:
    """Render (subject, body) in `language`.

    The subject is a lazy string (formatted with `subject_params` in that language) or a template.
    """
    with translation.override(language):
        body = render_to_string(body_template, context)
        if subject_template:
            subject = render_to_string(subject_template, context)
        else:
            subject = str(subject) % subject_params if subject_params else str(subject)
    return " ".join(subject.split()), body


def deliver(*, to: list[str], subject: str, body: str) -> int:
    """Send one rendered email now, in this process; return how many messages the backend accepted."""
    return send_email(subject=subject, body=body, to=list(to))


def deliver_later(
    *, to: list[str], subject: str, body: str, from_email: str = "", html: str = "", headers=None
) -> None:
    """Queue one rendered email for a worker, sent once the current transaction commits."""
    send_email.delay_on_commit(
        subject=str(subject),
        body=body,
        from_email=from_email,
        to=list(to),
        html=html,
        headers=dict(headers or {}),
    )


def deliver_message_later(message) -> None:
    """Queue an already built EmailMessage (allauth's), keeping its HTML alternative and headers."""
    html = next(
        (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
    )
    deliver_later(
        to=list(message.to),
        subject=message.subject,
        body=message.body,
        from_email=message.from_email,
        html=html,
        headers=message.extra_headers,
    )


def email_user(user, *, later: bool = False, **message) -> int:
    """Write to a user in their language (`compose`'s arguments): now, or from a worker after commit."""
    subject, body = compose(language=language_for(user), **message)
    if later:
        deliver_later(to=[user.email], subject=subject, body=body)
        return 0
    return deliver(to=[user.email], subject=subject, body=body)
