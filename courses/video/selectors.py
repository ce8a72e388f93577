"""Reads of the video library, with their joins and prefetches applied."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backend

from courses.video.models import SeminarArchive, Video, VideoDailyViews, VideoLibraryPage, VideoRendition

POSTER_SPEC = "width-480|format-webp|webpquality-60"


def _with_posters(queryset: QuerySet, spec: str) -> QuerySet:
    images = get_image_model().objects.prefetch_renditions(spec)
    return queryset.prefetch_related(Prefetch("poster", queryset=images))


def video_listing(
    *,
    theme: str = "",
    year: int | None = None,
    language: str = "",
    kind: str = "",
    query: str = "",
    sort: str = "newest",
) -> QuerySet[Video]:
    """Ready videos matching the filters, newest or most viewed first, with everything a card shows."""
    videos = Video.objects.filter(status=Video.Status.READY)
    if theme:
        videos = videos.filter(themes__slug=theme)
    if year:
        videos = videos.filter(production_year=year)
    if language:
        videos = videos.filter(languages__code=language)
    if kind:
        videos = videos.filter(kind=kind)
    if query:
        matches = get_search_backend().search(query, Video.objects.filter(status=Video.Status.READY))
        videos = videos.filter(pk__in=[video.pk for video in matches])
    if sort == "views":
        ordering = ["-view_count", "-production_year", "-pk"]
    else:
        ordering = ["-production_year", "-created_at", "-pk"]
    videos = videos.distinct().order_by(*ordering).select_related("seminar")
    videos = videos.prefetch_related(
        "themes",
        "languages",
        Prefetch("renditions", queryset=VideoRendition.objects.order_by("size_bytes")),
    )
    return videos


def facet_choices() -> dict:
    """The values the filters offer: themes, years and languages that ready videos actually use."""
    ready = Video.objects.filter(status=Video.Status.READY)
    from academy.models import Language, Theme

    return {
        "themes": list(Theme.objects.filter(video__in=ready).distinct().values_list("slug", "name")),
        "years": sorted(set(ready.values_list("production_year", flat=True)), reverse=True),
        "languages": list(Language.objects.filter(video__in=ready).distinct().values_list("code", "name")),
    }


def video_for_page(slug: str) -> Video | None:
    """One video with its renditions, captions, themes, languages and seminar, for its page."""
    videos = Video.objects.filter(slug=slug).select_related("seminar").prefetch_related("themes", "languages")
    return video_for_player_queryset(videos).first()


def video_for_player_queryset(videos: QuerySet) -> QuerySet:
    return _with_posters(
        videos.prefetch_related(
            Prefetch("renditions", queryset=VideoRendition.objects.order_by("size_bytes")), "captions"
        ),
        POSTER_SPEC,
    )


def video_for_player(pk: int) -> Video | None:
    return video_for_player_queryset(Video.objects.filter(pk=pk)).first()


def seminar_list() -> QuerySet[SeminarArchive]:
    """Seminars, newest first, each with its ready recordings."""
    recordings = (
        Video.objects.filter(status=Video.Status.READY)
        .order_by("title")
        .prefetch_related(Prefetch("renditions", queryset=VideoRendition.objects.order_by("size_bytes")))
    )
    return SeminarArchive.objects.annotate(
        recording_count=Count("recordings", filter=Q(recordings__status=Video.Status.READY))
    ).prefetch_related(Prefetch("recordings", queryset=recordings))


def library_page() -> VideoLibraryPage | None:
    return VideoLibraryPage.objects.live().first()


def video_page_url(library: VideoLibraryPage | None, video: Video) -> str:
    """The URL of a video's page in the library (empty if the site has no library page)."""
    if library is None:
        return ""
    return library.url + library.reverse_subpage("video", kwargs={"slug": video.slug})


# --- statistics ----------------------------------------------------------------------------------


def fiscal_year_of(day: date, start_month: int) -> int:
    """The fiscal year a day falls in, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_year_label(year: int, start_month: int) -> str:
    return str(year) if start_month == 1 else f"{year}–{year + 1}"


@dataclass
class FiscalYearViews:
    year: int
    label: str
    views: int
    percent: int = 0


def views_per_fiscal_year(start_month: int) -> list[FiscalYearViews]:
    """Total views per fiscal year, oldest first, each with its share of the busiest year (for bars)."""
    monthly = (
        VideoDailyViews.objects.annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(total=Sum("views"))
        .order_by("month")
    )
    totals: dict[int, int] = {}
    for row in monthly:
        month = row["month"]
        month = month.date() if hasattr(month, "date") else month
        year = fiscal_year_of(month, start_month)
        totals[year] = totals.get(year, 0) + row["total"]
    peak = max(totals.values(), default=0)
    return [
        FiscalYearViews(
            year, fiscal_year_label(year, start_month), views, round(100 * views / peak) if peak else 0
        )
        for year, views in sorted(totals.items())
    ]


def fiscal_year_bounds(year: int, start_month: int) -> tuple[date, date]:
    """First day of the fiscal year and first day of the next one."""
    return date(year, start_month, 1), date(year + 1, start_month, 1)


def views_per_video(*, year: int | None, start_month: int) -> QuerySet:
    """Videos with their views in the fiscal year (or all time), most viewed first."""
    period = Q()
    if year is not None:
        start, end = fiscal_year_bounds(year, start_month)
        period = Q(daily_views__date__gte=start, daily_views__date__lt=end)
    return (
        Video.objects.annotate(period_views=Sum("daily_views__views", filter=period, default=0))
        .filter(period_views__gt=0)
        .order_by("-period_views", "title")
        .values("pk", "title", "production_year", "kind", "period_views")
    )
