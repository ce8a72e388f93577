"""Production settings: refuse to start without the secrets and services the site needs."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

REQUIRED = ("DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS")
_missing = [name for name in REQUIRED if not env(name, default="")]
# Certificates are signed with a key that must survive deployments: never generate one here.
if not env("CERTIFICATES_SIGNING_KEY", default="") and not env("CERTIFICATES_SIGNING_KEY_FILE", default=""):
    _missing.append("CERTIFICATES_SIGNING_KEY (or CERTIFICATES_SIGNING_KEY_FILE)")
if _missing:
    raise ImproperlyConfigured(f"Production settings need these environment variables: {', '.join(_missing)}")

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
DEMO_ACCOUNTS_ENABLED = False
CERTIFICATES_SIGNING_KEY_GENERATE = False

# HTTPS only. `academy.settings.serve` relaxes these for the local production-like server.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
