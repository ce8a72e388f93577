"""Public verification, bad codes, rate limiting, the learner's downloads and revocation."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.template import Context, Template
from django.test import RequestFactory

from academy.roles import TRAINERS
from certificates.credentials import bit_is_set, decode_jwt
from certificates.views import LOOKUP_LIMIT


def test_verification_page_shows_the_facts_and_nothing_personal(issue, client):
    certificate = issue(full_name="Aminata Diallo", email="aminata.private@example.org")
    response = client.get(f"/certificats/verifier/{certificate.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    for fact in (
        "Aminata Diallo",
        certificate.achievement_name,
        "Valide",
        certificate.display_code,
        "did:web:testserver",
    ):
        assert fact in html, fact
    assert "aminata.private" not in html
    assert f"/certificats/verifier/{certificate.code}/attestation.jwt" in html
    assert f"/certificats/verifier/{certificate.code}/attestation.json" in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_typed_codes_are_normalised_and_redirected(issue, client):
    certificate = issue()
    typed = f" {certificate.code[:5].lower()}-{certificate.code[5:].lower()} "
    response = client.get("/certificats/verifier/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/certificats/verifier/{certificate.code}/"
    lower = client.get(f"/certificats/verifier/{certificate.code.lower()}/")
    assert lower.status_code == 302


@pytest.mark.parametrize(
    "code",
    [
        "ZZZZZZZZZZ",  # well formed, unknown
        "ABC",  # too short
        "0OI1L0OI1L",  # ambiguous characters are never issued
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%27%3B%20DROP%20TABLE",
        "Ω" * 300,
    ],
)
def test_bad_codes_get_a_clear_not_found_page(client, db, code):
    response = client.get("/certificats/verifier/", {"code": code}, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Certificat introuvable" in html
    assert "<script>alert(1)</script>" not in html
    direct = client.get(f"/certificats/verifier/{code[:100]}/")
    assert direct.status_code == 404
    if "/" not in code:  # a slash makes it another URL: the site's own 404 page
        assert "Certificat introuvable" in direct.content.decode()
    assert "<script>alert(1)</script>" not in direct.content.decode()


def test_lookups_are_rate_limited_per_client(client, db, issue):
    certificate = issue()
    for _ in range(LOOKUP_LIMIT):
        assert client.get("/certificats/verifier/ZZZZZZZZZZ/").status_code == 404
    blocked = client.get("/certificats/verifier/ZZZZZZZZZZ/")
    assert blocked.status_code == 429
    assert "Trop de vérifications" in blocked.content.decode()
    assert client.get(f"/certificats/verifier/{certificate.code}/").status_code == 429  # even a real code
    assert client.get(f"/certificats/verifier/{certificate.code}/attestation.jwt").status_code == 429
    other_client = client.get(f"/certificats/verifier/{certificate.code}/", REMOTE_ADDR="10.0.0.9")
    assert other_client.status_code == 200


def test_revoked_certificate_says_so_with_date_and_reason(issue, client, make_user):
    certificate = issue()
    trainer = make_user(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    learner_client = client
    learner_client.force_login(certificate.learner)
    assert learner_client.get(f"/certificats/{certificate.code}/revoquer/").status_code == 403

    from django.test import Client

    staff = Client()
    staff.force_login(trainer)
    page = staff.get(f"/certificats/verifier/{certificate.code}/")
    assert "Révoquer ce certificat" in page.content.decode()
    assert (
        staff.post(f"/certificats/{certificate.code}/revoquer/", {"reason": ""}).status_code == 200
    )  # reason required
    response = staff.post(f"/certificats/{certificate.code}/revoquer/", {"reason": "Nom mal orthographié"})
    assert response.status_code == 302
    html = Client().get(f"/certificats/verifier/{certificate.code}/").content.decode()
    assert "Révoqué" in html and "Nom mal orthographié" in html
    assert "Valide" not in html
    status = decode_jwt(Client().get("/certificats/statut/0/").content.decode())[1]
    assert bit_is_set(status["credentialSubject"]["encodedList"], certificate.pk)


def test_revoke_permission_is_granted_to_trainers_only():
    trainers = Group.objects.get(name=TRAINERS)
    assert trainers.permissions.filter(codename="revoke_certificate").exists()
    assert not trainers.permissions.filter(codename="change_certificate").exists()
    assert Permission.objects.filter(
        codename="revoke_certificate", content_type__app_label="certificates"
    ).exists()


test_revoke_permission_is_granted_to_trainers_only = pytest.mark.django_db(
    test_revoke_permission_is_granted_to_trainers_only
)


def test_only_the_owner_can_download_the_pdf(issue, client, make_user):
    certificate = issue()
    url = f"/certificats/{certificate.code}/pdf/"
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/compte/login/" in anonymous["Location"]
    client.force_login(make_user())
    assert client.get(url).status_code == 404
    client.force_login(certificate.learner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "no-store" in response["Cache-Control"]


def test_the_credential_downloads_from_the_verification_page(issue, client):
    certificate = issue()
    response = client.get(f"/certificats/verifier/{certificate.code}/attestation.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response.content.decode() == certificate.credential_jwt
    assert client.get("/certificats/verifier/ZZZZZZZZZZ/attestation.jwt").status_code == 404


def test_learner_page_lists_only_their_certificates(issue, client, make_user):
    mine = issue()
    other = issue()
    assert client.get("/certificats/").status_code == 302
    client.force_login(mine.learner)
    html = client.get("/certificats/").content.decode()
    assert mine.display_code in html
    assert other.display_code not in html
    assert f"/certificats/{mine.code}/pdf/" in html
    assert f"http://testserver/certificats/verifier/{mine.code}/" in html  # the link to copy


def test_learner_certificates_tag_for_the_dashboard(issue, make_user, django_assert_num_queries):
    certificate = issue()
    request = RequestFactory().get("/parcours/")
    request.user = certificate.learner
    template = Template("{% load certificate_tags %}{% learner_certificates %}")
    with django_assert_num_queries(1):
        html = template.render(Context({"request": request}))
    assert "Mes certificats" in html and certificate.display_code in html
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert certificate.display_code not in template.render(Context({"request": request}))


def test_admin_lists_certificates_and_edits_templates(issue, client, make_user, certificate_template):
    certificate = issue()
    admin = make_user(is_staff=True, is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/snippets/certificates/certificate/")
    assert listing.status_code == 200
    assert certificate.display_code in listing.content.decode()
    assert f"/certificats/{certificate.code}/revoquer/" in listing.content.decode()
    edit = client.get(f"/admin/snippets/certificates/certificatetemplate/edit/{certificate_template.pk}/")
    assert edit.status_code == 200
    assert "Textes par langue" in edit.content.decode()
    assert (
        client.get(f"/admin/snippets/certificates/certificate/inspect/{certificate.pk}/").status_code == 200
    )
