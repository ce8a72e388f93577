"""Let trainers manage the video library and read its statistics."""

from django.db import migrations

PERMISSIONS = {
    "video": ["add_video", "change_video", "delete_video", "view_video", "view_video_statistics"],
    "seminararchive": ["add_seminararchive", "change_seminararchive", "delete_seminararchive",
                       "view_seminararchive"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Trainers")
    for model, codenames in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="video", model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Trainers").first()
    if group:
        group.permissions.remove(*group.permissions.filter(content_type__app_label="video"))


class Migration(migrations.Migration):
    dependencies = [("video", "0001_initial"), ("academy", "0003_trainers_group")]

    operations = [migrations.RunPython(grant, revoke)]
