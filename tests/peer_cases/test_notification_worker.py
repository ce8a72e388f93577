"""The approval email goes through the real queue: Redis and a Celery worker, not eager mode."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from academy.roles import TRAINERS
from peer_cases.models import CaseStudyPage, PeerAnalysis
from peer_cases.services import analysis_moderate
from tests.academy.test_celery import real_worker  # noqa: F401 (the worker fixture of the foundation)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.usefixtures("real_worker")
def test_approval_email_is_sent_by_a_worker_after_commit(library, make_user, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    case = CaseStudyPage.objects.get(slug="climat-sfax")
    author = make_user(full_name="Moussa Keita")
    trainer = make_user(email="formateur@example.org")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    analysis = PeerAnalysis.objects.create(
        case=case,
        author=author,
        strength="Un service partagé.",
        weakness="Un arrosage coûteux.",
        improvement="Des espèces sobres.",
        transfer="La pépinière commune.",
    )
    analysis_moderate(analysis=analysis, status=PeerAnalysis.Status.APPROVED, moderator=trainer)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not analysis.notified_status:
        time.sleep(0.2)
        analysis.refresh_from_db()
    assert analysis.notified_status == PeerAnalysis.Status.APPROVED
    assert [m.to for m in mail.outbox] == [[author.email]]
