"""URLs of the courses app (mounted under the language prefix by academy.urls)."""

app_name = "courses"
urlpatterns: list = []
