"""The library's page: a filterable, searchable catalogue, one page per video and the seminar archive."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class VideoLibraryPage(RoutablePageMixin, Page):
    """The video library: teaching videos and seminar recordings, filtered by theme, year, language, kind."""

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
        from courses.video.views import library_context

        return self.render(request, context_overrides=library_context(self, request))

    @path("video/<slug:slug>/")
    def video(self, request, slug):
        from courses.video.selectors import video_for_page
        from courses.video.views import player_context

        video = video_for_page(slug)
        if video is None:
            raise Http404
        context = self.get_context(request)
        context.update(video=video, player=player_context(video, request), title=video.title)
        return TemplateResponse(request, "video/video_detail.html", context)

    @path("seminaires/")
    def seminars(self, request):
        from courses.video.selectors import seminar_list

        context = self.get_context(request)
        context.update(seminars=seminar_list(), title=_("Seminar archive"))
        return TemplateResponse(request, "video/seminar_list.html", context)

    @path("seminaires/<slug:slug>/")
    def seminar(self, request, slug):
        from courses.video.selectors import seminar_list

        seminar = get_object_or_404(seminar_list(), slug=slug)
        context = self.get_context(request)
        context.update(seminar=seminar, title=seminar.title)
        return TemplateResponse(request, "video/seminar_detail.html", context)
