"""A small fixed-window rate limit kept in the shared cache (Redis in production)."""

from django.core.cache import cache


def rate_limit_exceeded(*, key: str, limit: int, period: int) -> bool:
    """Count one attempt under `key`; return True once more than `limit` were made within `period` seconds."""
    cache_key = f"peer_cases:rl:{key}"
    if cache.add(cache_key, 1, timeout=period):
        return False
    try:
        attempts = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=period)
        return False
    return attempts > limit
