"""Test settings: fast hashing, media in a temp dir, eager Celery unless a test starts a real worker."""

import tempfile

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, STORAGES

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="academy-test-media-")
CERTIFICATES_SIGNING_KEY_FILE = f"{MEDIA_ROOT}-certificates-key.pem"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
# Tests that are about the queue switch this off and start a real worker (tests/academy/test_celery.py).
CELERY_TASK_ALWAYS_EAGER = True
DEMO_ACCOUNTS_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # load_demo; never in production
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic needed
WHITENOISE_USE_FINDERS = True
