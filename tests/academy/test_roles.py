"""The staff roles are declared once (academy.roles) and synced after migrate and on new pages."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from academy import roles
from academy.models import HomePage
from courses.models import TrainingCyclePage

pytestmark = pytest.mark.django_db


def _codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }


def test_migrate_gives_each_role_its_declared_permissions():
    for role in roles.ROLES:
        assert set(role.permissions) <= _codenames(role.name), role.name
    # Wagtail's own migrations give its Moderators group more; our Trainers group has nothing else.
    trainers = next(role for role in roles.ROLES if role.name == roles.TRAINERS)
    assert _codenames(roles.TRAINERS) == set(trainers.permissions)


def test_trainers_can_upload_images_and_documents_in_the_root_collection():
    root = Collection.get_first_root_node()
    granted = {
        f"{p.permission.content_type.app_label}.{p.permission.codename}"
        for p in GroupCollectionPermission.objects.filter(group__name=roles.TRAINERS, collection=root)
    }
    assert granted == {
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    }


def test_a_new_training_cycle_is_editable_by_trainers(site_tree):
    cycle = TrainingCyclePage(title="Nouveau cycle", slug="nouveau-cycle")
    HomePage.objects.get().add_child(instance=cycle)
    granted = set(
        GroupPagePermission.objects.filter(group__name=roles.TRAINERS, page=cycle).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "change_page", "publish_page"}
    assert not GroupPagePermission.objects.filter(group__name=roles.MODERATORS, page=cycle).exists()


def test_sync_is_idempotent_and_keeps_what_an_administrator_added():
    trainers = Group.objects.get(name=roles.TRAINERS)
    extra = Permission.objects.get(content_type__app_label="courses", codename="add_enrolment")
    trainers.permissions.add(extra)
    before = trainers.permissions.count()
    roles.sync_roles()
    roles.sync_roles()
    assert trainers.permissions.count() == before
    assert trainers.permissions.filter(pk=extra.pk).exists()
