"""StreamField blocks shared by every page that needs a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

PREVIEW_IMAGE_MIN_WIDTH = 480  # narrower images are logos or signatures, not a lesson's illustration
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    """A section heading, level 2 or 3, so pages keep an accessible outline."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Les cinq principes d'une coopération de qualité", "level": "h2"}
        description = _("A section heading")


class KeyPointsBlock(blocks.StructBlock):
    """A boxed list of the points a reader must remember."""

    title = blocks.CharBlock(label=_("title"), default=_("Key points"), max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("points"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points_block.html"
        preview_value = {
            "title": "À retenir",
            "points": [
                "Une coopération décentralisée repose sur une convention signée entre collectivités.",
                "Elle sert un intérêt partagé, dans les compétences de chaque partenaire.",
                "Les bénéficiaires deviennent les acteurs de leur propre développement.",
            ],
        }
        description = _("A boxed list of what to remember")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with a caption and a required text alternative."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("text alternative"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        preview_value = {
            "alt_text": "Élus et techniciens de deux communes partenaires autour d'une carte du territoire",
            "caption": "Atelier de diagnostic partagé entre communes partenaires",
        }
        description = _("An image with its text alternative")

    def get_preview_value(self):
        """Show the library's latest photo-sized image (logos and signatures are narrower), if any."""
        from wagtail.images import get_image_model

        value = super().get_preview_value()
        images = get_image_model().objects.filter(width__gte=PREVIEW_IMAGE_MIN_WIDTH)
        value["image"] = images.order_by("-created_at").first()
        return value


class DocumentsBlock(blocks.StructBlock):
    """A list of documents to download, each with its size shown."""

    title = blocks.CharBlock(label=_("title"), default=_("Documents"), max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/documents_block.html"
        preview_value = {"title": "Documents de la séance"}
        description = _("Downloadable documents with their size")

    def get_preview_value(self):
        """List the library's two latest documents, if there are any."""
        from wagtail.documents import get_document_model

        value = super().get_preview_value()
        latest = get_document_model().objects.order_by("-created_at")[:2]
        value["documents"] = self.child_blocks["documents"].normalize(list(latest))
        return value


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Une coopération se construit dans la durée : on évalue ensemble, on ajuste, on avance.",
            "source": "Une responsable de la coopération d'une commune béninoise",
        }
        description = _("A quotation with its source")


class BaseStreamBlock(blocks.StreamBlock):
    """The body of standard pages; other apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("paragraph"), icon="pilcrow")
    key_points = KeyPointsBlock()
    image = CaptionedImageBlock()
    documents = DocumentsBlock()
    quote = QuoteBlock()
