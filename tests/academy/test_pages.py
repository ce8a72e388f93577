"""The site shell: home page in French and English, search and errors."""

import pytest
from django.core.management import call_command

from academy.models import User

pytestmark = pytest.mark.django_db


def test_home_page_is_french_by_default_and_english_under_en(client, site_tree):
    french = client.get("/")
    assert french.status_code == 200
    assert '<html lang="fr"' in french.content.decode()
    assert "Se connecter" in french.content.decode()
    english = client.get("/en/")
    assert english.status_code == 200
    assert '<html lang="en"' in english.content.decode()
    assert "Sign in" in english.content.decode()


def test_header_shows_sign_in_state(client, site_tree):
    client.force_login(User.objects.get(email="learner@example.org"))
    html = client.get("/").content.decode()
    assert "Aminata" in html and "Se déconnecter" in html and "Se connecter" not in html


def test_standard_page_is_reachable_from_the_navigation(client, site_tree):
    html = client.get("/").content.decode()
    assert 'href="/a-propos/"' in html
    assert client.get("/a-propos/").status_code == 200


@pytest.mark.parametrize(
    "query",
    ["coopération", "'; DROP TABLE academy_user; --", "<script>alert(1)</script>", "%", "x" * 5000, ""],
    ids=["word", "sql", "script", "percent", "huge", "empty"],
)
def test_search_answers_any_query_safely(client, site_tree, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert User.objects.exists()


def test_search_finds_published_pages(client, site_tree):
    call_command("update_index", verbosity=0)
    response = client.get("/recherche/", {"q": "formation hybride"})
    assert "À propos" in response.content.decode()


@pytest.mark.parametrize("page_param", ["abc", "999", "-1"])
def test_search_tolerates_tampered_page_numbers(client, site_tree, page_param):
    assert client.get("/recherche/", {"q": "coopération", "page": page_param}).status_code == 200


def test_unknown_page_is_a_french_404(client, site_tree):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.urls("academy.bench_urls")
def test_bare_reference_view(client):
    assert client.get("/bench/bare/").content == b"ok"


def test_the_bare_reference_view_is_not_part_of_the_production_site(client, site_tree):
    assert client.get("/bench/bare/").status_code == 404


def test_search_pagination_links_keep_the_query_encoded(client, site_tree):
    from academy.models import HomePage, StandardPage

    home = HomePage.objects.get()
    for n in range(12):
        home.add_child(instance=StandardPage(title=f"Assainissement à Bohicon {n}", slug=f"eau-{n}"))
    call_command("update_index", verbosity=0)
    html = client.get("/recherche/", {"q": "assainissement Bohicon"}).content.decode()
    assert 'href="?q=assainissement+Bohicon&amp;page=2"' in html
