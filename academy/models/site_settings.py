from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """The site's name, logo, footer and contact details, edited by administrators in the admin."""

    name = models.CharField(
        _("site name"), max_length=120, default="Académie de la coopération décentralisée"
    )
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    fiscal_year_start_month = models.PositiveSmallIntegerField(
        _("first month of the fiscal year"),
        default=1,
        choices=[(m, m) for m in range(1, 13)],
        help_text=_("Visit statistics are reported per fiscal year starting in this month."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo")], heading=_("Identity")
        ),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("contact_email"), FieldPanel("contact_address")],
            heading=_("Footer and contact"),
        ),
        FieldPanel("fiscal_year_start_month"),
    ]

    class Meta:
        verbose_name = _("site settings")
