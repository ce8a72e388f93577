"""Test settings: fast hashing, media in a temp dir, eager Celery unless a test starts a real worker."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHES, INSTALLED_APPS, REDIS_URL, STORAGES

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="academy-test-media-")
CERTIFICATES_SIGNING_KEY_FILE = f"{MEDIA_ROOT}-certificates-key.pem"
# Each test process leaves nothing behind in /tmp.
atexit.register(shutil.rmtree, MEDIA_ROOT, True)
atexit.register(lambda: Path(CERTIFICATES_SIGNING_KEY_FILE).unlink(missing_ok=True))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
# Tests that are about the queue switch this off and start a real worker (tests/academy/test_celery.py).
CELERY_TASK_ALWAYS_EAGER = True
DEMO_ACCOUNTS_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # load_demo; never in production
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic needed
WHITENOISE_USE_FINDERS = True

# Tests clear the cache (a FLUSHDB on Redis) and queue tasks: they never use the Redis database that
# REDIS_URL names but the next one, one per pytest-xdist worker (gw0 -> +1, gw1 -> +2, ...).
if REDIS_URL:
    _base, _sep, _db = REDIS_URL.rpartition("/")
    _offset = 1 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    REDIS_URL = f"{_base}/{(int(_db or 0) + _offset) % 16}" if _db.isdigit() else f"{REDIS_URL}/{_offset}"
    CACHES = {"default": {**CACHES["default"], "LOCATION": REDIS_URL}}
    CELERY_BROKER_URL = CELERY_RESULT_BACKEND = REDIS_URL
