"""Shared fixtures: a clean cache per test, real-service guards, and the demo users."""

import contextlib
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.cache import cache


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1
        ):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def migrated_database_state(django_db_setup, django_db_blocker):
    """Serialize the freshly migrated test database once, before any transactional test flushes it.

    Asked for by the first transactional test only (the database is still as migrated then: the tests
    before it rolled back), so a run without database tests never touches a database.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


def _reload_database(contents: str) -> None:
    """Replace the database's rows by a serialized copy, as the freshly migrated database held them."""
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


@pytest.fixture(autouse=True)
def _migrated_data_for_transactional_tests(request, django_db_blocker):
    """Start every transactional test from the migrated database.

    A transactional test ends with a flush that also deletes what data migrations created (Wagtail's
    root page and groups with their permissions, the case-study workflow, the Trainers group), so the
    next one would otherwise start from nothing.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or {
        "transactional_db",
        "live_server",
    } & set(request.fixturenames)
    if transactional:
        state = request.getfixturevalue("migrated_database_state")
        with django_db_blocker.unblock():
            _reload_database(state)


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate limits and cached fragments live in the cache; no test may see another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_url():
    """The real Redis of REDIS_URL; skip with the reason when none is configured or reachable."""
    url = settings.REDIS_URL
    if not url:
        pytest.skip("REDIS_URL is not set: this test needs the real Redis")
    if not _reachable(url, 6379):
        pytest.skip(f"Redis at {url} is unreachable")
    return url


@pytest.fixture
def celery_worker_on(redis_url):
    """Start a real Celery worker thread consuming `queues` from Redis, eager mode off meanwhile.

    Used as `with celery_worker_on("video"): ...` inside a fixture or a test.
    """
    from celery.contrib.testing.worker import start_worker

    from academy.celery import app

    @contextlib.contextmanager
    def run(*queues: str, shutdown_timeout: int = 60):
        app.conf.task_always_eager = False
        try:
            with start_worker(
                app,
                pool="solo",
                perform_ping_check=False,
                queues=list(queues),
                shutdown_timeout=shutdown_timeout,
            ):
                yield
        finally:
            app.conf.task_always_eager = True

    return run


@pytest.fixture
def postgres(db):
    """Skip unless the test database is PostgreSQL (concurrency and full-text tests need it)."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("DATABASE_URL is not PostgreSQL: this test needs the real PostgreSQL")


@pytest.fixture
def make_user(db):
    """Create a verified learner who can sign in (email + password 'pass-word-123')."""
    from allauth.account.models import EmailAddress

    from academy.models import User

    counter = {"n": 0}

    def factory(email=None, password="pass-word-123", **fields):
        counter["n"] += 1
        email = email or f"learner{counter['n']}@example.org"
        fields.setdefault("full_name", f"Apprenant {counter['n']}")
        user = User.objects.create_user(email=email, password=password, **fields)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return factory


@pytest.fixture
def site_tree(db):
    """Run the foundation's demo builders: taxonomies, home and standard pages, demo accounts."""
    from io import StringIO

    from demo.builders.academy import build_accounts, build_site_tree, build_taxonomies
    from demo.registry import DemoContext

    context = DemoContext(stdout=StringIO())
    build_taxonomies(context)
    build_site_tree(context)
    build_accounts(context)
    return context
