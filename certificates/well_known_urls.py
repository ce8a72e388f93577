"""URLs of the certificates app that live at fixed, unprefixed paths under /.well-known/ (did:web)."""

from django.urls import path

from certificates import views

urlpatterns = [
    path("did.json", views.did_document, name="did_document"),
]
