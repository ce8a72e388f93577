"""Build the demo site: taxonomies, pages, accounts and what every app adds. Safe to run again."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import autodiscover_modules

from academy import demo


class Command(BaseCommand):
    help = "Create or refresh the demo content and accounts (idempotent), then rebuild the search index."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_ACCOUNTS_ENABLED", False):
            raise CommandError(
                "Demo content creates accounts with published passwords: not in production settings."
            )
        autodiscover_modules("demo_content")
        context = demo.DemoContext(stdout=self.stdout)
        for _order, name, builder in demo.builders():
            self.stdout.write(f"· {name}")
            with transaction.atomic():
                builder(context)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
