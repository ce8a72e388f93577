"""Issue missing certificates in bulk (after an outage, an import...), or re-render existing ones."""

import sys

from django.core.management.base import BaseCommand

from certificates import services
from certificates.models import Certificate
from courses.models import Enrolment, ModuleCompletion


class Command(BaseCommand):
    help = (
        "Issue the certificates every completed module and cycle should have (idempotent); with "
        "--rerender, rebuild the PDF and credential of existing certificates from their pinned template."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rerender", action="store_true", help="Re-render existing certificates.")
        parser.add_argument(
            "--code", action="append", default=[], help="Only these certificates (repeatable)."
        )

    def handle(self, *args, rerender=False, code=(), **options):
        if rerender:
            queryset = Certificate.objects.select_related("template_revision").order_by("pk")
            if code:
                queryset = queryset.filter(code__in=code)
            work = [("render", certificate) for certificate in queryset]
        else:
            done_modules = set(
                Certificate.objects.filter(module__isnull=False).values_list("learner_id", "module_id")
            )
            done_cycles = set(
                Certificate.objects.filter(cycle__isnull=False).values_list("learner_id", "cycle_id")
            )
            work = [
                ("module", pair)
                for pair in ModuleCompletion.objects.values_list("user_id", "module_id")
                if pair not in done_modules
            ] + [
                ("cycle", pair)
                for pair in Enrolment.objects.filter(completed_at__isnull=False).values_list(
                    "user_id", "cycle_id"
                )
                if pair not in done_cycles
            ]
        total = len(work)
        for number, (kind, item) in enumerate(work, start=1):
            if kind == "render":
                services.certificate_render(certificate=item)
            elif kind == "module":
                services.certificate_issue(user_id=item[0], module_id=item[1])
            else:
                services.certificate_issue(user_id=item[0], cycle_id=item[1])
            self._progress(number, total)
        self.stdout.write(
            self.style.SUCCESS(f"{total} certificate(s) {'re-rendered' if rerender else 'issued'}.")
        )

    def _progress(self, number: int, total: int) -> None:
        width = 30
        filled = width * number // total
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {number}/{total}"
        if self.stdout.isatty() if hasattr(self.stdout, "isatty") else sys.stdout.isatty():
            self.stdout.write(line, ending="")
            if number == total:
                self.stdout.write("")
        elif number == total or number % 50 == 0:
            self.stdout.write(line.strip())
