"""The page tree of a training cycle: TrainingCyclePage -> ModulePage -> LessonPage, and module sessions.

Pages hold what a trainer authors; everything per learner lives in `progress.py`. Signed-in views of
these pages show per-learner progress, so their responses are marked private (never stored by a
shared cache); anonymous views show no form and stay cacheable by `academy.page_cache`.
"""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy.page_contexts import PageContextMixin
from courses.blocks import LessonStreamBlock, QuizStreamBlock

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class PrivateWhenSignedInMixin:
    """Mark responses to signed-in readers private: they carry that learner's progress."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        return response


class TrainingCyclePage(PageContextMixin, PrivateWhenSignedInMixin, Page):
    """A training cycle learners enrol in: its audience, objectives, edition dates and trainers."""

    introduction = models.TextField(_("introduction"), blank=True)
    audience = RichTextField(_("audience"), blank=True, features=SHORT_RICH_TEXT)
    objectives = RichTextField(_("objectives"), blank=True, features=SHORT_RICH_TEXT)
    duration = models.CharField(
        _("duration"), max_length=120, blank=True, help_text=_("For example: 40 hours over 10 weeks.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edition_starts_on = models.DateField(_("edition starts on"), null=True, blank=True)
    edition_ends_on = models.DateField(_("edition ends on"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("cover_image"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("duration"),
                FieldRowPanel([FieldPanel("edition_starts_on"), FieldPanel("edition_ends_on")]),
            ],
            heading=_("Running edition"),
        ),
        InlinePanel("trainers", label=_("Trainers")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["academy.HomePage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("training cycle")
        verbose_name_plural = _("training cycles")

    def clean(self):
        super().clean()
        if self.edition_starts_on and self.edition_ends_on and self.edition_ends_on < self.edition_starts_on:
            raise ValidationError({"edition_ends_on": _("The edition cannot end before it starts.")})


class CycleTrainer(Orderable):
    """A trainer of a cycle's running edition, as shown to learners."""

    cycle = ParentalKey(TrainingCyclePage, on_delete=models.CASCADE, related_name="trainers")
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")

    def __str__(self):
        return self.name


class ModulePage(PageContextMixin, PrivateWhenSignedInMixin, Page):
    """A module of a cycle: objectives, workload, prerequisites, its lessons, quiz and sessions.

    The module is complete for a learner when every lesson is complete, the quiz (if it has
    questions) is passed, and one of its attendance-required sessions (if any) was attended.
    """

    number = models.PositiveSmallIntegerField(_("number"), help_text=_("Shown as “Module N”."))
    introduction = models.TextField(_("introduction"), blank=True)
    objectives = RichTextField(_("objectives"), blank=True, features=SHORT_RICH_TEXT)
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("The learner's workload; certificates add up the hours of a cycle's modules."),
    )
    prerequisites = RichTextField(_("prerequisites"), blank=True, features=SHORT_RICH_TEXT)
    project_stages = ParentalManyToManyField(
        "academy.ProjectStage", verbose_name=_("project stages"), blank=True, related_name="modules"
    )
    quiz_title = models.CharField(_("quiz title"), max_length=200, blank=True)
    quiz_pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    quiz_questions = StreamField(QuizStreamBlock(), verbose_name=_("quiz questions"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("estimated_hours")]),
        FieldPanel("introduction"),
        FieldPanel("objectives"),
        FieldPanel("prerequisites"),
        FieldPanel("project_stages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("quiz_title"), FieldPanel("quiz_pass_mark"), FieldPanel("quiz_questions")],
            heading=_("Quiz"),
        ),
        InlinePanel("sessions", label=_("Sessions (in person or by videoconference)")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["courses.TrainingCyclePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self):
        return self.title

    @property
    def has_quiz(self) -> bool:
        return len(self.quiz_questions) > 0


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("Unknown time zone: %(tz)s."), params={"tz": value}) from error


class ModuleSession(Orderable, ClusterableModel):
    """A session of a module, in person or by videoconference, with a capacity."""

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIDEOCONFERENCE = "videoconference", _("Videoconference")

    module = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices, default=Mode.IN_PERSON)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Africa/Porto-Novo",
        validators=[validate_time_zone],
        help_text=_("IANA name, e.g. Africa/Casablanca. Date and times are local to it."),
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    link = models.URLField(_("videoconference link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), validators=[MinValueValidator(1)])
    attendance_required = models.BooleanField(
        _("attendance required"),
        default=False,
        help_text=_("Learners must attend one of the module's required sessions to complete it."),
    )
    description = models.TextField(_("description"), blank=True)
    # Derived from date, start time and time zone on save, so reminders can be found with one query.
    starts_at = models.DateTimeField(_("starts at (UTC)"), editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends at (UTC)"), editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("mode"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("time_zone"),
        FieldPanel("place"),
        FieldPanel("link"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("attendance_required")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The session must end after it starts.")})
        if self.mode == self.Mode.IN_PERSON and not self.place:
            raise ValidationError({"place": _("Give the place of an in-person session.")})
        if self.mode == self.Mode.VIDEOCONFERENCE and not self.link:
            raise ValidationError({"link": _("Give the link of a videoconference.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def save(self, *args, **kwargs):
        zone = self.zone
        self.starts_at = datetime.datetime.combine(self.date, self.start_time, tzinfo=zone)
        self.ends_at = datetime.datetime.combine(self.date, self.end_time, tzinfo=zone)
        moved = (
            self.pk is not None
            and type(self).objects.filter(pk=self.pk).exclude(starts_at=self.starts_at).exists()
        )
        super().save(*args, **kwargs)
        if moved and self.starts_at > timezone.now():
            # Those reminded of the old date are reminded again the day before the new one.
            self.registrations.filter(reminder_sent_at__isnull=False).update(reminder_sent_at=None)

    @property
    def local_start(self) -> datetime.datetime:
        # Templates convert aware datetimes to the current time zone: show `date` and `start_time` there.
        return self.starts_at.astimezone(self.zone)


class LessonPage(PageContextMixin, PrivateWhenSignedInMixin, Page):
    """A lesson: a body of rich text, key points, documents, activities and further reading."""

    introduction = models.TextField(_("introduction"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15, validators=[MinValueValidator(1)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
