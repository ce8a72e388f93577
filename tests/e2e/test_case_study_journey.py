"""Journey: a trainer submits a case, a moderator approves it, a learner finds it with filters,
analyses it, and the analysis appears once a trainer has approved it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from academy.roles import MODERATORS, TRAINERS
from peer_cases.models import CaseStudyPage, PeerAnalysis

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "pass-word-123"


@pytest.fixture
def library(site_tree):
    """The case library with its six demo cases."""
    from demo.builders.peer_cases import build_case_studies

    build_case_studies(site_tree)
    return site_tree.objects["case_index"]


def _sign_in(page, base, email):
    page.goto(base + "/compte/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.get_by_role("button", name="Se déconnecter").wait_for()


def _click_hidden(page, selector):
    """Click an item of Wagtail's footer dropdown menu without opening the dropdown first."""
    page.locator(selector).first.evaluate("button => button.click()")


def test_case_study_journey(live_server, library, make_user, browser, phone, screenshot, settings):
    # Wagtail's autosave races the explicit "submit" click in a scripted browser; a person waits.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    base = live_server.url
    trainer = make_user(email="formateur@example.org", full_name="Ibrahim Formateur")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    moderator = make_user(email="moderatrice@example.org", full_name="Nadia Modératrice")
    moderator.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=TRAINERS))
    learner = make_user(email="apprenante@example.org", full_name="Awa Sanogo")

    # 1. The trainer creates a case in the admin and submits it for moderation.
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    admin = desk.new_page()
    admin.set_default_timeout(20_000)
    _sign_in(admin, base, trainer.email)
    admin.goto(f"{base}/admin/pages/add/peer_cases/casestudypage/{library.pk}/")
    admin.locator("#id_title").fill("Un service intercommunal de ramassage à Parakou")
    admin.locator("#id_summary").fill(
        "Trois communes béninoises et une ville française mutualisent la collecte."
    )
    admin.locator("#id_local_partner").fill("Commune de Parakou")
    admin.locator("#id_local_country").select_option(label="Bénin")
    admin.locator("#id_foreign_partner").fill("Ville d'Orléans")
    admin.locator("#id_foreign_country").select_option(label="France")
    admin.locator("#id_cooperation_type").select_option("gestion-commune")
    admin.get_by_label("Gestion des déchets").check()
    admin.get_by_label("Accord sur les objectifs, produits et activités").check()
    admin.locator("#id_start_year").fill("2023")
    admin.locator("#id_presenter_name").fill("Ibrahim Formateur")
    editor = admin.locator('[data-contentpath="context"] [contenteditable="true"]')
    editor.click()
    editor.press_sequentially("Les trois communes partageaient une décharge saturée.")
    admin.get_by_text("Les trois communes partageaient une décharge saturée.").wait_for()
    admin.locator("#id_start_year").click()  # leave the editor so Draftail saves its state
    admin.wait_for_timeout(1000)
    assert "décharge saturée" in admin.locator("input[name=context]").input_value()
    _click_hidden(admin, 'button[name="action-submit"]')
    admin.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    case = CaseStudyPage.objects.get(title__startswith="Un service intercommunal")
    screenshot(admin, "case-admin-submitted")
    assert not case.live
    assert case.current_workflow_state is not None
    desk.close()

    # 2. A moderator approves it; it goes live.
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    admin = desk.new_page()
    admin.set_default_timeout(20_000)
    _sign_in(admin, base, moderator.email)
    admin.goto(f"{base}/admin/pages/{case.pk}/edit/")
    _click_hidden(admin, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    admin.wait_for_url(re.compile(r"/admin/"))
    for _ in range(50):
        case.refresh_from_db()
        if case.live:
            break
        admin.wait_for_timeout(200)
    assert case.live

    # 3. A learner on a phone filters by country and stage, finds the case and analyses it.
    page = phone
    _sign_in(page, base, learner.email)
    page.goto(base + library.url)
    page.locator("#f-pays").select_option("BJ")
    page.locator("#f-etape").select_option("4")
    page.get_by_role("button", name="Afficher les cas").click()
    page.wait_for_url(re.compile(r"pays=BJ"))
    assert "etape=4" in page.url
    status = page.get_by_role("status").filter(has_text="étude").inner_text()
    assert status.startswith("2 études de cas")  # the demo Bohicon case and the new one
    screenshot(page, "case-library-filtered-360")
    page.get_by_role("link", name="Un service intercommunal de ramassage à Parakou").click()
    page.get_by_label("Un point fort").fill("La mutualisation réduit le coût par habitant.")
    page.get_by_label("Un point faible").fill("La gouvernance entre trois communes est fragile.")
    page.get_by_label("Une amélioration").fill("Signer une convention intercommunale avant les achats.")
    page.get_by_label("Ce que je transposerais dans ma collectivité").fill(
        "Le partage d'un camion entre communes voisines <script>alert(1)</script>."
    )
    page.get_by_role("button", name="Envoyer mon analyse").click()
    page.get_by_text("Un formateur lira votre analyse").wait_for()
    page.get_by_text("Votre analyse attend la modération.").wait_for()
    screenshot(page, "case-analysis-pending-360")
    analysis = PeerAnalysis.objects.get()
    assert "<script>" not in analysis.transfer

    # 4. The moderator (a trainer) approves the analysis; the learner is emailed and sees it.
    admin.goto(f"{base}/admin/snippets/peer_cases/peeranalysis/edit/{analysis.pk}/")
    admin.locator("#id_status").select_option("approved")
    admin.locator("#id_moderation_note").fill("Très juste, merci.")
    admin.get_by_role("button", name="Enregistrer", exact=True).click()
    admin.wait_for_url(re.compile(r"/admin/snippets/peer_cases/peeranalysis/$"))
    desk.close()
    analysis.refresh_from_db()
    assert analysis.status == PeerAnalysis.Status.APPROVED
    # Wagtail also emails moderators about the page workflow; the learner gets exactly one message.
    to_learner = [m for m in mail.outbox if learner.email in m.to]
    assert len(to_learner) == 1 and "est publiée" in to_learner[0].subject

    page.reload()
    page.get_by_text("La mutualisation réduit le coût par habitant.").wait_for()
    assert "Awa Sanogo" in page.locator("#analyses").inner_text()
    page.locator("#analyses").scroll_into_view_if_needed()
    screenshot(page, "case-analysis-approved-360")
