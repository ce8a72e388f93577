"""The staff roles: the groups trainers and moderators belong to, and what each app grants them.

One declaration instead of group names and codenames spelled in migrations, demo code and services.
`sync_roles` runs after every `migrate` (and for each new page of a granted type), so a fresh
database, an upgraded one and the test database all get the same groups with the same grants; it
only adds what is missing and never removes what an administrator granted by hand.
"""

from dataclasses import dataclass, field

TRAINERS = "Trainers"
MODERATORS = "Moderators"


@dataclass(frozen=True)
class Role:
    """A group and its grants, each written "app_label.codename" (pages: "app_label.ModelName")."""

    name: str
    permissions: tuple[str, ...] = ()
    # On the root collection, so images and documents can be uploaded and chosen everywhere.
    collection_permissions: tuple[str, ...] = ()
    # Page permissions on every page of these types (and so on the pages below them).
    page_permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)


ROLES = (
    Role(
        TRAINERS,
        permissions=(
            "wagtailadmin.access_admin",
            # The training cycle: follow a cohort, record attendance.
            "courses.view_cohort_report",
            "courses.view_enrolment",
            "courses.view_quizattempt",
            "courses.view_sessionregistration",
            "courses.change_sessionregistration",
            # The video library and its statistics.
            "video.add_video",
            "video.change_video",
            "video.delete_video",
            "video.view_video",
            "video.view_video_statistics",
            "video.add_seminararchive",
            "video.change_seminararchive",
            "video.delete_seminararchive",
            "video.view_seminararchive",
            # Certificates: see and revoke them, edit their templates (never edit a certificate).
            "certificates.view_certificate",
            "certificates.revoke_certificate",
            "certificates.view_certificatetemplate",
            "certificates.add_certificatetemplate",
            "certificates.change_certificatetemplate",
            # Peer cases: moderate learners' analyses.
            "peer_cases.view_peeranalysis",
            "peer_cases.change_peeranalysis",
        ),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ),
        page_permissions={
            # Trainers author cycles; cases are published through the moderation workflow.
            "courses.TrainingCyclePage": ("add_page", "change_page", "publish_page"),
            "peer_cases.CaseStudyIndexPage": ("add_page", "change_page"),
        },
    ),
    Role(MODERATORS, permissions=("wagtailadmin.access_admin",)),
)


def _permissions(specs):
    """Return the Permission rows named "app_label.codename" that exist (one query)."""
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    wanted = Q(pk__in=[])
    for spec in specs:
        app_label, codename = spec.split(".", 1)
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(wanted))


def _grant_pages(group, pages, codenames) -> None:
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def sync_roles() -> None:
    """Create the groups and add every grant they lack (idempotent)."""
    from django.apps import apps
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, GroupCollectionPermission

    root_collection = Collection.get_first_root_node()
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        group.permissions.add(*_permissions(role.permissions))
        if root_collection is not None:
            for permission in _permissions(role.collection_permissions):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for label, codenames in role.page_permissions.items():
            _grant_pages(group, apps.get_model(label).objects.all(), codenames)


def grant_new_page(page) -> None:
    """Give each role the page permissions it has on pages of this type (a page was just created)."""
    from django.contrib.auth.models import Group

    for role in ROLES:
        codenames = role.page_permissions.get(page._meta.label)
        if codenames:
            group, _ = Group.objects.get_or_create(name=role.name)
            _grant_pages(group, [page], codenames)


def sync_after_migrate(sender, **kwargs) -> None:
    """post_migrate receiver: sync once every app has created its permissions (the last app's signal).

    Django sends post_migrate for each app that has a models module, in INSTALLED_APPS order.
    """
    from django.apps import apps

    if sender is [config for config in apps.get_app_configs() if config.models_module is not None][-1]:
        sync_roles()
