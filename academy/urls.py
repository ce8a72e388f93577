"""URL map: one-language-prefix routing (French unprefixed), the admin, accounts and Wagtail pages."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy import views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    # did:web needs this exact path, outside the language prefixes.
    path(".well-known/", include("certificates.well_known_urls")),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Local only (dev server and `make serve`); production serves media from object storage or a CDN.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("compte/", include("allauth.urls")),
    path("compte/profil/", views.profile, name="profile"),
    path("recherche/", views.search, name="search"),
    path("", include("courses.urls")),
    path("", include("courses.video.urls")),
    path("", include("peer_cases.urls")),
    path("", include("certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
