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
            "title": "Cartographier les acteurs de votre territoire",
            "instructions": (
                "<p>Listez les services, associations et entreprises de votre collectivité déjà engagés à "
                "l'international, puis indiquez pour chacun ce qu'il pourrait apporter à un partenariat.</p>"
            ),
            "duration_minutes": 20,
            "suggested_answer": (
                "<p>Le service de l'eau pour l'expertise technique, le comité de jumelage pour les échanges "
                "entre habitants, la chambre de commerce pour associer les acteurs économiques.</p>"
            ),
        }
        description = _("An exercise or activity, with an optional suggested answer")


class ReadingItemBlock(blocks.StructBlock):
    """One reference: a title, an optional link and why it is worth reading."""

    title = blocks.CharBlock(label=_("title"), max_length=250)
    url = blocks.URLBlock(label=_("link"), required=False)
    note = blocks.CharBlock(label=_("why read it"), required=False, max_length=300)

    class Meta:
        preview_value = {
            "title": "Guide de la coopération décentralisée",
            "note": "Le cadre juridique et les étapes d'une convention, expliqués pas à pas.",
        }
        description = _("A reference: title, link and why it is worth reading")


class FurtherReadingBlock(blocks.StructBlock):
    """A list of references to go further."""

    title = blocks.CharBlock(label=_("title"), default=_("Further reading"), max_length=120)
    items = blocks.ListBlock(ReadingItemBlock(), label=_("references"))

    class Meta:
        icon = "link"
        template = "blocks/further_reading_block.html"
        preview_value = {
            "title": "Pour aller plus loin",
            "items": [
                {
                    "title": "Guide de la coopération décentralisée",
                    "note": "Le cadre juridique et les étapes d'une convention, expliqués pas à pas.",
                },
                {
                    "title": "Atlas français de la coopération décentralisée",
                    "note": "Retrouver les partenariats existants par pays, collectivité et thème.",
                },
            ],
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

    class Meta:
        preview_value = {
            "text": "Une convention signée entre les collectivités partenaires",
            "correct": True,
            "feedback": "Oui : sans convention, il n'y a pas de coopération décentralisée.",
        }
        description = _("An answer option with its feedback")


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
        preview_template = "blocks/previews/quiz_question_block.html"
        preview_value = {
            "question": "Qu'est-ce qui fait d'une action internationale une coopération décentralisée ?",
            "kind": "single",
            "options": [
                {
                    "text": "Une convention signée entre les collectivités partenaires",
                    "correct": True,
                    "feedback": "Oui : sans convention, il n'y a pas de coopération décentralisée.",
                },
                {
                    "text": "Un financement de l'État",
                    "feedback": "Non : l'État peut cofinancer, mais ce n'est pas ce qui la définit.",
                },
                {
                    "text": "La présence d'une ONG sur place",
                    "feedback": "Non : une ONG peut y participer, mais la coopération lie des collectivités.",
                },
            ],
            "explanation": (
                "La coopération décentralisée lie des collectivités par une convention, "
                "dans leurs compétences et pour un intérêt partagé."
            ),
        }
        description = _("A quiz question with its options and feedback")

    def get_preview_context(self, value, parent_context=None):
        """Give the preview the question as the quiz page lays it out."""
        context = super().get_preview_context(value, parent_context=parent_context)
        options = [(f"preview-{index}", option) for index, option in enumerate(value["options"])]
        context["question"] = {"id": "preview", "value": value, "options": options, "chosen": []}
        return context

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
