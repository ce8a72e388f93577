"""StreamField blocks shared by every page that needs a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    """A section heading, level 2 or 3, so pages keep an accessible outline."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Les principes de la coopération décentralisée", "level": "h2"}
        description = _("A section heading")


class KeyPointsBlock(blocks.StructBlock):
    """A boxed list of the points a reader must remember."""

    title = blocks.CharBlock(label=_("title"), default=_("Key points"), max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("points"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points_block.html"
        preview_value = {"title": "À retenir", "points": ["Une convention signée", "Un intérêt partagé"]}
        description = _("A boxed list of what to remember")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with a caption and a required text alternative."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("text alternative"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("An image with its text alternative")


class DocumentsBlock(blocks.StructBlock):
    """A list of documents to download, each with its size shown."""

    title = blocks.CharBlock(label=_("title"), default=_("Documents"), max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/documents_block.html"
        description = _("Downloadable documents with their size")


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"text": "La coopération est un processus.", "source": "Un praticien"}
        description = _("A quotation with its source")


class BaseStreamBlock(blocks.StreamBlock):
    """The body of standard pages; other apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("paragraph"), icon="pilcrow")
    key_points = KeyPointsBlock()
    image = CaptionedImageBlock()
    documents = DocumentsBlock()
    quote = QuoteBlock()
