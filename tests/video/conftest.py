"""Fixtures of the video library tests: a real generated video, and ready videos with small renditions."""

import shutil
from pathlib import Path

import pytest
from django.core.files import File
from django.core.files.base import ContentFile

from courses.video import ffmpeg
from courses.video.models import Video, VideoCaption, VideoRendition

VTT_FR = """WEBVTT

00:00:00.000 --> 00:00:02.000
Bonjour et bienvenue dans la vidéothèque.

00:00:02.000 --> 00:00:04.500
Nous parlons de <b>jumelage</b> et de réciprocité.
"""


@pytest.fixture(scope="session")
def source_path(tmp_path_factory) -> Path:
    """A real 5-second 640x360 H.264/AAC video (test pattern and a tone), made once per session."""
    path = tmp_path_factory.mktemp("sources") / "cinq-secondes.mp4"
    ffmpeg.make_test_pattern(path, 5)
    return path


@pytest.fixture
def uploaded_video(db, source_path, site_tree):
    """A pending video whose source is the generated file (as after an upload)."""

    def factory(slug="cinq-secondes", **fields):
        video = Video(slug=slug, title=fields.pop("title", "Cinq secondes"), production_year=2025, **fields)
        with source_path.open("rb") as handle:
            video.source.save(f"{slug}.mp4", File(handle), save=False)
        video.save()
        return video

    return factory


@pytest.fixture
def ready_video(db, site_tree):
    """A ready video with small stand-in renditions (no ffmpeg), for page and listing tests."""
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from academy.models import Language, Theme

    counter = {"n": 0}

    def factory(
        title=None,
        *,
        year=2025,
        kind=Video.Kind.TEACHING,
        themes=(),
        languages=("fr",),
        transcript=None,
        **kw,
    ):
        counter["n"] += 1
        n = counter["n"]
        video = Video(
            slug=f"video-{n}", title=title or f"Vidéo {n}", production_year=year, kind=kind,
            status=Video.Status.READY, duration_seconds=125, **kw,
        )  # fmt: skip
        video.source.save(
            f"video-{n}.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42" + b"\0" * 100), save=False
        )
        video.save()
        video.themes.set(Theme.objects.filter(slug__in=themes))
        video.languages.set(Language.objects.filter(code__in=languages))
        video.poster = Image.objects.create(
            title=f"Affiche {n}", file=get_test_image_file(f"affiche-{n}.png")
        )
        video.save()  # parental many-to-many values are written on save
        for label, size, mime in (("240p", 2_400_000, "video/mp4"), ("360p", 6_100_000, "video/mp4"),
                                  ("audio", 900_000, "audio/mp4")):  # fmt: skip
            rendition = VideoRendition(video=video, label=label, mime_type=mime, size_bytes=size)
            rendition.file.save(f"video-{n}-{label}.mp4", ContentFile(b"x"), save=False)
            rendition.save()
        caption = VideoCaption(video=video, language="fr")
        caption.file.save(f"video-{n}-fr.vtt", ContentFile((transcript or VTT_FR).encode()), save=False)
        caption.save()
        from courses.video.services import video_transcripts_refresh

        video_transcripts_refresh(video=video)
        return video

    return factory


@pytest.fixture
def library(site_tree):
    """The library page under the home page."""
    from courses.video.models import VideoLibraryPage

    page = VideoLibraryPage(title="Vidéothèque", slug="videotheque")
    site_tree.objects["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def has_ffmpeg() -> bool:
    return bool(shutil.which("ffmpeg")) or Path(ffmpeg.ffmpeg_binary()).exists()
