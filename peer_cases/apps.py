from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeerCasesConfig(AppConfig):
    name = "peer_cases"
    verbose_name = _("Peer-learning case studies")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from peer_cases import contexts, receivers  # noqa: F401 (contexts registers what pages show)

        receivers.connect()
