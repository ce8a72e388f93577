"""URLs of the certificates app (mounted under the language prefix by academy.urls)."""

from django.urls import path

from certificates import views

app_name = "certificates"
urlpatterns = [
    path("certificats/", views.my_certificates, name="mine"),
    path("certificats/verifier/", views.verify_form, name="verify_form"),
    path("certificats/verifier/<str:code>/", views.verify, name="verify"),
    path("certificats/verifier/<str:code>/attestation.jwt", views.credential, name="credential"),
    path(
        "certificats/verifier/<str:code>/attestation.json",
        views.credential,
        {"form": "json"},
        name="credential_json",
    ),
    path("certificats/<str:code>/pdf/", views.pdf, name="pdf"),
    path("certificats/<str:code>/revoquer/", views.revoke, name="revoke"),
    path("certificats/statut/<int:list_number>/", views.status_list, name="status_list"),
]
