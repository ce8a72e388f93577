"""Recreate what migrations put in the database (root page, root collection, default locale, groups).

A transactional test (live server, real worker) ends with a flush that removes those rows, so a later
transactional test must put them back before building pages or images.
"""


def ensure_migration_rows() -> None:
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="fr")))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for name in ("Trainers", "Moderators"):
        Group.objects.get_or_create(name=name)
