"""Journey: home page, language switch, sign-up, email confirmation, sign-in, profile edit."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db(transaction=True)


def test_visitor_signs_up_confirms_and_edits_profile(live_server, site_tree, phone, screenshot):
    page = phone
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Se former")
    screenshot(page, "home-360")

    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Français").click()
    page.wait_for_url(re.compile(r"^" + re.escape(live_server.url) + r"/$"))

    page.get_by_role("link", name="Créer un compte").first.click()
    screenshot(page, "signup-360")
    page.locator("input[name=email], input[name=login]").first.fill("fatou@example.org")
    page.get_by_label("Nom complet").fill("Fatou Ndiaye")
    page.get_by_label("Collectivité ou organisation").fill("Ville de Saint-Louis")
    page.locator("input[name=password1]").fill("des-partenaires-2026")
    page.locator("input[name=password2]").fill("des-partenaires-2026")
    page.locator("form.form button[type=submit]").click()
    page.get_by_text("Vérifiez votre adresse").first.wait_for()

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/compte/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)
    page.locator("form.form button[type=submit]").click()

    # Email confirmed and signed in at once (ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION); sign out and in again.
    page.get_by_role("button", name="Se déconnecter").click()
    page.get_by_role("link", name="Se connecter").first.click()
    page.locator("input[name=email], input[name=login]").first.fill("fatou@example.org")
    page.locator("input[name=password]").fill("des-partenaires-2026")
    page.locator("form.form button[type=submit]").click()
    page.get_by_role("link", name="Fatou").wait_for()

    page.get_by_role("link", name="Fatou").click()
    page.get_by_label("Nom complet").fill("Fatou  Binetou   Ndiaye")
    page.get_by_label("Mode léger").check()
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Votre profil a été enregistré.").wait_for()
    screenshot(page, "profile-360")

    from academy.models import User

    user = User.objects.get(email="fatou@example.org")
    assert user.full_name == "Fatou Binetou Ndiaye"
    assert user.light_mode is True
    assert user.organisation == "Ville de Saint-Louis"
