"""Library videos, their low-bandwidth renditions, captions, and the seminar archive."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from academy.formats import format_duration
from courses.video.validators import validate_video_upload, validate_webvtt

DOCUMENT_BLOCKS = [("document", DocumentChooserBlock(label=_("document")))]


class SeminarArchive(index.Indexed, ClusterableModel):
    """A past seminar or training session whose recordings the library keeps together."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    date = models.DateField(_("date"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Leave empty for a remote seminar.")
    )
    syllabus = RichTextField(_("syllabus"), blank=True, features=["h3", "bold", "italic", "ul", "ol", "link"])
    documents = StreamField(DOCUMENT_BLOCKS, verbose_name=_("documents"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("syllabus"),
        FieldPanel("documents"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("syllabus"), index.FilterField("date")]

    class Meta:
        verbose_name = _("seminar archive entry")
        verbose_name_plural = _("seminar archive")
        ordering = ["-date"]

    def __str__(self):
        return self.title

    @property
    def is_remote(self) -> bool:
        return not self.place


class Video(index.Indexed, ClusterableModel):
    """A teaching video or a seminar recording, transcoded for slow and costly connections."""

    class Kind(models.TextChoices):
        TEACHING = "teaching", _("Teaching material")
        RECORDING = "recording", _("Seminar or training recording")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for processing")
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEACHING)
    seminar = models.ForeignKey(
        SeminarArchive,
        verbose_name=_("seminar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recordings",
        help_text=_("For a recording: the seminar it belongs to."),
    )
    themes = ParentalManyToManyField("academy.Theme", verbose_name=_("themes"), blank=True)
    languages = ParentalManyToManyField("academy.Language", verbose_name=_("audio languages"), blank=True)
    production_year = models.PositiveSmallIntegerField(
        _("production year"), validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    source = models.FileField(
        _("source video file"),
        upload_to="video/sources/",
        validators=[validate_video_upload],
        help_text=_("MP4, WebM, MOV, MKV, AVI or MPEG; the low-bandwidth versions are made from it."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use a frame of the video."),
    )
    documents = StreamField(
        DOCUMENT_BLOCKS, verbose_name=_("related documents"), blank=True, help_text=_("Slides, syllabus.")
    )

    # Filled by processing.
    status = models.CharField(
        _("processing status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    processing_error = models.TextField(_("processing error"), blank=True)
    processing_started_at = models.DateTimeField(_("processing started"), null=True, blank=True)
    processed_source = models.CharField(max_length=255, blank=True, editable=False)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    source_size = models.PositiveBigIntegerField(_("source size (bytes)"), null=True, blank=True)
    # Denormalised from the searchable captions so search covers what is said.
    transcript = models.TextField(_("transcript"), blank=True, editable=False)
    # Total of flushed daily views, kept for "most viewed" sorting without an aggregate per listing.
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("production_year")]),
                FieldPanel("seminar"),
                FieldPanel("themes"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("speaker"), FieldPanel("organisation")]),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("source"),
        FieldPanel("poster"),
        InlinePanel("captions", heading=_("Captions and transcripts (WebVTT)"), label=_("caption file")),
        FieldPanel("documents"),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.SearchField("speaker"),
        index.SearchField("organisation"),
        index.SearchField("transcript"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        ordering = ["-production_year", "-created_at"]
        permissions = [("view_video_statistics", _("Can see the video visit statistics"))]

    def __str__(self):
        return self.title

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    @property
    def duration_display(self) -> str:
        return format_duration(self.duration_seconds)


class VideoRendition(models.Model):
    """One low-bandwidth version of a video (240p, 360p or audio only) with its size."""

    class Label(models.TextChoices):
        P240 = "240p", "240p"
        P360 = "360p", "360p"
        AUDIO = "audio", _("audio only")

    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="renditions")
    label = models.CharField(_("quality"), max_length=10, choices=Label.choices)
    file = models.FileField(_("file"), upload_to="video/renditions/")
    mime_type = models.CharField(max_length=40)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"))
    width = models.PositiveSmallIntegerField(null=True, blank=True)
    height = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("video rendition")
        constraints = [
            models.UniqueConstraint(fields=["video", "label"], name="video_rendition_unique_label")
        ]

    def __str__(self):
        return f"{self.video} · {self.label}"

    @property
    def is_audio(self) -> bool:
        return self.label == self.Label.AUDIO

    @property
    def size_mb(self) -> float:
        return self.size_bytes / 1_000_000


class VideoCaption(Orderable):
    """Captions in one language as WebVTT; their text is the transcript shown on the page."""

    video = ParentalKey(Video, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=8, choices=settings.CONTENT_LANGUAGES)
    file = models.FileField(
        _("WebVTT file"),
        upload_to="video/captions/",
        validators=[validate_webvtt],
        help_text=_("A .vtt file beginning with WEBVTT."),
    )
    text = models.TextField(_("transcript"), blank=True, editable=False)

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")
        constraints = [
            models.UniqueConstraint(fields=["video", "language"], name="video_caption_unique_language")
        ]

    def __str__(self):
        return f"{self.video} · {self.language}"
