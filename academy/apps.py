from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy import signals

        signals.connect()
