"""Development settings: what `make demo` runs. SQLite, console email, eager Celery unless REDIS_URL."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, STORAGES, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["*"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
DEMO_ACCOUNTS_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # load_demo; never in production
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic needed
WHITENOISE_USE_FINDERS = True
