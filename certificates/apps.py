from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from certificates import receivers
        from courses.signals import cycle_completed, module_completed

        module_completed.connect(receivers.on_module_completed, dispatch_uid="certificates.module_completed")
        cycle_completed.connect(receivers.on_cycle_completed, dispatch_uid="certificates.cycle_completed")
