"""Build the demo site: taxonomies, pages, accounts and what every app adds. Safe to run again."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo import data, registry


class Command(BaseCommand):
    help = "Create or refresh the demo content and accounts (idempotent), then rebuild the search index."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_ACCOUNTS_ENABLED", False):
            raise CommandError(
                "Demo content creates accounts with published passwords: not in production settings."
            )
        context = registry.DemoContext(stdout=self.stdout)
        for _order, name, builder in registry.builders():
            self.stdout.write(f"· {name}")
            with transaction.atomic():
                builder(context)
        call_command("update_index", verbosity=0)
        accounts = data.load("academy/accounts")
        emails = " ".join(account["email"] for account in accounts["accounts"])
        self.stdout.write(f"Demo accounts (password {accounts['password']}): {emails}")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
