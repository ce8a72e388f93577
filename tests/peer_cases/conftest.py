"""Fixtures of the case-study tests: the demo library with its six illustrative cases."""

import pytest


@pytest.fixture
def bare_library(site_tree):
    """An empty case library under the home page (its creation sets up the workflow and permissions)."""
    from peer_cases.demo_content import INDEX_SLUG
    from peer_cases.models import CaseStudyIndexPage

    index = CaseStudyIndexPage(title="Études de cas", slug=INDEX_SLUG)
    site_tree.objects["home"].add_child(instance=index)
    return index


@pytest.fixture
def library(bare_library, site_tree):
    """The foundation's site plus the case library and its six demo cases; return the library page."""
    from peer_cases import demo_content

    demo_content.build_case_studies(site_tree)
    return site_tree.objects["case_index"]


@pytest.fixture
def make_case(bare_library):
    """Create and publish a case study under the library."""
    from academy.models import Country, ProjectStage, Theme
    from peer_cases.models import CaseStudyPage, CooperationType

    counter = {"n": 0}

    def factory(country="BJ", theme="eau-assainissement", stage=5, live=True, revision=True, **fields):
        counter["n"] += 1
        n = counter["n"]
        fields.setdefault("title", f"Cas test {n}")
        fields.setdefault("slug", f"cas-test-{n}")
        case = CaseStudyPage(
            summary=fields.pop("summary", f"Résumé du cas d'essai {n}."),
            local_partner=f"Commune {n}",
            local_country=Country.objects.get(iso_code=country),
            foreign_partner=f"Ville partenaire {n}",
            foreign_country=Country.objects.get(iso_code="FR"),
            cooperation_type=fields.pop("cooperation_type", CooperationType.TWINNING),
            start_year=2020,
            presenter_name="Pair",
            context="<p>Contexte.</p>",
            live=live,
            **fields,
        )
        case.themes = [Theme.objects.get(slug=theme)]
        case.stages = [ProjectStage.objects.get(number=stage)]
        bare_library.add_child(instance=case)
        if revision and live:
            case.save_revision().publish()
        elif revision:
            case.save_revision()
        return case

    return factory


def _reload(contents: str) -> None:
    """Replace the database's rows by a serialized copy, as a fresh test database holds them."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    # Empty the tables without post_migrate recreating content types under new keys, then reload.
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(contents)
    # The flush restarted the id sequences (PostgreSQL); move them past the restored rows.
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(sql)
    ContentType.objects.clear_cache()


@pytest.fixture(scope="module")
def restore_migration_data(django_db_blocker, migrated_database_state):
    """Give a module of transactional tests the migrated data (root page, groups and their
    permissions, workflow...) and leave it behind: Django's flush after each transactional test
    removes it, so a later transactional test (ours or another app's) would start from nothing.
    The state comes from `migrated_database_state`, taken before any test ran.
    """
    with django_db_blocker.unblock():
        _reload(migrated_database_state)
    yield
    with django_db_blocker.unblock():
        _reload(migrated_database_state)
