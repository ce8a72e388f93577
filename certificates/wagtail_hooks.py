"""Admin: certificate templates (editable, with revisions) and issued certificates (read-only, revocable)."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from certificates.models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    list_display = ["name", "is_default"]
    search_fields = ["name"]


class RevokeColumn(Column):
    """A link to the revocation form (revocation goes through the service, never a plain edit)."""

    def get_value(self, instance):
        if instance.is_revoked:
            return _("Revoked")
        return format_html(
            '<a href="{}">{}</a>', reverse("certificates:revoke", args=[instance.code]), _("Revoke")
        )


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "success"
    list_display = [
        "display_code",
        "printed_name",
        "achievement_name",
        "issued_at",
        RevokeColumn("revoke", label=""),
    ]
    list_filter = ["status", "language"]
    list_export = ["code", "printed_name", "achievement_name", "hours", "issued_at", "status", "revoked_at"]
    search_fields = ["code", "printed_name", "achievement_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "printed_name",
        "achievement_name",
        "hours",
        "language",
        "issued_at",
        "status",
        "revoked_at",
        "revocation_reason",
        "template_revision",
    ]
    # Issued certificates are frozen: nothing is editable here; revocation has its own form.
    panels = [
        FieldPanel(name, read_only=True)
        for name in ("printed_name", "achievement_name", "issued_at", "status", "revocation_reason")
    ]


class CertificatesGroup(SnippetViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "success"
    menu_order = 320
    items = (CertificateViewSet, CertificateTemplateViewSet)


register_snippet(CertificatesGroup)
