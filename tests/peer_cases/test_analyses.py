"""Peer analyses: signed-in learners only, plain text, rate-limited, moderated, author emailed."""

import pytest
from django.core import mail
from django.urls import reverse

from academy.roles import TRAINERS
from peer_cases.models import CaseStudyPage, PeerAnalysis
from peer_cases.services import analysis_moderate
from peer_cases.tasks import notify_analysis_author
from peer_cases.views import ANALYSES_PER_HOUR

pytestmark = pytest.mark.django_db

GOOD = {
    "strength": "Le tarif a été fixé avec les usagers.",
    "weakness": "Les pièces de rechange viennent de loin.",
    "improvement": "Former deux fontainiers par quartier.",
    "transfer": "Les comités de gestion, dans ma commune.",
}


@pytest.fixture
def case(library):
    return CaseStudyPage.objects.get(slug="eau-potable-bohicon")


@pytest.fixture
def trainer(make_user):
    from django.contrib.auth.models import Group

    user = make_user(email="formatrice@example.org", full_name="Formatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


def _post(client, case, data=GOOD):
    return client.post(reverse("peer_cases:analysis_create", args=[case.pk]), data)


def test_anonymous_reader_sees_a_sign_in_link_and_no_form(client, case):
    html = client.get(case.url).content.decode()
    assert "Connectez-vous pour partager votre analyse" in html
    assert "csrfmiddlewaretoken" not in html
    assert "Ce qui a été fait, étape par étape" in html and "Cas illustratif" in html


def test_anonymous_post_is_sent_to_sign_in_and_stores_nothing(client, case):
    response = _post(client, case)
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    assert not PeerAnalysis.objects.exists()


def test_learner_analysis_waits_for_moderation(client, case, make_user):
    learner = make_user()
    client.force_login(learner)
    html = client.get(case.url).content.decode()
    assert "Envoyer mon analyse" in html
    response = _post(client, case)
    assert response.status_code == 302 and response["Location"].endswith("#analyses")
    analysis = PeerAnalysis.objects.get()
    assert analysis.status == PeerAnalysis.Status.PENDING and analysis.author == learner
    html = client.get(case.url).content.decode()
    assert "Votre analyse attend la modération." in html
    assert GOOD["strength"] not in html


def test_script_in_an_analysis_is_neither_stored_nor_rendered(client, case, make_user, trainer):
    client.force_login(make_user())
    hostile = {
        **GOOD,
        "strength": 'Bonne idée <script>alert("x")</script><img src=x onerror=alert(1)> vraiment',
    }
    assert _post(client, case, hostile).status_code == 302
    analysis = PeerAnalysis.objects.get()
    assert "<script" not in analysis.strength and "onerror" not in analysis.strength
    assert analysis.strength.startswith("Bonne idée")
    analysis_moderate(analysis=analysis, status=PeerAnalysis.Status.APPROVED, moderator=trainer)
    client.logout()
    html = client.get(case.url).content.decode()
    assert "Bonne idée" in html
    assert "<script>alert" not in html and "onerror" not in html


def test_markup_only_text_is_rejected_with_a_clear_message(client, case, make_user):
    client.force_login(make_user())
    response = _post(client, case, {**GOOD, "weakness": "<b></b><script>x</script>"})
    assert response.status_code == 400
    assert "Écrivez au moins 10 caractères" in response.content.decode()
    assert not PeerAnalysis.objects.exists()


def test_analysis_of_an_unpublished_case_is_refused(client, case, make_user, make_case):
    draft = make_case(live=False)
    client.force_login(make_user())
    assert _post(client, draft).status_code == 404
    case.unpublish()
    assert _post(client, case).status_code == 404
    assert client.post(reverse("peer_cases:analysis_create", args=[999999]), GOOD).status_code == 404
    assert not PeerAnalysis.objects.exists()


def test_get_on_the_submission_url_is_not_allowed(client, case, make_user):
    client.force_login(make_user())
    assert client.get(reverse("peer_cases:analysis_create", args=[case.pk])).status_code == 405


def test_submissions_are_rate_limited(client, case, make_user):
    client.force_login(make_user())
    for _ in range(ANALYSES_PER_HOUR):
        assert _post(client, case).status_code == 302
    response = _post(client, case)
    assert response.status_code == 429
    assert "Attendez une heure" in response.content.decode()
    assert PeerAnalysis.objects.count() == ANALYSES_PER_HOUR
    other = make_user()
    client.force_login(other)
    assert _post(client, case).status_code == 302  # the limit is per learner


def test_trainer_approves_in_the_admin_and_the_author_is_emailed(
    client, case, make_user, trainer, django_capture_on_commit_callbacks
):
    author = make_user(full_name="Aïcha Traoré")
    client.force_login(author)
    _post(client, case)
    analysis = PeerAnalysis.objects.get()
    client.logout()
    assert GOOD["transfer"] not in client.get(case.url).content.decode()  # anonymous copy now cached

    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_peer_cases_peeranalysis:list"))
    assert listing.status_code == 200 and "Aïcha Traoré" in listing.content.decode()
    edit_url = reverse("wagtailsnippets_peer_cases_peeranalysis:edit", args=[analysis.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"status": "approved", "moderation_note": "Merci, très utile."})
    assert response.status_code == 302
    analysis.refresh_from_db()
    assert analysis.status == PeerAnalysis.Status.APPROVED and analysis.moderated_by == trainer

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [author.email]
    assert "est publiée" in message.subject
    assert "Merci, très utile." in message.body and case.url in message.body

    client.logout()
    html = client.get(case.url).content.decode()  # the cached anonymous copy was invalidated
    assert GOOD["transfer"] in html and "Aïcha Traoré" in html


def test_rejection_emails_the_author_and_hides_the_analysis(
    client, case, make_user, trainer, django_capture_on_commit_callbacks
):
    client.force_login(make_user())
    _post(client, case)
    analysis = PeerAnalysis.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        analysis_moderate(analysis=analysis, status="rejected", moderator=trainer, note="Hors sujet.")
    assert "n'a pas été publiée" in mail.outbox[0].subject
    assert GOOD["strength"] not in client.get(case.url).content.decode()


def test_notification_task_is_idempotent(case, make_user, trainer, django_capture_on_commit_callbacks):
    author = make_user()
    analysis = PeerAnalysis.objects.create(case=case, author=author, **GOOD)
    assert notify_analysis_author(analysis.pk) is False  # pending: nothing to say yet
    with django_capture_on_commit_callbacks(execute=True):
        analysis_moderate(analysis=analysis, status="approved", moderator=trainer)
    assert len(mail.outbox) == 1
    assert notify_analysis_author(analysis.pk) is False
    assert notify_analysis_author(0) is False
    assert len(mail.outbox) == 1


def test_learners_cannot_moderate(client, case, make_user):
    learner = make_user()
    analysis = PeerAnalysis.objects.create(case=case, author=learner, **GOOD)
    client.force_login(learner)
    edit_url = reverse("wagtailsnippets_peer_cases_peeranalysis:edit", args=[analysis.pk])
    response = client.post(edit_url, {"status": "approved"})
    assert response.status_code in (302, 403)
    analysis.refresh_from_db()
    assert analysis.status == PeerAnalysis.Status.PENDING
