"""The URLconf of `make serve` and `make bench`: the site plus a bare view, the throughput reference.

Production's URLconf (academy.urls) does not have it: only the local production-like server does.
"""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_GET

from academy.urls import urlpatterns as site_urlpatterns


@require_GET
def bare(request):
    """A view that does nothing, measured beside real pages as the throughput reference."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urlpatterns]
