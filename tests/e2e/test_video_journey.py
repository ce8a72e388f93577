"""Journey: a learner opens a lesson video, sees sizes, picks audio only, plays, reads its transcript."""

import re

import pytest
from django.core.files import File
from django.core.files.base import ContentFile

pytestmark = pytest.mark.django_db(transaction=True)

VTT = """WEBVTT

00:00.000 --> 00:02.500
La coopération décentralisée repose sur une convention.

00:02.500 --> 00:05.000
Chaque partenaire y trouve un intérêt.
"""


@pytest.fixture
def lesson_with_video(transactional_db, settings, tmp_path):
    from io import StringIO

    from courses.video import ffmpeg, services
    from courses.video.models import Video, VideoCaption
    from demo.builders.academy import build_accounts, build_site_tree, build_taxonomies
    from demo.builders.courses import build_cycle
    from demo.builders.video import embed_in_lessons
    from demo.registry import DemoContext

    settings.ROOT_URLCONF = "tests.video.media_urls"
    site_tree = DemoContext(stdout=StringIO())
    for builder in (build_taxonomies, build_site_tree, build_accounts):
        builder(site_tree)
    build_cycle(site_tree)
    source = tmp_path / "principes.mp4"
    ffmpeg.make_test_pattern(source, 5)
    video = Video(slug="principes", title="Les principes en cinq secondes", production_year=2025)
    with source.open("rb") as handle:
        video.source.save(source.name, File(handle), save=False)
    video.save()
    caption = VideoCaption(video=video, language="fr")
    caption.file.save("principes-fr.vtt", ContentFile(VTT.encode()), save=False)
    caption.save()
    services.video_transcripts_refresh(video=video)
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.is_ready, video.processing_error
    embed_in_lessons([video], site_tree)
    return site_tree.objects["lessons_with_video"][0], video


def test_learner_watches_a_lesson_video_in_audio_only(live_server, phone, screenshot, lesson_with_video):
    lesson, video = lesson_with_video
    page = phone
    media_requests = []
    page.on("request", lambda r: media_requests.append(r.url) if "/videotheque/fichier/" in r.url else None)

    page.goto(live_server.url + "/compte/login/")
    page.locator("input[name=email], input[name=login]").first.fill("learner@example.org")
    page.locator("input[name=password]").fill("cooperation-demo")
    page.locator("form.form button[type=submit]").click()
    page.get_by_role("link", name="Aminata").wait_for()

    page.goto(live_server.url + lesson.url)
    player = page.locator("[data-video-player]")
    player.wait_for()
    assert page.locator("video").get_attribute("preload") == "none"
    sizes = player.locator(".vplayer-qualities a").all_inner_texts()
    assert [s.split(" · ")[0] for s in sizes] == ["240p", "360p", "audio seulement"]
    assert all(re.search(r"\d+,\d+ Mo$", s) for s in sizes), sizes
    page.wait_for_timeout(500)
    assert media_requests == [], "nothing may download before a click"
    screenshot(page, "video-lesson-360")

    page.get_by_role("link", name=re.compile("audio seulement")).click()
    page.wait_for_url(re.compile(r"qualite=audio"))
    audio = page.locator("audio")
    audio.wait_for()
    assert page.locator("video").count() == 0
    assert audio.get_attribute("preload") == "none"
    assert media_requests == []

    page.get_by_text("Lire la transcription").click()  # also a user gesture, so play() is allowed
    page.get_by_text("Chaque partenaire y trouve un intérêt.").wait_for()
    audio.evaluate("a => a.play()")
    page.wait_for_function("document.querySelector('audio').currentTime > 0.5", timeout=15_000)
    assert any(url.endswith(f"/videotheque/fichier/{video.pk}/audio/") for url in media_requests)
    assert page.get_by_text("La coopération décentralisée repose sur une convention.").is_visible()
    screenshot(page, "video-lesson-audio-transcript-360")
