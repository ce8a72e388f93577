"""Admin registration of the shared taxonomies."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.models import Country, Language, ProjectStage, Theme


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code", "is_african"]
    list_filter = ["is_african"]
    list_export = ["name", "iso_code", "is_african"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    list_export = ["name", "slug", "description"]
    search_fields = ["name"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    list_display = ["name", "code"]
    list_export = ["name", "code"]


class ProjectStageViewSet(SnippetViewSet):
    model = ProjectStage
    icon = "list-ol"
    list_display = ["number", "name"]
    list_export = ["number", "name", "description"]
    ordering = ["number"]


class TaxonomyGroup(SnippetViewSetGroup):
    """The shared vocabularies under one admin menu."""

    menu_label = _("Taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (CountryViewSet, ThemeViewSet, LanguageViewSet, ProjectStageViewSet)


register_snippet(TaxonomyGroup)
