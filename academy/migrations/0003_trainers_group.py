"""Once the grants of the Trainers group; they now come from academy.roles, synced after every migrate.

Kept, empty, so the migrations after it keep their parent.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0002_pages_and_settings"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations: list = []
