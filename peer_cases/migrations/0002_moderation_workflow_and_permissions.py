"""Create the case moderation workflow and give trainers their permissions, so production has them.

- Workflow "Modération des études de cas" with one GroupApprovalTask for the Moderators group; it is
  assigned to every case library that exists now (new libraries get it from peer_cases.signals).
- Trainers may add and edit pages under a case library only (GroupPagePermission), moderate peer
  analyses (view/change the snippet), and upload and choose images and documents for their cases.
"""

from django.db import migrations

WORKFLOW_NAME = "Modération des études de cas"
TASK_NAME = "Validation par un modérateur"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CaseStudyIndexPage = apps.get_model("peer_cases", "CaseStudyIndexPage")

    trainers, _ = Group.objects.get_or_create(name="Trainers")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    add_page = _permission(apps, "wagtailcore", "page", "add_page", "Can add page")
    change_page = _permission(apps, "wagtailcore", "page", "change_page", "Can change page")
    for index in CaseStudyIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})
        for permission in (add_page, change_page):
            GroupPagePermission.objects.get_or_create(group=trainers, page_id=index.pk, permission=permission)

    trainers.permissions.add(
        _permission(apps, "peer_cases", "peeranalysis", "view_peeranalysis", "Can view peer analysis"),
        _permission(apps, "peer_cases", "peeranalysis", "change_peeranalysis", "Can change peer analysis"),
    )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codenames in (
            ("wagtailimages", "image", ("add_image", "choose_image")),
            ("wagtaildocs", "document", ("add_document", "choose_document")),
        ):
            for codename in codenames:
                permission = _permission(apps, app_label, model, codename, codename.replace("_", " "))
                GroupCollectionPermission.objects.get_or_create(
                    group=trainers, collection=root_collection, permission=permission
                )


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("peer_cases", "0001_initial"),
        ("academy", "0003_trainers_group"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
