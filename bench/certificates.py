"""Benchmark certificate issuance (PDF + signed credential), CPU-bound, no web server needed.

    .venv/bin/python bench/certificates.py [--count 50] [--bulk 1000] [--workers 2]

It creates a throwaway database (PostgreSQL when DATABASE_URL says so, else SQLite), a cycle, a
template and learners who completed a module, then:
1. issues `--count` certificates one after another in this process and reports the median time of
   `certificate_issue` (database rows, WeasyPrint PDF, Ed25519 VC-JWT, stored file, email) and of
   its two CPU parts alone; the worker's start-up font loading and the first issuance (template
   loading) are reported apart;
2. issues `--bulk` certificates with `--workers` processes, as that many Celery workers would, and
   reports the wall time and the throughput.
The database is dropped at the end. Results are printed as a table and as JSON.
"""

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")


def _setup_database():
    import django
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "bench_certificates"
    if connection.vendor == "sqlite":
        settings.DATABASES["default"]["TEST"]["NAME"] = str(ROOT / "var" / "bench-certificates.sqlite3")
        (ROOT / "var").mkdir(exist_ok=True)
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return connection, old_name


def _fixtures(learners: int):
    from io import StringIO

    from academy.models import HomePage, User
    from certificates.models import CertificateSignatory, CertificateTemplate, CertificateText
    from courses.models import ModuleCompletion, ModulePage, TrainingCyclePage
    from demo.builders.academy import build_site_tree
    from demo.registry import DemoContext

    context = DemoContext(stdout=StringIO())
    build_site_tree(context)
    home = HomePage.objects.first()
    cycle = home.add_child(
        instance=TrainingCyclePage(title="Cycle de la coopération décentralisée", slug="cycle")
    )
    module = cycle.add_child(
        instance=ModulePage(
            title="Module 3 — Identifier ses partenaires et monter un projet",
            slug="module-3",
            number=3,
            estimated_hours=6,
        )
    )
    template = CertificateTemplate(name="Bench", is_default=True)
    template.texts = [
        CertificateText(language="fr", title="Certificat de réussite", wording="a suivi avec succès")
    ]
    template.signatories = [CertificateSignatory(name="Mariam Ouédraogo", role="Directrice de l'Académie")]
    template.save()
    template.save_revision()
    languages = ["fr", "en", "pt", "ar"]
    users = User.objects.bulk_create(
        User(
            email=f"bench{i}@example.org",
            full_name=f"Apprenante n° {i} N'Diaye" if i % 4 != 3 else f"فاطمة الزهراء {i}",
            preferred_language=languages[i % 4],
        )
        for i in range(learners)
    )
    ModuleCompletion.objects.bulk_create(ModuleCompletion(user=u, module=module) for u in users)
    return module.pk, [u.pk for u in users]


def _issue_all(args):
    """Worker process: issue the certificates of its share; return each one's duration."""
    module_id, user_ids = args
    from django.db import connection

    from certificates.services import certificate_issue

    connection.close()  # a fresh connection in this process
    durations = []
    for user_id in user_ids:
        start = time.perf_counter()
        certificate_issue(user_id=user_id, module_id=module_id)
        durations.append(time.perf_counter() - start)
    connection.close()
    return durations


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--bulk", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()

    connection, old_name = _setup_database()
    try:
        module_id, user_ids = _fixtures(options.count + 1 + options.bulk)
        from certificates import keys
        from certificates.models import Certificate
        from certificates.pdf import certificate_design, render_pdf
        from certificates.services import certificate_issue
        from certificates.signing import credential_for, verification_url
        from certificates.tasks import warm_up_pdf_rendering

        start = time.perf_counter()
        warm_up_pdf_rendering()  # what each Celery worker process does as it starts
        warm_up_time = time.perf_counter() - start
        start = time.perf_counter()
        certificate_issue(user_id=user_ids[0], module_id=module_id)
        first_issue = time.perf_counter() - start
        durations = _issue_all((module_id, user_ids[1 : options.count + 1]))

        sample = Certificate.objects.select_related("template_revision").first()
        design = certificate_design(sample.template_revision)
        pdf_times, jwt_times = [], []
        for _ in range(options.count):
            start = time.perf_counter()
            render_pdf(sample, design=design, verify_url=verification_url(sample), issuer_name="A")
            pdf_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            credential_for(sample, verify_url=verification_url(sample))
            jwt_times.append(time.perf_counter() - start)
        keys.signing_key()

        bulk_ids = user_ids[options.count + 1 :]
        shares = [(module_id, bulk_ids[i :: options.workers]) for i in range(options.workers)]
        connection.close()
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(options.workers) as pool:
            bulk = [d for part in pool.map(_issue_all, shares) for d in part]
        wall = time.perf_counter() - start
        issued = Certificate.objects.exclude(credential_jwt="").count()

        results = {
            "database": connection.vendor,
            "worker_warm_up_ms": _ms(warm_up_time),
            "first_issue_after_warm_up_ms": _ms(first_issue),
            f"issue_median_ms_over_{options.count}": _ms(statistics.median(durations)),
            f"issue_p90_ms_over_{options.count}": _ms(statistics.quantiles(durations, n=10)[-1]),
            "pdf_only_median_ms": _ms(statistics.median(pdf_times)),
            "credential_only_median_ms": _ms(statistics.median(jwt_times)),
            f"bulk_{options.bulk}_with_{options.workers}_workers_wall_s": round(wall, 1),
            "bulk_per_certificate_median_ms": _ms(statistics.median(bulk)),
            "bulk_throughput_per_s": round(options.bulk / wall, 1),
            "certificates_issued": issued,
        }
        width = max(len(k) for k in results)
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
        print(json.dumps(results))
    finally:
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
