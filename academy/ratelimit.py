"""The one rate limiter of the site's own views: a fixed window counted in the shared cache (Redis).

allauth keeps its own limits for sign-in, sign-up and password reset; everything else (certificate
lookups, peer analyses, later messages and posts) counts here, under a scope and a key.
"""

from allauth.account.adapter import get_adapter
from django.core.cache import cache


def client_ip(request) -> str:
    """The client's address as allauth sees it, so both kinds of limit count the same client."""
    return get_adapter().get_client_ip(request)


def rate_limit_exceeded(*, scope: str, key: str, limit: int, period: int) -> bool:
    """Count one attempt of `key` in `scope`; True once more than `limit` fell within `period` seconds."""
    cache_key = f"ratelimit:{scope}:{key}"
    if cache.add(cache_key, 1, timeout=period):
        attempts = 1
    else:
        try:
            attempts = cache.incr(cache_key)
        except ValueError:  # expired between add() and incr()
            cache.set(cache_key, 1, timeout=period)
            attempts = 1
    return attempts > limit
