"""Visit counting without trackers or stored IP addresses, accumulated in Redis.

A play or a download counts once per visitor per video per day. The visitor is a hash of the IP address
and User-Agent salted with a random value that exists only in Redis and expires after two days, so no
address is ever stored and yesterday's hashes cannot be linked to today's. Known bots are ignored. Counts
accumulate in a Redis hash; `services.views_flush` (a periodic task, and the admin report) moves them
to the database exactly once, so a view never costs a database write on the request path. Without
REDIS_URL (`make demo`), Django's cache stands in.
"""

import hashlib
import re
import secrets
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

PREFIX = "video:stats:"
PENDING = PREFIX + "pending"
FLUSHING = PREFIX + "flushing"
# A field of the FLUSHING hash naming its batch, so the database can tell a batch it already holds.
BATCH_FIELD = "batch"
TWO_DAYS = 2 * 24 * 3600

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|lighthouse|"
    r"headless|curl|wget|python-|httpx|aiohttp|go-http|java/|okhttp|scrapy|axios|libwww|feedfetcher",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    """True for an empty User-Agent or one naming a crawler, a monitor or a script."""
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


class RedisStore:
    """Counters in the Redis of settings.REDIS_URL (one round trip per check, one per increment)."""

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url, decode_responses=True)

    def salt(self, day: date) -> str:
        key = f"{PREFIX}salt:{day.isoformat()}"
        self.client.set(key, secrets.token_hex(16), nx=True, ex=TWO_DAYS)
        return self.client.get(key)

    def first_visit(self, key: str) -> bool:
        return bool(self.client.set(key, 1, nx=True, ex=TWO_DAYS))

    def increment(self, field: str) -> None:
        self.client.hincrby(PENDING, field, 1)

    def take_pending(self) -> tuple[str, dict[str, int]]:
        """Move the pending counts aside and return (batch, counts); a crashed flush left them aside."""
        import redis

        if not self.client.exists(FLUSHING):
            try:
                self.client.rename(PENDING, FLUSHING)
            except redis.ResponseError:  # nothing pending
                return "", {}
        self.client.hsetnx(FLUSHING, BATCH_FIELD, secrets.token_hex(16))
        counts = self.client.hgetall(FLUSHING)
        batch = counts.pop(BATCH_FIELD)
        return batch, {field: int(value) for field, value in counts.items()}

    # Delete the set-aside counts only if they are still this batch (another flush may have moved on).
    _FINISH = "if redis.call('hget', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('del', KEYS[1]) end"

    def finish(self, batch: str) -> None:
        self.client.eval(self._FINISH, 1, FLUSHING, BATCH_FIELD, batch)


class CacheStore:
    """The same counters in Django's cache, for the single-process demo without Redis."""

    def salt(self, day: date) -> str:
        key = f"{PREFIX}salt:{day.isoformat()}"
        cache.add(key, secrets.token_hex(16), TWO_DAYS)
        return cache.get(key)

    def first_visit(self, key: str) -> bool:
        return cache.add(key, 1, TWO_DAYS)

    def increment(self, field: str) -> None:
        pending = cache.get(PENDING, {})
        pending[field] = pending.get(field, 0) + 1
        cache.set(PENDING, pending, None)

    def take_pending(self) -> tuple[str, dict[str, int]]:
        flushing = cache.get(FLUSHING)
        if flushing is None:
            pending = cache.get(PENDING)
            if not pending:
                return "", {}
            flushing = {BATCH_FIELD: secrets.token_hex(16), **pending}
            cache.set(FLUSHING, flushing, None)
            cache.delete(PENDING)
        counts = dict(flushing)
        return counts.pop(BATCH_FIELD), counts

    def finish(self, batch: str) -> None:
        if (cache.get(FLUSHING) or {}).get(BATCH_FIELD) == batch:
            cache.delete(FLUSHING)


_stores: dict[str, RedisStore] = {}


def store() -> RedisStore | CacheStore:
    """Return the counter store: Redis when REDIS_URL is set, else the Django cache."""
    url = settings.REDIS_URL
    if not url:
        return CacheStore()
    if url not in _stores:
        _stores[url] = RedisStore(url)
    return _stores[url]


def visitor_hash(salt: str, ip: str, user_agent: str) -> str:
    return hashlib.sha256(f"{salt}|{ip}|{user_agent}".encode()).hexdigest()[:32]


def view_record(*, video_id: int, ip: str, user_agent: str) -> bool:
    """Count a view of `video_id` unless a bot or the same visitor already counted today; True if counted."""
    if is_bot(user_agent):
        return False
    backend = store()
    today = timezone.localdate()
    visitor = visitor_hash(backend.salt(today), ip, user_agent)
    if not backend.first_visit(f"{PREFIX}seen:{today.isoformat()}:{video_id}:{visitor}"):
        return False
    backend.increment(f"{today.isoformat()}:{video_id}")
    return True
