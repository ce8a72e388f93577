from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AcademyConfig(AppConfig):
    # Two AppConfig classes live here: without `default`, Django picks neither and ready() never runs.
    default = True
    name = "academy"
    verbose_name = _("Academy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy import signals

        signals.connect()


class AcademyUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, pointed at the Academy's user forms."""

    user_viewset = "academy.admin_users.UserViewSet"
