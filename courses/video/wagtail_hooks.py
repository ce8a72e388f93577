"""Admin: videos and the seminar archive as snippets, processing status, retry, and the statistics report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.video import services, views
from courses.video.models import SeminarArchive, Video


class StatusColumn(Column):
    """The processing status, with the error of a failed job."""

    cell_template_name = "video/admin/status_cell.html"


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    list_display = [
        "title",
        "kind",
        "production_year",
        StatusColumn("status", label=_("Processing"), accessor="status"),
        "view_count",
    ]
    list_filter = ["status", "kind", "production_year", "themes"]
    list_export = [
        "title", "kind", "production_year", "speaker", "organisation", "status",
        "duration_seconds", "view_count",
    ]  # fmt: skip
    search_fields = ["title", "description"]
    ordering = ["-created_at"]


class SeminarViewSet(SnippetViewSet):
    model = SeminarArchive
    icon = "group"
    list_display = ["title", "date", "place"]
    list_export = ["title", "date", "place"]
    search_fields = ["title"]


class VideoLibraryGroup(SnippetViewSetGroup):
    """The library's videos and seminars under one menu."""

    menu_label = _("Video library")
    menu_icon = "media"
    menu_order = 250
    items = (VideoViewSet, SeminarViewSet)


register_snippet(VideoLibraryGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def process_saved_video(request, instance):
    if isinstance(instance, Video):
        services.video_after_save(video=instance)


@hooks.register("register_snippet_listing_buttons")
def retry_button(snippet, user, next_url=None):
    stuck = isinstance(snippet, Video) and snippet.status in (Video.Status.FAILED, Video.Status.PROCESSING)
    if stuck and user.has_perm("video.change_video"):
        yield ListingButton(
            _("Retry processing"), reverse("video_admin:retry", args=[snippet.pk]), priority=5
        )


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path(
            "videotheque/",
            (
                [
                    path("statistiques/", views.StatisticsView.as_view(), name="statistics"),
                    path("<int:pk>/retraiter/", views.retry_view, name="retry"),
                ],
                "video_admin",
                "video_admin",
            ),
        )
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("video.view_video_statistics")


@hooks.register("register_reports_menu_item")
def statistics_menu_item():
    return StatisticsMenuItem(
        _("Video statistics"), reverse("video_admin:statistics"), icon_name="media", order=900
    )
