"""Signal wiring of the foundation: content edits invalidate the anonymous page cache; roles stay synced."""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished
from wagtail.snippets.models import get_snippet_models

from academy import roles
from academy.page_cache import bump_content_version


def _bump_for_content_models(sender, **kwargs):
    if issubclass(sender, Page | BaseSiteSetting) or sender in get_snippet_models():
        bump_content_version()


def _grant_roles_on_new_page(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page):
        roles.grant_new_page(instance)


def connect() -> None:
    page_published.connect(bump_content_version, dispatch_uid="academy-cache-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="academy-cache-unpublished")
    post_save.connect(_bump_for_content_models, dispatch_uid="academy-cache-save")
    post_delete.connect(_bump_for_content_models, dispatch_uid="academy-cache-delete")
    post_save.connect(_grant_roles_on_new_page, dispatch_uid="academy-roles-new-page")
    post_migrate.connect(roles.sync_after_migrate, dispatch_uid="academy-roles-sync")
