"""A full-response cache for anonymous readers of Wagtail pages.

Most readers are anonymous and on slow links; serving them a stored response keeps page views near
the cost of a bare view. Safety rules, in order:
- only GET/HEAD of `wagtail_serve` URLs, and only for requests carrying no session or messages cookie,
  so nothing personal can be stored or served;
- never store a response that sets a cookie or used a CSRF token, or that is not a plain 200 HTML page;
- the key includes a content version that publishing, unpublishing, deleting pages and saving
  snippets or site settings bump, so an edit is visible at once; entries also expire after a while.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "academy:page-cache:version"
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}
TIMEOUT = getattr(settings, "ANONYMOUS_PAGE_CACHE_SECONDS", 600)


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_content_version(**_kwargs) -> None:
    """Invalidate every cached page (call when anything an anonymous page shows has changed)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _key(request) -> str:
    raw = "|".join(
        [
            str(content_version()),
            request.get_host(),
            request.get_full_path(),
            request.headers.get("Save-Data", "").lower(),
        ]
    )
    return "academy:page-cache:" + hashlib.sha256(raw.encode()).hexdigest()


def _is_anonymous_reader(request) -> bool:
    return request.method in ("GET", "HEAD") and not (PERSONAL_COOKIES & request.COOKIES.keys())


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous Wagtail page responses (see the module docstring for the rules)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_reader(request) or not getattr(settings, "ANONYMOUS_PAGE_CACHE", True):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._storable(request, response):
            headers = [(k, v) for k, v in response.items() if k.lower() not in ("set-cookie", "x-page-cache")]
            cache.set(key, (response.status_code, headers, response.content), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        match = getattr(request, "resolver_match", None)
        return (
            match is not None
            and match.url_name == "wagtail_serve"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(request, "page_cache_exempt", False)
            and response.get("Content-Type", "").startswith("text/html")
            and "private" not in response.get("Cache-Control", "")
        )
