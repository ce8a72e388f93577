"""StreamField blocks of case studies: the stage-by-stage account and result indicators."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from academy.blocks import RICH_TEXT_FEATURES

STAGE_CHOICES = [
    ("1", _("1. Identification and formulation")),
    ("2", _("2. Official request")),
    ("3", _("3. Approval, detailed planning and ex-ante evaluation")),
    ("4", _("4. Agreement on objectives, outputs and activities")),
    ("5", _("5. Implementation and monitoring")),
    ("6", _("6. Completion, follow-up and ex-post evaluation")),
]


class StageStepBlock(blocks.StructBlock):
    """What the partners did at one stage of the project cycle."""

    stage = blocks.ChoiceBlock(choices=STAGE_CHOICES, label=_("stage"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("what was done"))

    class Meta:
        icon = "list-ol"
        template = "blocks/stage_step_block.html"
        preview_template = "blocks/previews/stage_step_block.html"
        preview_value = {
            "stage": "1",
            "text": (
                "<p>Les deux communes ont conduit ensemble un diagnostic des besoins en eau potable, "
                "quartier par quartier, avec les comités d'usagers et le service technique municipal.</p>"
            ),
        }
        description = _("What was done at one stage of the project cycle")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["stage_label"] = dict(STAGE_CHOICES).get(str(value["stage"]), "")
        return context


class IndicatorBlock(blocks.StructBlock):
    """One result indicator: its baseline, its target and what was achieved."""

    label = blocks.CharBlock(label=_("indicator"), max_length=200)
    baseline = blocks.CharBlock(label=_("baseline"), max_length=80, required=False)
    target = blocks.CharBlock(label=_("target"), max_length=80, required=False)
    achieved = blocks.CharBlock(label=_("achieved"), max_length=80, required=False)

    class Meta:
        icon = "order"
        template = "blocks/indicator_block.html"
        preview_template = "blocks/previews/indicator_block.html"
        preview_value = {
            "label": "Ménages desservis par une borne-fontaine à moins de 500 m",
            "baseline": "1 800",
            "target": "4 000",
            "achieved": "3 650",
        }
        description = _("A result indicator with baseline, target and achievement")


class StagesStreamBlock(blocks.StreamBlock):
    """The account of the project, stage by stage."""

    step = StageStepBlock()


class IndicatorsStreamBlock(blocks.StreamBlock):
    """The table of result indicators."""

    indicator = IndicatorBlock()
