"""Receivers of the peer_cases app: new case libraries go under moderation; decisions reach authors."""

from django.db.models.signals import post_save


def setup_new_index(sender, instance, created, raw=False, **kwargs) -> None:
    from peer_cases.services import case_index_setup

    if created and not raw:
        case_index_setup(index=instance)


def notify_author_of_decision(sender, *, analysis_id: int, **kwargs) -> None:
    """Queue the email telling the author the decision (sent after commit, so the task sees it)."""
    from peer_cases.tasks import notify_analysis_author

    notify_analysis_author.delay(analysis_id)


def connect() -> None:
    from peer_cases.models import CaseStudyIndexPage
    from peer_cases.signals import analysis_decided

    post_save.connect(setup_new_index, sender=CaseStudyIndexPage, dispatch_uid="peer-cases-index-setup")
    analysis_decided.connect(notify_author_of_decision, dispatch_uid="peer-cases-notify-author")
