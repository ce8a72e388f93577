"""The library page (filters, search in transcripts, sorting, constant queries) and the player."""

import pytest
from django.test import RequestFactory

from courses.video.blocks import LibraryVideoBlock
from courses.video.models import Video


def _get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def catalogue(library, ready_video):
    ready_video("Eau potable à Porto-Novo", year=2024, themes=["eau-assainissement"], view_count=3)
    births = "WEBVTT\n\n00:00.000 --> 00:02.000\nLa numérisation des registres de naissance.\n"
    ready_video("Registres d'état civil", year=2025, themes=["etat-civil"], kind=Video.Kind.RECORDING,
                languages=["en"], view_count=40, transcript=births)  # fmt: skip
    ready_video("Finances locales", year=2025, themes=["gouvernance-finances"], view_count=9)
    pending = ready_video("Pas encore prête")
    Video.objects.filter(pk=pending.pk).update(status=Video.Status.PROCESSING)
    return library


def test_listing_shows_ready_videos_with_sizes(client, catalogue):
    html = _get(client, catalogue.url)
    assert "Eau potable" in html and "Finances locales" in html
    assert "Pas encore prête" not in html
    assert "3 vidéos" in html
    assert "à partir de 0,9 Mo" in html
    assert "<video" not in html  # the catalogue never loads a player


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=etat-civil", ["Registres"]),
        ("year=2024", ["Eau potable"]),
        ("language=en", ["Registres"]),
        ("kind=recording", ["Registres"]),
        ("q=naissance", ["Registres"]),  # only in the transcript
        ("q=finances&year=2025", ["Finances locales"]),
    ],
)
def test_filters_and_search(client, catalogue, query, expected):
    html = _get(client, f"{catalogue.url}?{query}")
    titles = {"Eau potable", "Registres", "Finances locales"}
    for title in titles:
        assert (title in html) == (title in expected), (query, title)


def test_sort_by_most_viewed(client, catalogue):
    html = _get(client, f"{catalogue.url}?sort=views")
    assert html.index("Registres") < html.index("Finances locales") < html.index("Eau potable")
    html = _get(client, catalogue.url)
    assert html.index("Finances locales") < html.index("Eau potable")


@pytest.mark.parametrize("query", ["theme=inconnu", "year=1800", "year=abc", "kind=film", "sort=hasard",
                                   "language=xx", "page=999", "page=abc"])  # fmt: skip
def test_unknown_filter_values_are_explained_not_500(client, catalogue, query):
    html = _get(client, f"{catalogue.url}?{query}")
    if not query.startswith("page"):
        assert "Certains filtres n’ont pas été compris" in html
    assert "Eau potable" in html  # the bad filter is ignored


def test_listing_queries_do_not_grow_with_videos(client, library, ready_video, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ready_video(themes=["etat-civil"])
    with CaptureQueriesContext(connection) as few:
        _get(client, library.url)
    for _n in range(6):
        ready_video(themes=["etat-civil", "sante"], languages=["fr", "en"])
    client.get(library.url)  # let image renditions be created once
    with CaptureQueriesContext(connection) as many:
        _get(client, library.url + "?x=1")
    assert len(many) == len(few)


def test_video_page_player_defaults(client, library, ready_video, make_user):
    video = ready_video("Principes")
    url = f"{library.url}video/{video.slug}/"
    html = _get(client, url)
    assert 'preload="none"' in html
    assert "360p · 6,1 Mo" in html and "240p · 2,4 Mo" in html and "audio seulement · 0,90 Mo" in html
    assert '<track kind="captions" srclang="fr"' in html
    assert "Nous parlons de jumelage et de réciprocité." in html  # transcript as text, tags stripped
    assert 'href="?qualite=360p#video-' in html and 'aria-current="true">360p' in html
    assert "Durée : 2 min 05 s" in html
    # Save-Data: the lightest quality is chosen
    html = _get(client, url, HTTP_SAVE_DATA="on")
    assert 'aria-current="true">240p' in html
    # Light mode of a signed-in learner
    client.force_login(make_user(light_mode=True))
    assert 'aria-current="true">240p' in _get(client, url)
    # Picking audio only without JavaScript
    html = _get(client, url + "?qualite=audio")
    assert '<audio controls preload="none"' in html and "<video" not in html


def test_video_page_of_unknown_slug_is_404(client, library):
    assert client.get(f"{library.url}video/nulle-part/").status_code == 404


def test_block_renders_the_player(ready_video):
    video = ready_video("Dans une leçon")
    block = LibraryVideoBlock()
    value = block.to_python({"video": video.pk, "introduction": "Regardez la fin."})
    request = RequestFactory().get("/lecon/", HTTP_SAVE_DATA="on")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    html = block.render(value, context={"request": request})
    assert 'preload="none"' in html and "Regardez la fin." in html
    assert 'aria-current="true">240p' in html


def test_seminar_archive_pages(client, library, ready_video):
    from datetime import date

    from courses.video.models import SeminarArchive

    seminar = SeminarArchive.objects.create(
        title="Séminaire eau", slug="seminaire-eau", date=date(2025, 3, 12)
    )
    ready_video("Ouverture", seminar=seminar, kind=Video.Kind.RECORDING)
    html = _get(client, f"{library.url}seminaires/")
    assert "Séminaire eau" in html and "à distance" in html and "1 enregistrement" in html
    html = _get(client, f"{library.url}seminaires/seminaire-eau/")
    assert "Ouverture" in html
    assert client.get(f"{library.url}seminaires/inconnu/").status_code == 404
