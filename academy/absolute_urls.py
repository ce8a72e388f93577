"""Absolute URLs of the site, for what is read away from it: QR codes, credentials, emails, offline packs.

`site_base_url` is the one place that reads the site's base URL (`WAGTAILADMIN_BASE_URL` today).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def site_base_url() -> str:
    """Return the site's base URL, without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(name: str, *args, **kwargs) -> str:
    """Return the canonical absolute URL of a named route, in the default language (French, unprefixed)."""
    with translation.override(settings.LANGUAGE_CODE):
        return site_base_url() + reverse(name, args=args or None, kwargs=kwargs or None)
