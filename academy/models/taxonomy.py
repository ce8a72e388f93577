"""Shared vocabularies that courses, case studies and videos are classified by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Country(index.Indexed, models.Model):
    """A country where a local government of a partnership lies."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    iso_code = models.CharField(
        _("ISO 3166 code"), max_length=2, unique=True, help_text=_("Two letters, e.g. BJ.")
    )
    is_african = models.BooleanField(_("African country"), default=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.iso_code = self.iso_code.upper()
        super().save(*args, **kwargs)


class Theme(index.Indexed, models.Model):
    """A thematic field of cooperation (water and sanitation, civil registry, ...)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language content is offered in (audio of a video, a document, a case study)."""

    code = models.CharField(
        _("code"), max_length=8, unique=True, help_text=_("BCP 47 code, e.g. fr, en, pt, ar.")
    )
    name = models.CharField(_("name"), max_length=50)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProjectStage(models.Model):
    """One of the six stages of the project cycle, the vocabulary shared by modules and case studies."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("project stage")
        verbose_name_plural = _("project stages")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"
