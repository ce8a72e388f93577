"""Views of the video library outside its page: the counted media redirect and the admin report."""

import logging

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from academy.csv_export import csv_response
from academy.models import SiteSettings
from courses.video import selectors, services, stats
from courses.video.models import Video, VideoRendition

logger = logging.getLogger(__name__)


@never_cache
def media(request, pk: int, label: str):
    """Count a play or a download (once per visitor per day) and send the browser to the file."""
    rendition = get_object_or_404(VideoRendition.objects.only("file", "video_id"), video_id=pk, label=label)
    try:
        stats.view_record(
            video_id=pk,
            ip=request.META.get("REMOTE_ADDR", ""),
            user_agent=request.headers.get("User-Agent", ""),
        )
    except Exception:  # counting must never stop a learner from watching
        logger.exception("Could not count a view of video %s", pk)
    return redirect(rendition.file.url)


class StatisticsView(WagtailAdminTemplateMixin, TemplateView):
    """Views per fiscal year as a bar chart, and per video for a chosen year, with CSV export."""

    template_name = "video/admin/statistics.html"
    page_title = gettext_lazy("Video statistics")
    header_icon = "media"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        if not request.user.has_perm("video.view_video_statistics"):
            raise Http404
        services.views_flush()  # the counts of the last minutes too, not only those of the last flush
        start_month = SiteSettings.for_request(request).fiscal_year_start_month
        years = selectors.views_per_fiscal_year(start_month)
        year = self._year(request, years)
        kinds = dict(Video.Kind.choices)
        per_video = [
            {**row, "kind_label": kinds.get(row["kind"], row["kind"])}
            for row in selectors.views_per_video(year=year, start_month=start_month)
        ]
        if request.GET.get("format") == "csv":
            return self._csv(years, per_video, year, start_month)
        context = self.get_context_data(
            years=years,
            year=year,
            year_label=selectors.fiscal_year_label(year, start_month) if year is not None else "",
            per_video=per_video,
            start_month=start_month,
        )
        return self.render_to_response(context)

    @staticmethod
    def _year(request, years):
        raw = request.GET.get("annee", "")
        known = {fy.year for fy in years}
        if raw.isdigit() and int(raw) in known:
            return int(raw)
        return years[-1].year if years else None

    @staticmethod
    def _csv(years, per_video, year, start_month):
        label = selectors.fiscal_year_label(year, start_month) if year is not None else ""
        rows = [
            [_("Fiscal year"), _("Views")],
            *([fy.label, fy.views] for fy in years),
            [],
            [_("Video"), _("Production year"), _("Views in %s") % label],
            *([row["title"], row["production_year"], row["period_views"]] for row in per_video),
        ]
        return csv_response("statistiques-videos.csv", rows)


def retry_view(request, pk: int):
    """Confirm (GET) and start (POST) the processing of a video again."""
    from django.contrib import messages
    from django.template.response import TemplateResponse
    from django.urls import reverse

    if not request.user.has_perm("video.change_video"):
        raise Http404
    video = get_object_or_404(Video, pk=pk)
    if request.method == "POST":
        services.video_retry(video=video)
        messages.success(request, _("Processing of “%s” starts again.") % video.title)
        return redirect(reverse("wagtailsnippets_video_video:list"))
    return TemplateResponse(request, "video/admin/confirm_retry.html", {"video": video})
