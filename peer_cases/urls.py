"""URLs of the peer_cases app (mounted under the language prefix by academy.urls)."""

app_name = "peer_cases"
urlpatterns: list = []
