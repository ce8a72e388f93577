"""Journey: a learner finds and downloads their certificate; a verifier types its code and sees it."""

import pytest

from tests.certificates import conftest as certificate_fixtures

# The certificates tests' fixtures, reused here (a conftest's fixtures only reach its own folder).
training = certificate_fixtures.training
certificate_template = certificate_fixtures.certificate_template
issue = certificate_fixtures.issue

pytestmark = pytest.mark.django_db(transaction=True)


def test_learner_downloads_and_a_verifier_checks_a_certificate(
    live_server,
    site_tree,
    training,
    certificate_template,
    issue,
    make_user,
    phone,
    screenshot,
):
    certificate = issue(email="awa@example.org", full_name="Awa Traoré-N'Guessan", password="pass-word-123")
    page = phone
    page.goto(live_server.url + "/compte/login/")
    page.locator("input[name=login]").fill("awa@example.org")
    page.locator("input[name=password]").fill("pass-word-123")
    page.locator("form.form button[type=submit]").click()
    page.goto(live_server.url + "/certificats/")
    assert page.get_by_role("heading", level=1).inner_text() == "Mes certificats"
    screenshot(page, "certificates-mine-360")
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le PDF").click()
    assert download.value.suggested_filename == f"certificate-{certificate.code}.pdf"
    assert (
        page.locator(f"#verify-link-{certificate.code}")
        .input_value()
        .endswith(f"/certificats/verifier/{certificate.code}/")
    )

    verifier = page.context.browser.new_context(
        viewport={"width": 360, "height": 800}, locale="fr-FR"
    ).new_page()
    verifier.goto(live_server.url + "/certificats/verifier/")
    verifier.get_by_label("Code de vérification").fill(certificate.display_code.lower())
    verifier.get_by_role("button", name="Vérifier").click()
    verifier.get_by_text("Valide").first.wait_for()
    assert "Awa Traoré-N'Guessan" in verifier.content()
    screenshot(verifier, "certificate-verify-360")
    verifier.goto(live_server.url + "/certificats/verifier/ZZZZZ-ZZZZZ/")
    assert verifier.get_by_role("heading", level=1).inner_text() == "Certificat introuvable"
    screenshot(verifier, "certificate-not-found-360")
    verifier.context.close()
