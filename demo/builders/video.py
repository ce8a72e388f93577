"""Demo content of the video library: short generated videos with captions, the library page, a seminar.

The texts are demo/data/video/library.yaml. The pictures and sound are synthesised with ffmpeg (a test
pattern and a tone) so no media is committed. Safe to run again: lookups by slug, and a video already
processed from its source is not transcoded twice.
"""

import tempfile
from datetime import date
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile

from academy.models import HomePage, Language, Theme
from courses.models import LessonPage
from courses.video import ffmpeg, services
from courses.video.models import SeminarArchive, Video, VideoCaption, VideoDailyViews, VideoLibraryPage
from demo import data
from demo.pages import publish
from demo.registry import DemoContext, register

SECONDS = 20
VIDEO_FIELDS = (
    "slug",
    "title",
    "description",
    "kind",
    "year",
    "themes",
    "speaker",
    "organisation",
    "captions",
)


def webvtt(lines: list[str], seconds: float) -> str:
    """Spread caption lines evenly over the video as WebVTT cues."""
    step = seconds / len(lines)
    cues = ["WEBVTT", ""]
    for index, line in enumerate(lines):
        start, end = index * step, (index + 1) * step - 0.1
        cues += [f"{_ts(start)} --> {_ts(end)}", line, ""]
    return "\n".join(cues)


def _ts(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


@register(150, "video library")
def build_video_library(context: DemoContext) -> None:
    library_data = data.load("video/library")
    spec = data.fields(library_data["library"], "library", required=("title", "slug", "introduction"))
    home = context.objects.get("home") or HomePage.objects.first()
    library = VideoLibraryPage.objects.first() or VideoLibraryPage(
        title=spec["title"], slug=spec["slug"], show_in_menus=True
    )
    publish(library, under=home, introduction=spec["introduction"])
    context.objects["video_library"] = library

    seminar_spec = dict(library_data["seminar"])
    data.fields(seminar_spec, "seminar", required=("slug", "title", "date", "place", "syllabus"))
    seminar, _created = SeminarArchive.objects.update_or_create(
        slug=seminar_spec.pop("slug"), defaults=seminar_spec
    )
    french = Language.objects.get(code="fr")
    videos = []
    with tempfile.TemporaryDirectory(prefix="demo-video-") as tmp:
        for video_spec in library_data["videos"]:
            where = f"video {video_spec.get('slug')}"
            data.fields(video_spec, where, required=VIDEO_FIELDS, optional=("seminar",))
            if video_spec["kind"] not in Video.Kind.values:
                raise data.DemoDataError(f"{where}: kind is one of {', '.join(Video.Kind.values)}")
            videos.append(_build_video(video_spec, seminar, french, Path(tmp), context))
    context.objects["demo_videos"] = videos
    _seed_views(videos)
    embed_in_lessons(videos[:2], context, library_data["lesson_intros"])


def _seed_views(videos: list[Video]) -> None:
    """Give the statistics report a plausible history: views on the 15th of each past month."""
    today = date.today()
    for rank, video in enumerate(videos):
        for months_ago in range(1, 25):
            year, month = divmod(today.year * 12 + today.month - 1 - months_ago, 12)
            views = (7 * (rank + 2) + 5 * months_ago) % 23 + 4 * (len(videos) - rank)
            VideoDailyViews.objects.update_or_create(
                video=video, date=date(year, month + 1, 15), defaults={"views": views}
            )
        total = sum(video.daily_views.values_list("views", flat=True))
        Video.objects.filter(pk=video.pk).update(view_count=total)


def embed_in_lessons(videos: list[Video], context: DemoContext, intros: list[str] | None = None) -> None:
    """Put a library video near the top of the first lessons of the demo cycle (replacing earlier ones)."""
    if intros is None:
        intros = data.load("video/library")["lesson_intros"]
    lessons = list(LessonPage.objects.live().order_by("path")[: len(videos)])
    for lesson, video, intro in zip(lessons, videos, intros, strict=False):
        blocks = [(block.block_type, block.value) for block in lesson.body if block.block_type != "video"]
        blocks.insert(min(1, len(blocks)), ("video", {"video": video, "introduction": intro}))
        lesson.body = blocks
        lesson.save_revision().publish()
        context.objects.setdefault("lessons_with_video", []).append(lesson)


def _build_video(spec: dict, seminar: SeminarArchive, french: Language, tmp: Path, context) -> Video:
    video = Video.objects.filter(slug=spec["slug"]).first() or Video(slug=spec["slug"])
    video.title, video.description, video.kind = spec["title"], spec["description"], spec["kind"]
    video.production_year, video.speaker, video.organisation = (
        spec["year"],
        spec["speaker"],
        spec["organisation"],
    )
    video.seminar = seminar if spec.get("seminar") else None
    if not video.source:
        source = tmp / f"{spec['slug']}.mp4"
        ffmpeg.make_test_pattern(source, SECONDS)
        with source.open("rb") as handle:
            video.source.save(source.name, File(handle), save=False)
    video.save()
    video.themes.set(Theme.objects.filter(slug__in=spec["themes"]))
    video.languages.set([french])
    video.save()
    for order, (language, lines) in enumerate(spec["captions"].items()):
        caption = VideoCaption.objects.filter(video=video, language=language).first() or VideoCaption(
            video=video, language=language
        )
        caption.sort_order = order
        if not caption.file:
            caption.file.save(
                f"{spec['slug']}-{language}.vtt", ContentFile(webvtt(lines, SECONDS).encode()), save=False
            )
        caption.save()
    services.video_transcripts_refresh(video=video)
    services.video_process(video_id=video.pk)  # synchronously: the demo must be complete when it ends
    video.refresh_from_db()
    rendition = video.renditions.order_by("size_bytes").exclude(label="audio").first()
    if rendition and video.source_size:
        context.log(
            f"  {video.slug}: source {video.source_size / 1e6:.2f} MB, "
            f"{rendition.label} {rendition.size_bytes / 1e6:.2f} MB"
        )
    return video
