"""Models of the video library, re-exported so `from courses.video.models import Video` works."""

from .library import VideoLibraryPage
from .stats import VideoDailyViews, VideoViewsFlush
from .videos import SeminarArchive, Video, VideoCaption, VideoRendition

__all__ = [
    "SeminarArchive",
    "Video",
    "VideoCaption",
    "VideoDailyViews",
    "VideoLibraryPage",
    "VideoRendition",
    "VideoViewsFlush",
]
