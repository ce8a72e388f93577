"""`load_demo` builds the whole demo site, changes nothing when run again, and only where it is allowed."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count
from wagtail.models import Page

from academy.models import ProjectStage, User
from courses.video.models import SeminarArchive, Video
from demo import data

pytestmark = pytest.mark.django_db

# History that grows by design with every publish: each run adds a revision and its log entries.
HISTORY = {"wagtailcore.Revision", "wagtailcore.PageLogEntry", "wagtailcore.ModelLogEntry"}


def _counts() -> dict[str, int]:
    """Count the rows of every model of every installed app, and the pages of each specific type."""
    counts = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.label not in HISTORY
    }
    per_type = Page.objects.values_list("content_type__app_label", "content_type__model").annotate(
        Count("pk")
    )
    counts.update({f"pages of type {app}.{model}": number for app, model, number in per_type})
    return counts


def test_load_demo_is_idempotent(monkeypatch):
    # Two-second videos instead of twenty: the same ffmpeg calls, a fraction of the transcoding time.
    monkeypatch.setattr("demo.builders.video.SECONDS", 2)
    call_command("load_demo", stdout=StringIO())
    counts = _counts()
    call_command("load_demo", stdout=StringIO())
    after = _counts()
    changed = {
        label: (counts.get(label), after.get(label))
        for label in counts | after
        if counts.get(label) != after.get(label)
    }
    assert changed == {}, "rows (first run, second run)"
    assert ProjectStage.objects.count() == 6
    assert User.objects.get(email="learner@example.org").check_password("cooperation-demo")
    library = data.load("video/library")
    assert set(Video.objects.values_list("slug", flat=True)) == {video["slug"] for video in library["videos"]}
    assert all(video.is_ready for video in Video.objects.all())
    assert SeminarArchive.objects.get().recordings.count() == sum(
        bool(v.get("seminar")) for v in library["videos"]
    )


def test_load_demo_refuses_without_demo_accounts(settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    with pytest.raises(CommandError, match="published passwords"):
        call_command("load_demo", stdout=StringIO())
    assert not User.objects.exists()
