"""Signal wiring of the peer_cases app: a new case library is put under moderation at once."""

from django.db.models.signals import post_save


def _setup_new_index(sender, instance, created, raw=False, **kwargs):
    from peer_cases.services import case_index_setup

    if created and not raw:
        case_index_setup(index=instance)


def connect() -> None:
    from peer_cases.models import CaseStudyIndexPage

    post_save.connect(_setup_new_index, sender=CaseStudyIndexPage, dispatch_uid="peer-cases-index-setup")
