"""What the video library shows: the catalogue, a video's page, the seminar archive and the player.

The player is built for slow and costly connections: qualities with their sizes, the lightest one
chosen when the browser asks to save data or the learner chose light mode, captions and transcript.
"""

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.formats import format_duration
from academy.page_contexts import shows
from academy.pagination import page_of, query_without_page
from courses.video import selectors
from courses.video.blocks import LibraryVideoBlock
from courses.video.forms import LibraryFilterForm
from courses.video.models import Video, VideoLibraryPage, VideoRendition

PER_PAGE = 10

QUALITY_PARAM = "qualite"
# Ordered from the lightest video up; audio only is offered beside them, never chosen by default.
VIDEO_LABELS = [VideoRendition.Label.P240, VideoRendition.Label.P360]


@dataclass
class Quality:
    label: str
    name: str
    size_mb: float
    media_url: str
    mime_type: str
    is_audio: bool
    selected: bool = False

    @property
    def size_display(self) -> str:
        """Megabytes with one decimal, two under 1 MB so a small file never reads "0.0"."""
        return number_format(self.size_mb, 1 if self.size_mb >= 1 else 2)


def wants_light(request) -> bool:
    """True when the browser asks to save data or the signed-in learner chose light mode."""
    if request is None:
        return False
    if request.headers.get("Save-Data", "").lower() == "on":
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and getattr(user, "light_mode", False))


def player_context(video: Video, request) -> dict:
    """Everything the player template needs; the chosen quality comes from ?qualite= or the defaults."""
    renditions = sorted(video.renditions.all(), key=lambda r: (r.is_audio, r.size_bytes))
    qualities = [
        Quality(
            label=r.label,
            name=r.get_label_display(),
            size_mb=r.size_mb,
            media_url=reverse("video:media", kwargs={"pk": video.pk, "label": r.label}),
            mime_type=r.mime_type,
            is_audio=r.is_audio,
        )
        for r in renditions
    ]
    by_label = {q.label: q for q in qualities}
    asked = request.GET.get(QUALITY_PARAM, "") if request is not None else ""
    video_qualities = [q for q in qualities if not q.is_audio]
    if asked in by_label:
        chosen = by_label[asked]
    elif video_qualities:
        chosen = video_qualities[0] if wants_light(request) else video_qualities[-1]
    else:
        chosen = qualities[0] if qualities else None
    if chosen:
        chosen.selected = True
    captions = list(video.captions.all())
    language = (get_language() or "fr")[:2]
    transcript_caption = next(
        (c for c in captions if c.language == language), captions[0] if captions else None
    )
    return {
        "video": video,
        "qualities": qualities,
        "chosen": chosen,
        "duration": format_duration(video.duration_seconds),
        "captions": captions,
        "transcript": transcript_caption.text.split("\n") if transcript_caption else [],
        "transcript_language": transcript_caption.get_language_display() if transcript_caption else "",
        "quality_param": QUALITY_PARAM,
        "light": wants_light(request),
    }


@shows(VideoLibraryPage, "catalogue")
def library_context(page: VideoLibraryPage, *, request) -> dict:
    """The catalogue: the filter form, one page of matching videos with their links, and pagination."""
    form = LibraryFilterForm(request.GET or None, facets=selectors.facet_choices())
    form.is_valid()  # fills cleaned_data with the valid fields; the invalid ones show their error
    videos = selectors.video_listing(**form.filters())
    page_obj = page_of(videos, request.GET, per_page=PER_PAGE)
    base = page.url + page.reverse_subpage("video", kwargs={"slug": "-"})[:-2]
    for video in page_obj:
        video.page_url = f"{base}{video.slug}/"
    return {
        "form": form,
        "page_obj": page_obj,
        "videos": page_obj.object_list,
        "query_string": query_without_page(request.GET),
        "filtered": any(v for k, v in form.filters().items() if k != "sort"),
        "seminars_url": page.url + page.reverse_subpage("seminars"),
    }


@shows(VideoLibraryPage, "video")
def video_page_context(page: VideoLibraryPage, *, request, slug: str) -> dict:
    video = selectors.video_for_page(slug)
    if video is None:
        raise Http404
    return {"video": video, "player": player_context(video, request), "title": video.title}


@shows(VideoLibraryPage, "seminars")
def seminar_list_context(page: VideoLibraryPage, *, request) -> dict:
    return {"seminars": selectors.seminar_list(), "title": _("Seminar archive")}


@shows(VideoLibraryPage, "seminar")
def seminar_context(page: VideoLibraryPage, *, request, slug: str) -> dict:
    seminar = get_object_or_404(selectors.seminar_list(), slug=slug)
    return {"seminar": seminar, "title": seminar.title}


@shows(LibraryVideoBlock, "player")
def library_video_block_context(block: LibraryVideoBlock, *, value, request) -> dict:
    """A lesson's library video: the player once it is ready, else the video that is still processing."""
    chosen = value.get("video")
    video = selectors.video_for_player(chosen.pk) if chosen is not None else None
    ready = video is not None and video.is_ready
    return {
        "player": player_context(video, request) if ready else None,
        "pending_video": video if video is not None and not ready else None,
    }
