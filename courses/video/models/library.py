"""The library's page: a filterable, searchable catalogue, one page per video and the seminar archive."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from academy.page_contexts import context_of


class VideoLibraryPage(RoutablePageMixin, Page):
    """The video library: teaching videos and seminar recordings, filtered by theme, year, language, kind.

    What each route shows comes from `courses.video.contexts`.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["academy.HomePage", "academy.StandardPage"]
    subpage_types: list = []
    max_count = 1

    class Meta:
        verbose_name = _("video library page")

    @path("")
    def catalogue(self, request):
        return self.render(request, context_overrides=context_of(self, "catalogue", request=request))

    def _render_route(self, request, route: str, template: str, **kwargs):
        context = self.get_context(request)
        context.update(context_of(self, route, request=request, **kwargs))
        return TemplateResponse(request, template, context)

    @path("video/<slug:slug>/")
    def video(self, request, slug):
        return self._render_route(request, "video", "video/video_detail.html", slug=slug)

    @path("seminaires/")
    def seminars(self, request):
        return self._render_route(request, "seminars", "video/seminar_list.html")

    @path("seminaires/<slug:slug>/")
    def seminar(self, request, slug):
        return self._render_route(request, "seminar", "video/seminar_detail.html", slug=slug)
