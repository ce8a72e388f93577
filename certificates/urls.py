"""URLs of the certificates app (mounted under the language prefix by academy.urls)."""

app_name = "certificates"
urlpatterns: list = []
