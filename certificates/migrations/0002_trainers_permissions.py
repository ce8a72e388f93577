"""Let Trainers see and revoke certificates and edit certificate templates (not edit certificates)."""

from django.db import migrations

PERMISSIONS = [
    ("certificate", "view_certificate", "Can view certificate"),
    ("certificate", "revoke_certificate", "Can revoke a certificate"),
    ("certificatetemplate", "view_certificatetemplate", "Can view certificate template"),
    ("certificatetemplate", "add_certificatetemplate", "Can add certificate template"),
    ("certificatetemplate", "change_certificatetemplate", "Can change certificate template"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    for model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="certificates", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        trainers.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is not None:
        trainers.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="certificates", codename__in=[c for _, c, _ in PERMISSIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial"), ("academy", "0003_trainers_group")]

    operations = [migrations.RunPython(grant, revoke)]
