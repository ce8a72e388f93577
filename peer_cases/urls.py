"""URLs of the peer_cases app (mounted under the language prefix by academy.urls)."""

from django.urls import path

from peer_cases import views

app_name = "peer_cases"
urlpatterns = [
    path("etudes-de-cas/<int:case_id>/analyse/", views.analysis_create, name="analysis_create"),
]
