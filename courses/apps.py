from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Training cycle")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses import contexts  # noqa: F401 (registers what the pages show)
