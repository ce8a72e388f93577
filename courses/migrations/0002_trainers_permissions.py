"""Give the Trainers group what authoring and following a cohort needs, and nothing more.

Model permissions: see cohort reports, see enrolments and quiz attempts, record session attendance.
Collection permissions on the root collection: upload and choose images and documents for lessons.
Page permissions depend on pages that exist only later: `load_demo` grants them on the demo cycle
and an administrator grants them on each new cycle (Settings > Groups > Trainers).
"""

from django.db import migrations

MODEL_PERMISSIONS = [
    ("courses", "enrolment", "view_cohort_report", "Can see a cycle's learners' progress and export it"),
    ("courses", "enrolment", "view_enrolment", "Can view enrolment"),
    ("courses", "quizattempt", "view_quizattempt", "Can view quiz attempt"),
    ("courses", "sessionregistration", "view_sessionregistration", "Can view session registration"),
    ("courses", "sessionregistration", "change_sessionregistration", "Can change session registration"),
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    for row in MODEL_PERMISSIONS:
        trainers.permissions.add(_permission(apps, *row))
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for row in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=trainers, collection=root, permission=_permission(apps, *row)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is not None:
        codenames = [codename for _, _, codename, _ in MODEL_PERMISSIONS]
        trainers.permissions.remove(
            *Permission.objects.filter(content_type__app_label="courses", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("academy", "0003_trainers_group"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
