"""The block that embeds a library video in a lesson (or any stream field) with the slow-connection player."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from academy.page_contexts import context_of


class LibraryVideoBlock(blocks.StructBlock):
    """A library video: poster, duration, quality choice with sizes, captions, transcript, downloads."""

    video = SnippetChooserBlock("video.Video", label=_("video"))
    introduction = blocks.CharBlock(
        label=_("introduction"), required=False, max_length=300, help_text=_("What to watch for.")
    )

    class Meta:
        icon = "media"
        template = "blocks/library_video_block.html"
        label = _("Library video")
        preview_value = {
            "introduction": "Repérez les cinq principes ; notez celui qui manque le plus à votre coopération."
        }
        description = _("A video of the library, played for slow connections")

    def get_preview_value(self):
        """Play the library's newest ready video, if there is one, after the sample introduction."""
        from courses.video.selectors import video_listing

        value = super().get_preview_value()
        value["video"] = video_listing().first()
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context.update(context_of(self, "player", value=value, request=request))
        return context
