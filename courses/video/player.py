"""What the slow-connection player shows: qualities with sizes, the default choice, captions, transcript."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.video.models import Video, VideoRendition

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


def format_duration(seconds: int | None) -> str:
    if not seconds:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("%(h)d h %(m)02d min") % {"h": hours, "m": minutes}
    if minutes:
        return _("%(m)d min %(s)02d s") % {"m": minutes, "s": secs}
    return _("%(s)d s") % {"s": secs}


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
