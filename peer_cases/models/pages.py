"""Case-study pages: the library index and the structured case a trainer or a peer presents."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy.blocks import RICH_TEXT_FEATURES
from academy.page_contexts import PageContextMixin
from peer_cases.blocks import IndicatorsStreamBlock, StagesStreamBlock

CASES_PER_PAGE = 10


class CooperationType(models.TextChoices):
    """The forms decentralised cooperation takes."""

    TWINNING = "jumelage", _("Twinning")
    DEVELOPMENT_PROJECT = "projet-developpement", _("Development project")
    TECHNICAL_ASSISTANCE = "assistance-technique", _("Technical assistance")
    HUMANITARIAN = "action-humanitaire", _("Humanitarian action")
    JOINT_SERVICE = "gestion-commune", _("Joint service management")


class CaseStudyIndexPage(PageContextMixin, Page):
    """The library of case studies: filters, full-text search and a paginated list."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["academy.HomePage", "academy.StandardPage"]
    subpage_types = ["peer_cases.CaseStudyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("case study library")


class CaseStudyPage(PageContextMixin, Page):
    """A real cooperation project told stage by stage, for peers to learn from and analyse."""

    class PresenterRole(models.TextChoices):
        TRAINER = "trainer", _("Trainer")
        PEER = "peer", _("Peer")

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences."))
    is_illustrative = models.BooleanField(
        _("illustrative case"),
        default=False,
        help_text=_("Tick when partners and figures are invented for teaching; readers are told so."),
    )
    # The partnership
    local_partner = models.CharField(_("local partner"), max_length=200)
    local_country = models.ForeignKey(
        "academy.Country",
        verbose_name=_("country of the local partner"),
        on_delete=models.PROTECT,
        related_name="case_studies_as_local",
    )
    foreign_partner = models.CharField(_("foreign partner"), max_length=200)
    foreign_country = models.ForeignKey(
        "academy.Country",
        verbose_name=_("country of the foreign partner"),
        on_delete=models.PROTECT,
        related_name="case_studies_as_foreign",
    )
    cooperation_type = models.CharField(
        _("type of cooperation"), max_length=32, choices=CooperationType.choices
    )
    themes = ParentalManyToManyField("academy.Theme", verbose_name=_("themes"), related_name="case_studies")
    stages = ParentalManyToManyField(
        "academy.ProjectStage",
        verbose_name=_("stages of the project cycle covered"),
        related_name="case_studies",
    )
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    budget = models.DecimalField(_("budget"), max_digits=14, decimal_places=0, null=True, blank=True)
    budget_currency = models.CharField(_("currency"), max_length=3, default="EUR")
    funding_sources = models.TextField(_("funding sources"), blank=True)
    agreement_title = models.CharField(_("agreement (convention)"), max_length=250, blank=True)
    agreement_signed_on = models.DateField(_("agreement signed on"), null=True, blank=True)
    related_modules = ParentalManyToManyField(
        "courses.ModulePage",
        verbose_name=_("related modules of the training cycle"),
        blank=True,
        related_name="case_studies",
    )
    # The presenter
    presenter_name = models.CharField(_("presenter"), max_length=150)
    presenter_role = models.CharField(
        _("presenter is a"), max_length=16, choices=PresenterRole.choices, default=PresenterRole.PEER
    )
    presenter_organisation = models.CharField(_("presenter's organisation"), max_length=200, blank=True)
    # The story
    context = RichTextField(_("context"), features=RICH_TEXT_FEATURES)
    stage_steps = StreamField(
        StagesStreamBlock(), verbose_name=_("what was done, stage by stage"), blank=True
    )
    results = RichTextField(_("results"), features=RICH_TEXT_FEATURES, blank=True)
    indicators = StreamField(IndicatorsStreamBlock(), verbose_name=_("result indicators"), blank=True)
    difficulties = RichTextField(_("difficulties met"), features=RICH_TEXT_FEATURES, blank=True)
    lessons = RichTextField(_("lessons learned"), features=RICH_TEXT_FEATURES, blank=True)
    strengths = RichTextField(_("strengths"), features=RICH_TEXT_FEATURES, blank=True)
    weaknesses = RichTextField(_("weaknesses"), features=RICH_TEXT_FEATURES, blank=True)
    recommendations = RichTextField(_("recommendations"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("is_illustrative"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("local_partner"), FieldPanel("local_country", widget=forms.Select)]
                ),
                FieldRowPanel(
                    [FieldPanel("foreign_partner"), FieldPanel("foreign_country", widget=forms.Select)]
                ),
                FieldPanel("cooperation_type"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("budget_currency")]),
                FieldPanel("funding_sources"),
                FieldRowPanel([FieldPanel("agreement_title"), FieldPanel("agreement_signed_on")]),
                FieldPanel("related_modules", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The partnership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("presenter_name"),
                FieldPanel("presenter_role"),
                FieldPanel("presenter_organisation"),
            ],
            heading=_("Presenter"),
        ),
        FieldPanel("context"),
        FieldPanel("stage_steps"),
        FieldPanel("results"),
        FieldPanel("indicators"),
        FieldPanel("difficulties"),
        FieldPanel("lessons"),
        FieldPanel("strengths"),
        FieldPanel("weaknesses"),
        FieldPanel("recommendations"),
        InlinePanel("documents", label=_("Documents (agreement, evaluation report...)")),
        InlinePanel("photos", label=_("Photos")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("local_partner"),
        index.SearchField("foreign_partner"),
        index.SearchField("context"),
        index.SearchField("stage_steps"),
        index.SearchField("results"),
        index.SearchField("difficulties"),
        index.SearchField("lessons"),
        index.SearchField("recommendations"),
        index.RelatedFields("local_country", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("cooperation_type"),
    ]

    parent_page_types = ["peer_cases.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    @property
    def period(self) -> str:
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year)


class CaseStudyDocument(Orderable):
    """A document attached to a case study: the agreement, an evaluation report..."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("label"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")


class CaseStudyPhoto(Orderable):
    """A photo of the project with its text alternative."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(_("text alternative"), max_length=250)
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
