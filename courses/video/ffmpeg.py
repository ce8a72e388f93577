"""The ffmpeg calls of the library: find the binary, probe a file, make the poster and renditions.

The system `ffmpeg` is used when present (distribution builds are patched and fast); otherwise the static
binary shipped by `imageio-ffmpeg`. Probing parses `ffmpeg -i` so it works without `ffprobe`.
"""

import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TIMEOUT_SECONDS = 60 * 60


class FFmpegError(Exception):
    """ffmpeg could not read or convert a file; the message is fit for an editor."""


@cache
def ffmpeg_binary() -> str:
    """Return the system ffmpeg if installed, else the binary bundled with imageio-ffmpeg."""
    system = shutil.which("ffmpeg")
    if system:
        return system
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@dataclass
class Probe:
    duration: float
    width: int | None
    height: int | None
    has_video: bool
    has_audio: bool


_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\S+.*?: Video: .*?(\d{2,5})x(\d{2,5})")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: ")


def _last_lines(text: str, count: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ".join(lines[-count:])[:500]


def probe(path: str | Path) -> Probe:
    """Read duration, frame size and streams; raise FFmpegError if the file is not a readable video."""
    result = subprocess.run(
        [ffmpeg_binary(), "-hide_banner", "-nostdin", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
    )
    output = result.stderr.replace(str(path), Path(path).name)  # no server paths in messages
    duration = _DURATION.search(output)
    video = _VIDEO.search(output)
    if not duration or not video:
        raise FFmpegError(_last_lines(output) or "ffmpeg could not read the file")
    hours, minutes, seconds = duration.groups()
    return Probe(
        duration=int(hours) * 3600 + int(minutes) * 60 + float(seconds),
        width=int(video.group(1)),
        height=int(video.group(2)),
        has_video=True,
        has_audio=bool(_AUDIO.search(output)),
    )


def run(args: list[str]) -> None:
    """Run ffmpeg with `args`; raise FFmpegError with the tail of its log on failure."""
    result = subprocess.run(
        [ffmpeg_binary(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT_SECONDS,
    )
    if result.returncode != 0:
        raise FFmpegError(_last_lines(result.stderr) or f"ffmpeg exited with status {result.returncode}")


# The ladder. 240p is tuned so ten minutes of a talk fit in about 6 MB (≈ 80 kbit/s in all):
# 15 frames a second, capped video bitrate, mono speech-grade AAC.
# Speech-grade sound, the same as inside the 240p video, so audio only is always the lightest choice.
# AAC keeps to a low bitrate far better at 24 kHz than at 44.1 kHz.
SPEECH_AUDIO = ["-b:a", "24k", "-ar", "24000"]
LADDER = {
    "240p": {"height": 240, "fps": 15, "crf": 32, "maxrate": "56k", "audio": SPEECH_AUDIO},
    "360p": {"height": 360, "fps": 25, "crf": 28, "maxrate": "300k", "audio": ["-b:a", "64k"]},
}


def make_video_rendition(source: Path, target: Path, label: str, has_audio: bool) -> None:
    """Transcode `source` to an H.264/AAC MP4 with the moov atom first (+faststart)."""
    spec = LADDER[label]
    maxrate = spec["maxrate"]
    bufsize = f"{int(maxrate[:-1]) * 2}k"
    args = [
        "-i", str(source),
        "-map", "0:v:0", "-map", "0:a:0?",
        "-vf", f"scale=-2:'min({spec['height']},ih)',fps={spec['fps']}",
        "-c:v", "libx264" if _has_libx264() else "h264",
        "-preset", "veryfast", "-profile:v", "main", "-pix_fmt", "yuv420p",
        "-crf", str(spec["crf"]), "-maxrate", maxrate, "-bufsize", bufsize,
        "-g", str(spec["fps"] * 4),
    ]  # fmt: skip
    if has_audio:
        args += ["-c:a", "aac", *spec["audio"], "-ac", "1"]
    args += ["-movflags", "+faststart", str(target)]
    run(args)


def make_audio_rendition(source: Path, target: Path) -> None:
    """Extract the sound as mono AAC in an M4A container, playable everywhere."""
    run(["-i", str(source), "-vn", "-map", "0:a:0", "-c:a", "aac", *SPEECH_AUDIO, "-ac", "1",
         "-movflags", "+faststart", str(target)])  # fmt: skip


def make_poster(source: Path, target: Path, duration: float) -> None:
    """Grab a frame a fifth of the way in (titles are often black), 640 px wide at most."""
    at = min(max(duration * 0.2, 0), 10)
    run(["-ss", f"{at:.2f}", "-i", str(source), "-frames:v", "1", "-vf", "scale='min(640,iw)':-2",
         "-q:v", "4", str(target)])  # fmt: skip


@cache
def _has_libx264() -> bool:
    result = subprocess.run(
        [ffmpeg_binary(), "-hide_banner", "-encoders"], capture_output=True, text=True, timeout=30
    )
    return "libx264" in result.stdout


def make_test_pattern(target: Path, seconds: float, *, size: str = "640x360", talk: bool = False) -> None:
    """Synthesise a source video with a tone: a moving test pattern, or a low-motion "talk" look-alike.

    Used for demo content and tests, so no media is committed to the repository.
    """
    if talk:
        # A speaker swaying slightly in front of a plain wall, and a speech-like modulated tone.
        sway = "+12*sin(t*1.3)"
        video = (
            f"color=c=0x4a5a6a:s={size}:r=25,"
            f"drawbox=x='iw/3{sway}':y='ih/4+6*sin(t*0.7)':w=iw/3:h=ih*3/4:color=0xc8a080:t=fill,"
            f"drawbox=x='iw/2-60{sway}':y='ih/4+40+6*sin(t*0.7)':w=120:h=150:color=0xe0b890:t=fill"
        )
        audio = "sine=frequency=180:sample_rate=44100,volume='0.5+0.4*sin(2*PI*t*3)':eval=frame"
    else:
        video = f"testsrc2=size={size}:rate=25"
        audio = "sine=frequency=440:sample_rate=44100"
    run(["-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio, "-t", f"{seconds}",
         "-c:v", "libx264" if _has_libx264() else "mpeg4", "-preset", "veryfast", "-crf", "23",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-shortest", str(target)])  # fmt: skip
