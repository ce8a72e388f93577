"""Celery tasks of the training cycle: thin wrappers around services, safe to run twice."""

from celery import shared_task

from courses import services


@shared_task(name="courses.tasks.send_session_reminders")
def send_session_reminders() -> int:
    """Email learners whose session starts within a day (run hourly by Celery beat)."""
    return services.session_reminders_send()
