"""Shared fixtures: a clean cache per test, real-service guards, and the demo users."""

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


@pytest.fixture(scope="session", autouse=True)
def migrated_database_state(django_db_setup, django_db_blocker):
    """Serialize the freshly migrated test database once, before any transactional test flushes it."""
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


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


def _restore_migration_data():
    """Recreate what migrations insert, which a transactional test's flush removed.

    A `transaction=True` test ends with a flush: content types and permissions come back (with new
    ids, hence the cache clear), but Wagtail's root page, root collection and default locale do not.
    """
    from django.conf import settings as django_settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    ContentType.objects.clear_cache()
    Locale.objects.get_or_create(language_code=django_settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    # Groups that migrations give admin access (academy 0003, Wagtail's own) lose it in the flush.
    from django.contrib.auth.models import Group, Permission

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for name in ("Trainers", "Moderators", "Editors"):
        Group.objects.get_or_create(name=name)[0].permissions.add(access_admin)


@pytest.fixture
def site_tree(db):
    """Run the foundation's demo builders: taxonomies, home and standard pages, demo accounts."""
    from io import StringIO

    from academy import demo_content
    from academy.demo import DemoContext

    _restore_migration_data()
    context = DemoContext(stdout=StringIO())
    demo_content.build_taxonomies(context)
    demo_content.build_site_tree(context)
    demo_content.build_accounts(context)
    return context
