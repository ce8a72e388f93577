"""Once the grants of the Trainers group; they now come from academy.roles, synced after every migrate.

Kept, empty, so the migrations after it keep their parent.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("academy", "0003_trainers_group"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations: list = []
