"""The certificate template trainers edit in Wagtail; certificates pin the revision they used."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index


class CertificateTemplate(RevisionMixin, index.Indexed, ClusterableModel):
    """The look and wording of certificates: title, texts per language, logo and signatories."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For the admin only."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#1d4e89", help_text=_("A CSS colour such as #1d4e89.")
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for cycles that have no template of their own."),
    )
    cycles = ParentalManyToManyField(
        "courses.TrainingCyclePage",
        verbose_name=_("training cycles"),
        blank=True,
        related_name="+",
        help_text=_("Certificates of these cycles and of their modules use this template."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("accent_colour"), FieldPanel("is_default"), FieldPanel("cycles")],
            heading=_("Use and look"),
        ),
        InlinePanel("texts", heading=_("Wording per language"), label=_("wording"), min_num=1),
        InlinePanel("signatories", heading=_("Signatories"), label=_("signatory"), max_num=3),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CertificateText(Orderable):
    """The wording of a certificate in one language (French is the fallback)."""

    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=settings.CONTENT_LANGUAGES, default="fr")
    title = models.CharField(
        _("title"), max_length=120, help_text=_("For example: Certificate of completion.")
    )
    wording = models.TextField(
        _("wording"),
        max_length=600,
        help_text=_("The sentence between the learner's name and the achievement, e.g. “has completed”."),
    )
    footer = models.CharField(_("footer"), max_length=300, blank=True)

    panels = [FieldPanel("language"), FieldPanel("title"), FieldPanel("wording"), FieldPanel("footer")]


class CertificateSignatory(Orderable):
    """A person who signs the certificate, with a scanned signature."""

    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("signature")]
