from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideoConfig(AppConfig):
    name = "courses.video"
    label = "video"
    verbose_name = _("Video library")
    default_auto_field = "django.db.models.BigAutoField"
