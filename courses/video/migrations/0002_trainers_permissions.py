"""Once the grants of the Trainers group; they now come from academy.roles, synced after every migrate.

Kept, empty, so the migrations after it keep their parent.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("video", "0001_initial"), ("academy", "0003_trainers_group")]

    operations: list = []
