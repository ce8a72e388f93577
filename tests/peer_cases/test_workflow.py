"""Trainers publish cases through the moderation workflow and can touch nothing outside the library."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from academy.models import Country, ProjectStage, StandardPage, Theme
from academy.roles import MODERATORS, TRAINERS
from peer_cases.models import CaseStudyPage
from peer_cases.services import WORKFLOW_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    """A trainer who is in the Trainers group only (the demo trainer is also a moderator)."""
    user = make_user(email="formateur@example.org", full_name="Formateur", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


@pytest.fixture
def moderator(make_user):
    user = make_user(email="moderatrice@example.org", full_name="Modératrice", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def _case_form(title="Un marché couvert à Abomey", **overrides):
    data = {
        "title": title,
        "slug": "marche-couvert-abomey",
        "summary": "Une commune et sa partenaire construisent un marché couvert.",
        "local_partner": "Commune d'Abomey",
        "local_country": Country.objects.get(iso_code="BJ").pk,
        "foreign_partner": "Ville de Rennes",
        "foreign_country": Country.objects.get(iso_code="FR").pk,
        "cooperation_type": "projet-developpement",
        "start_year": "2022",
        "budget_currency": "EUR",
        "presenter_name": "Formateur",
        "presenter_role": "trainer",
        "context": rich_text("<p>Le marché était en plein air.</p>"),
        "stage_steps": streamfield([]),
        "indicators": streamfield([]),
        "documents": inline_formset([]),
        "photos": inline_formset([]),
        "action-submit": "Soumettre",
    }
    data.update(overrides)
    data = nested_form_data(data)
    # Multiple-choice fields are posted as lists, which nested_form_data would flatten.
    data["themes"] = [Theme.objects.get(slug="developpement-economique-local").pk]
    data["stages"] = [ProjectStage.objects.get(number=5).pk]
    return data


def test_the_library_is_under_the_case_moderation_workflow(bare_library):
    workflow = bare_library.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_trainer_submits_a_case_moderator_approves_it_goes_live(client, bare_library, trainer, moderator):
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=["peer_cases", "casestudypage", bare_library.pk])
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, _case_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    case = CaseStudyPage.objects.get(slug="marche-couvert-abomey")
    assert not case.live
    state = WorkflowState.objects.get(object_id=str(case.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    # The trainer cannot approve their own submission.
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[case.pk, "approve", task_state.pk])
    client.post(approve_url, {})
    case.refresh_from_db()
    assert not case.live

    client.force_login(moderator)
    response = client.post(approve_url, {})
    assert response.status_code in (200, 302)
    case.refresh_from_db()
    assert case.live
    assert client.get(case.url).status_code == 200
    client.logout()
    assert "Un marché couvert à Abomey" in client.get(bare_library.url).content.decode()


def test_moderator_requests_changes_with_a_comment(client, bare_library, trainer, moderator):
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=["peer_cases", "casestudypage", bare_library.pk])
    client.post(add_url, _case_form())
    case = CaseStudyPage.objects.get(slug="marche-couvert-abomey")
    task_state = WorkflowState.objects.get(object_id=str(case.pk)).current_task_state

    client.force_login(moderator)
    reject_url = reverse("wagtailadmin_pages:workflow_action", args=[case.pk, "reject", task_state.pk])
    client.post(reject_url, {"comment": "Ajoutez les indicateurs de résultat."})
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Ajoutez les indicateurs de résultat."
    case.refresh_from_db()
    assert not case.live
    # The trainer sees the request for changes in the editor.
    client.force_login(trainer)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[case.pk])).content.decode()
    assert "Ajoutez les indicateurs de résultat." in editor


def test_trainer_cannot_publish_directly(client, bare_library, trainer):
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=["peer_cases", "casestudypage", bare_library.pk])
    data = _case_form()
    del data["action-submit"]
    data["action-publish"] = "Publier"
    client.post(add_url, data)
    assert not CaseStudyPage.objects.filter(slug="marche-couvert-abomey", live=True).exists()


def test_trainer_cannot_edit_or_add_pages_outside_the_library(client, bare_library, trainer, site_tree):
    about = StandardPage.objects.get(slug="a-propos")
    home = site_tree.objects["home"]
    client.force_login(trainer)
    edit_about = reverse("wagtailadmin_pages:edit", args=[about.pk])
    assert client.get(edit_about).status_code in (302, 403)
    client.post(edit_about, {"title": "Piraté", "slug": "a-propos", "action-publish": "1"})
    about.refresh_from_db()
    assert about.title == "À propos"
    add_under_home = reverse("wagtailadmin_pages:add", args=["academy", "standardpage", home.pk])
    assert client.get(add_under_home).status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_pages:delete", args=[about.pk])).status_code in (302, 403)
    assert Page.objects.filter(pk=about.pk).exists()
    # Editing the library page itself is allowed, publishing it is not.
    perms = bare_library.permissions_for_user(trainer)
    assert perms.can_edit() and perms.can_add_subpage() and not perms.can_publish()
    assert not home.permissions_for_user(trainer).can_edit()
