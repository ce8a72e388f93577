"""Celery tasks of the peer_cases app: thin wrappers around services, taking primary keys."""

from celery import shared_task

from peer_cases.models import PeerAnalysis
from peer_cases.services import analysis_notify_author


@shared_task
def notify_analysis_author(analysis_pk: int) -> bool:
    """Email the author of an analysis the moderation decision (safe to run twice)."""
    analysis = PeerAnalysis.objects.filter(pk=analysis_pk).first()
    if analysis is None:
        return False
    return analysis_notify_author(analysis=analysis)
