"""Compile every .po catalogue of the project into .mo, in pure Python (no GNU gettext needed)."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's message catalogues (.po -> .mo) without GNU gettext."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in self.locale_dirs():
            for po_path in locale_dir.glob("*/LC_MESSAGES/*.po"):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"{compiled} catalogue(s) compiled.")

    def locale_dirs(self):
        dirs = [Path(p) for p in settings.LOCALE_PATHS]
        for app in ("academy", "courses", "peer_cases", "certificates"):
            dirs.append(Path(settings.BASE_DIR) / app / "locale")
        return sorted({d for d in dirs if d.is_dir()})
