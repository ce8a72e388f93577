"""The Wagtail admin works with the email-only User: administrators manage users, taxonomies, settings."""

import pytest

from academy.models import HomePage, User

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "/admin/",
    "/admin/users/",
    "/admin/users/new/",
    "/admin/snippets/academy/country/",
    "/admin/snippets/academy/theme/",
    "/admin/snippets/academy/language/",
    "/admin/snippets/academy/projectstage/",
    "/admin/snippets/academy/projectstage/add/",
]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_administrator_opens_admin_pages(client, site_tree, url):
    client.force_login(User.objects.get(email="admin@example.org"))
    assert client.get(url).status_code == 200


def test_administrator_edits_pages_and_site_settings(client, site_tree):
    client.force_login(User.objects.get(email="admin@example.org"))
    home = HomePage.objects.get()
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    assert client.get("/admin/settings/academy/sitesettings/").status_code in (200, 302)


def test_administrator_creates_a_user_by_email(client, site_tree):
    client.force_login(User.objects.get(email="admin@example.org"))
    response = client.post(
        "/admin/users/new/",
        {
            "email": "nouvelle@example.org",
            "full_name": "Nouvelle Formatrice",
            "password1": "un-mot-2026-long",
            "password2": "un-mot-2026-long",
            "is_active": "on",
            "preferred_language": "fr",
        },
    )
    assert response.status_code in (200, 302)
    errors = response.context["form"].errors if response.status_code == 200 else None
    assert User.objects.filter(email="nouvelle@example.org").exists(), errors


def test_learner_cannot_enter_the_admin_and_is_not_caught_in_a_redirect_loop(client, site_tree):
    client.force_login(User.objects.get(email="learner@example.org"))
    response = client.get("/admin/", follow=True)
    assert len(response.redirect_chain) == 1
    assert response.redirect_chain[0][0].startswith("/compte/login/")
    assert response.status_code == 200


def test_trainer_enters_the_admin_but_not_user_management(client, site_tree):
    client.force_login(User.objects.get(email="trainer@example.org"))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/users/").status_code in (302, 403)


def test_admin_login_goes_through_allauth(client, site_tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/login/")
