"""Every StructBlock of the project's stream fields can be previewed in the admin's block picker."""

import html

import pytest
from django.apps import apps
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

PROJECT_PACKAGES = ("academy", "courses", "peer_cases", "certificates")


def project_struct_blocks() -> dict[str, blocks.StructBlock]:
    """Return one instance of every project StructBlock used, at any depth, by a model's stream field."""
    found = {}

    def walk(block):
        if isinstance(block, blocks.StructBlock) and block.__module__.startswith(PROJECT_PACKAGES):
            found.setdefault(type(block).__name__, block)
        if isinstance(block, blocks.ListBlock):
            walk(block.child_block)
        for child in getattr(block, "child_blocks", {}).values():  # stream and struct blocks
            walk(child)

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                walk(field.stream_block)
    return found


def _text(markup: str) -> str:
    return " ".join(html.unescape(strip_tags(markup)).split())


def _texts(value) -> list[str]:
    """The strings of a preview value, nested lists and dicts included, without their markup."""
    if isinstance(value, str):
        return [_text(value)]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for item in items for text in _texts(item)]


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    return client


def _preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


def test_the_walk_reaches_nested_blocks_of_every_app():
    names = set(project_struct_blocks())
    nested = {"ReadingItemBlock", "QuizOptionBlock", "QuizQuestionBlock", "CaptionedImageBlock"}
    assert nested | {"DocumentsBlock", "LibraryVideoBlock", "StageStepBlock", "IndicatorBlock"} <= names


def test_every_struct_block_has_a_preview_value_and_a_description():
    lacking = [
        name
        for name, block in project_struct_blocks().items()
        if not hasattr(block.meta, "preview_value") or not block.get_description()
    ]
    assert lacking == []


@pytest.mark.django_db
def test_every_preview_renders_with_the_site_stylesheet_even_with_nothing_to_choose(admin_client):
    for name, block in project_struct_blocks().items():
        assert block.is_previewable, name
        response = _preview(admin_client, block)
        assert response.status_code == 200, name
        page = response.content.decode()
        assert f'<link rel="stylesheet" href="{static("css/site.css")}">' in page, name
        shown = _text(page)
        assert any(len(text) > 3 and text in shown for text in _texts(block.meta.preview_value)), name


@pytest.mark.django_db
def test_image_and_document_previews_show_the_latest_in_the_library(admin_client):
    get_image_model().objects.create(title="Carte", file=get_test_image_file("carte.png"))
    document = get_document_model().objects.create(title="Convention", file=get_test_image_file("c.png"))
    found = project_struct_blocks()

    image_preview = _preview(admin_client, found["CaptionedImageBlock"]).content.decode()
    assert "<picture>" in image_preview and "images/carte." in image_preview
    documents_preview = _preview(admin_client, found["DocumentsBlock"]).content.decode()
    assert document.title in documents_preview and document.url in documents_preview
