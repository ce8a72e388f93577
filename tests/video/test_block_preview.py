"""The library video block's preview in the admin's block picker plays the newest ready video."""

import pytest
from django.urls import reverse

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def test_preview_plays_the_newest_ready_video(client, make_user, ready_video):
    ready_video("Une ancienne vidéo", year=2019)
    ready_video("Les principes de la coopération", year=2025)
    client.force_login(make_user(is_staff=True, is_superuser=True))
    block = LessonPage._meta.get_field("body").stream_block.child_blocks["video"]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'preload="none"' in html and "Les principes de la coopération" in html
    assert "Une ancienne vidéo" not in html
