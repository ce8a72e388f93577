"""Create the Trainers group with access to the Wagtail admin; each app adds its own permissions."""

from django.db import migrations


def create_trainers_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Trainers")
    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)


def remove_trainers_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Trainers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0002_pages_and_settings"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_trainers_group, remove_trainers_group)]
