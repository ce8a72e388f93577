"""The case library: facets with counts, full-text search, pagination, bad filters, constant queries."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peer_cases.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h2 class="h3"><a href="[^"]+">([^<]+)</a>', html)


def test_library_lists_the_six_illustrative_cases(client, library):
    response = client.get(library.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "6 études de cas" in html
    assert len(_titles(html)) == 6
    assert html.count("Cas illustratif") == 6
    assert f'href="{library.url}"' in client.get("/").content.decode()  # the library is in the main menu


def test_facets_combine_and_show_counts(client, library, make_case):
    make_case(country="BJ", theme="gestion-dechets", stage=5)
    html = client.get(library.url, {"pays": "bj"}).content.decode()
    assert "2 études de cas" in html
    # Counts of the other facets are computed within Benin; the country facet keeps its alternatives.
    assert re.search(r'<option value="gestion-dechets">Gestion des déchets \(1\)</option>', html)
    assert re.search(r'<option value="ML">Mali \(1\)</option>', html)
    assert re.search(r'<option value="BJ" selected>Bénin \(2\)</option>', html)
    html = client.get(library.url, {"pays": "BJ", "etape": "5", "theme": "gestion-dechets"}).content.decode()
    assert _titles(html) == ["Cas test 1"]
    # Removing one filter keeps the others in the URL.
    assert 'href="?pays=BJ&amp;etape=5"' in html or 'href="?pays=BJ&amp;theme=gestion-dechets"' in html


def test_cooperation_type_facet(client, library):
    html = client.get(library.url, {"type": "jumelage"}).content.decode()
    assert _titles(html) == ["Un label pour les produits du terroir de Chefchaouen"]


@pytest.mark.parametrize(
    "params",
    [
        {"pays": "ZZ"},
        {"theme": "<script>alert(1)</script>"},
        {"type": "' OR 1=1 --"},
        {"etape": "99"},
        {"etape": "x" * 5000},
        {"page": "-4"},
        {"page": "abc"},
    ],
    ids=["country", "theme-script", "type-sql", "stage", "huge", "negative-page", "text-page"],
)
def test_unknown_filter_values_are_reported_not_fatal(client, library, params):
    response = client.get(library.url, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "6 études de cas" in html
    if "page" not in params:
        assert "n'ont pas été reconnus" in html


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE peer_cases_peeranalysis; --",
        "<script>alert(1)</script>",
        "%_\\",
        "eau & | ! :*",
        "x" * 3000,
    ],
    ids=["sql", "script", "wildcards", "tsquery-operators", "huge"],
)
def test_search_answers_injection_attempts_safely(client, library, query):
    response = client.get(library.url, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert CaseStudyPage.objects.count() == 6


def test_full_text_search_finds_cases_and_combines_with_facets(client, library):
    call_command("update_index", verbosity=0)
    html = client.get(library.url, {"q": "fontainiers"}).content.decode()
    assert _titles(html) == ["Des bornes-fontaines gérées par les quartiers à Bohicon"]
    html = client.get(library.url, {"q": "écoles"}).content.decode()
    assert set(_titles(html)) >= {"Des ordinateurs reconditionnés pour les écoles de Quelimane"}
    html = client.get(library.url, {"q": "école", "pays": "TN"}).content.decode()
    assert _titles(html) == ["Adapter les quartiers côtiers de Sfax aux fortes chaleurs"]


def test_pagination_keeps_the_filters(client, library, make_case):
    for _ in range(12):
        make_case(country="ML")
    html = client.get(library.url, {"pays": "ML"}).content.decode()
    assert "13 études de cas" in html
    assert len(_titles(html)) == 10
    assert 'href="?pays=ML&amp;page=2"' in html
    second = client.get(library.url, {"pays": "ML", "page": "2"}).content.decode()
    assert len(_titles(second)) == 3


def test_unpublished_cases_are_not_listed(client, library, make_case):
    make_case(title="Brouillon secret", live=False)
    html = client.get(library.url).content.decode()
    assert "Brouillon secret" not in html


@pytest.mark.parametrize(
    "params", [{}, {"pays": "BJ", "etape": "5"}, {"q": "commune", "theme": "etat-civil", "page": "2"}]
)
def test_query_count_is_the_same_with_5_and_50_cases(client, bare_library, make_case, params, settings):
    settings.ANONYMOUS_PAGE_CACHE = False  # measure the view, not the cache in front of it

    def measure():
        client.get(bare_library.url, params)  # warm the site-root cache, as in production
        with CaptureQueriesContext(connection) as captured:
            response = client.get(bare_library.url, params)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    for n in range(5):
        make_case(country="BJ", stage=5, theme=("etat-civil", "sante")[n % 2], revision=False)
    with_five, html = measure()
    assert '<li class="card">' in html
    for n in range(45):
        make_case(country="BJ", stage=5, theme=("etat-civil", "sante")[n % 2], revision=False)
    with_fifty, html = measure()
    assert with_fifty == with_five
    if params.get("page") != "2":
        assert html.count('<li class="card">') == 10  # a full page: the listing really did grow
