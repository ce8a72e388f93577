"""The anonymous page cache serves stored pages, never personal ones, and sees edits at once."""

import pytest

from academy.models import HomePage, User

pytestmark = pytest.mark.django_db


def test_anonymous_reader_gets_a_stored_page_after_the_first_view(
    client, site_tree, django_assert_num_queries
):
    assert client.get("/a-propos/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get("/a-propos/")
    assert response["X-Page-Cache"] == "hit"
    assert "À propos" in response.content.decode()


def test_publishing_a_change_is_visible_at_once(client, site_tree):
    client.get("/")
    home = HomePage.objects.get()
    home.hero_title = "Un nouveau titre pour la rentrée"
    home.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Un nouveau titre pour la rentrée" in response.content.decode()


def test_signed_in_pages_are_never_stored_or_served_from_the_cache(client, site_tree):
    client.get("/")  # stored for anonymous readers
    client.force_login(User.objects.get(email="learner@example.org"))
    response = client.get("/")
    assert "X-Page-Cache" not in response
    assert "Aminata" in response.content.decode()


def test_non_page_views_are_not_stored(client, site_tree):
    assert "X-Page-Cache" not in client.get("/recherche/", {"q": "eau"})
    assert "X-Page-Cache" not in client.get("/compte/login/")
