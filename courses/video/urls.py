"""URLs of the video library outside the page tree: the counted media links."""

from django.urls import path

from courses.video import views

app_name = "video"
urlpatterns = [
    path("videotheque/fichier/<int:pk>/<str:label>/", views.media, name="media"),
]
