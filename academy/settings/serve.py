"""`make serve`: the production configuration on plain HTTP at 127.0.0.1, for trying and measuring.

Same as production (DEBUG off, gunicorn, WhiteNoise compressed hashed static, Redis cache and broker
when REDIS_URL is set) except for what needs HTTPS, and with the demo SQLite database unless
DATABASE_URL is set. Never expose this on a public address.
"""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-serve-only-key-not-for-a-public-server")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
DEMO_ACCOUNTS_ENABLED = True
ROOT_URLCONF = "academy.bench_urls"  # the site plus the bare reference view of `make bench`
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # load_demo; never in production
SERVE_MEDIA = True  # uploaded media from MEDIA_ROOT, as the dev server does; never in production
