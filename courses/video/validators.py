"""Validation of uploads: a video is recognised by its content, captions must be well-formed WebVTT."""

import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from courses.video import ffmpeg

DEFAULT_MAX_UPLOAD_SIZE = 2 * 1024 * 1024 * 1024  # 2 GB: a full-day seminar recording


def max_upload_size() -> int:
    return getattr(settings, "VIDEO_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE)


def _is_new_upload(value) -> bool:
    """An already stored file was validated when it was uploaded; only check new uploads."""
    return not (isinstance(value, FieldFile) and value._committed)


def sniff_container(head: bytes) -> str | None:
    """Name the container from the first bytes of a file, or None if it is not a known video format."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "matroska"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "avi"
    if head.startswith(b"\x00\x00\x01\xba") or head.startswith(b"\x00\x00\x01\xb3"):
        return "mpeg"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"FLV"):
        return "flv"
    if len(head) >= 189 and head[0] == 0x47 and head[188] == 0x47:
        return "mpegts"
    return None


def validate_video_upload(value) -> None:
    """Refuse a file that is too big, not a video by its bytes, or that ffmpeg cannot read."""
    if not _is_new_upload(value):
        return
    limit = max_upload_size()
    if value.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(value.size), "limit": filesizeformat(limit)},
            code="too_big",
        )
    value.seek(0)
    head = value.read(512)
    value.seek(0)
    if sniff_container(head) is None:
        raise ValidationError(
            _(
                "This file is not a video (its content is not MP4, WebM, MKV, AVI, MPEG or Ogg), "
                "whatever its name."
            ),
            code="not_video",
        )
    path = getattr(value, "temporary_file_path", None)
    if path:
        _probe_or_error(Path(path()))
        return
    with tempfile.NamedTemporaryFile(suffix=".upload") as handle:
        for chunk in value.chunks():
            handle.write(chunk)
        handle.flush()
        value.seek(0)
        _probe_or_error(Path(handle.name))


def _probe_or_error(path: Path) -> None:
    try:
        ffmpeg.probe(path)
    except ffmpeg.FFmpegError as error:
        raise ValidationError(
            _("This video cannot be read (the file may be truncated or damaged): %(detail)s")
            % {"detail": error},
            code="unreadable",
        ) from error
    except (OSError, TimeoutError) as error:  # pragma: no cover - ffmpeg missing or hung
        raise ValidationError(_("The video could not be checked; try again."), code="probe_failed") from error


# --- WebVTT --------------------------------------------------------------------------------------

_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t].*)?$")
_TAG = re.compile(r"<[^>]+>")


def _seconds(hours, minutes, seconds, millis) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def parse_webvtt(text: str) -> list[tuple[float, float, str]]:
    """Return the cues (start, end, text) of a WebVTT document; raise ValidationError naming the line."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
        raise ValidationError(_("A WebVTT file must begin with the line “WEBVTT”."), code="vtt_header")
    cues: list[tuple[float, float, str]] = []
    previous_start = -1.0
    index = 1
    while index < len(lines):
        line = lines[index]
        if "-->" not in line:
            index += 1
            continue
        match = _CUE_TIMING.match(line.strip())
        if not match:
            raise ValidationError(
                _("Line %(line)d: the timing “%(text)s” is not “hh:mm:ss.ttt --> hh:mm:ss.ttt”.")
                % {"line": index + 1, "text": line.strip()[:60]},
                code="vtt_timestamp",
            )
        start = _seconds(*match.groups()[:4])
        end = _seconds(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("Line %(line)d: the cue ends before it starts.") % {"line": index + 1}, code="vtt_order"
            )
        if start < previous_start:
            raise ValidationError(
                _("Line %(line)d: cues must be in order of their start time.") % {"line": index + 1},
                code="vtt_order",
            )
        previous_start = start
        index += 1
        payload = []
        while index < len(lines) and lines[index].strip():
            payload.append(_TAG.sub("", lines[index]).strip())
            index += 1
        cues.append((start, end, " ".join(payload)))
    if not cues:
        raise ValidationError(_("This WebVTT file has no cues."), code="vtt_empty")
    return cues


def read_text(value) -> str:
    value.open("rb")
    value.seek(0)
    raw = value.read()
    value.seek(0)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError(_("A WebVTT file must be encoded in UTF-8."), code="vtt_encoding") from error


def validate_webvtt(value) -> None:
    """Refuse captions without the WEBVTT header, with malformed timings or cues out of order."""
    if not _is_new_upload(value):
        return
    if value.size > 2 * 1024 * 1024:
        raise ValidationError(_("A caption file cannot exceed 2 MB."), code="vtt_too_big")
    parse_webvtt(read_text(value))


def transcript_from_webvtt(text: str) -> str:
    """Return the spoken text of the cues as paragraphs, dropping repeats of rolling captions."""
    parts: list[str] = []
    for _start, _end, cue in parse_webvtt(text):
        if cue and (not parts or parts[-1] != cue):
            parts.append(cue)
    return "\n".join(parts)
