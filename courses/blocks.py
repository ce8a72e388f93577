"""StreamField blocks of the training cycle: the lesson body and the module quiz.

`LessonStreamBlock` is the one body of every lesson; the video library adds its block to it with a
single line (`video = LibraryVideoBlock()`).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from academy.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from courses.video.blocks import LibraryVideoBlock


class ActivityBlock(blocks.StructBlock):
    """An exercise the learner does on their own situation, with an optional suggested answer."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    instructions = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("instructions"))
    duration_minutes = blocks.IntegerBlock(label=_("duration (minutes)"), required=False, min_value=1)
    suggested_answer = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("suggested answer"), required=False
    )

    class Meta:
        icon = "tasks"
        template = "blocks/activity_block.html"
        preview_value = {
            "title": "Cartographier vos partenaires",
            "instructions": "<p>Listez les acteurs de votre territoire impliqués dans la coopération.</p>",
            "duration_minutes": 20,
        }
        description = _("An exercise or activity, with an optional suggested answer")


class ReadingItemBlock(blocks.StructBlock):
    """One reference: a title, an optional link and why it is worth reading."""

    title = blocks.CharBlock(label=_("title"), max_length=250)
    url = blocks.URLBlock(label=_("link"), required=False)
    note = blocks.CharBlock(label=_("why read it"), required=False, max_length=300)


class FurtherReadingBlock(blocks.StructBlock):
    """A list of references to go further."""

    title = blocks.CharBlock(label=_("title"), default=_("Further reading"), max_length=120)
    items = blocks.ListBlock(ReadingItemBlock(), label=_("references"))

    class Meta:
        icon = "link"
        template = "blocks/further_reading_block.html"
        preview_value = {
            "title": "Pour aller plus loin",
            "items": [{"title": "Guide de la coopération décentralisée", "note": "Le cadre juridique."}],
        }
        description = _("A further-reading list")


class LessonStreamBlock(BaseStreamBlock):
    """The body of a lesson: the shared blocks plus activities and further reading."""

    activity = ActivityBlock()
    further_reading = FurtherReadingBlock()
    video = LibraryVideoBlock()


class QuizOptionBlock(blocks.StructBlock):
    """One answer option with the feedback shown once the learner has answered."""

    text = blocks.CharBlock(label=_("option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.CharBlock(label=_("feedback"), required=False, max_length=500)


class QuizQuestionBlock(blocks.StructBlock):
    """A single- or multiple-choice question; the learner must pick exactly the correct options."""

    SINGLE = "single"
    MULTIPLE = "multiple"

    question = blocks.TextBlock(label=_("question"))
    kind = blocks.ChoiceBlock(
        choices=[(SINGLE, _("Single choice")), (MULTIPLE, _("Multiple choice"))],
        default=SINGLE,
        label=_("kind"),
    )
    options = blocks.ListBlock(QuizOptionBlock(), min_num=2, label=_("options"))
    explanation = blocks.TextBlock(label=_("explanation"), required=False)

    class Meta:
        icon = "help"
        description = _("A quiz question with its options and feedback")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option as correct."))}
            )
        if value["kind"] == self.SINGLE and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "kind": ValidationError(_("A single-choice question has exactly one correct option."))
                }
            )
        return value


class QuizStreamBlock(blocks.StreamBlock):
    """The questions of a module's quiz, in order."""

    question = QuizQuestionBlock()
