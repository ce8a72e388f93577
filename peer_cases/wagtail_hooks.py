"""Admin of the peer_cases app: trainers moderate learners' analyses."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from peer_cases.models import PeerAnalysis
from peer_cases.services import analysis_moderate


class PeerAnalysisEditView(EditView):
    """Save a moderation decision through the service, which notifies the author."""

    def save_instance(self):
        instance = self.form.instance
        return analysis_moderate(
            analysis=instance,
            status=instance.status,
            moderator=self.request.user,
            note=instance.moderation_note,
        )


class PeerAnalysisViewSet(SnippetViewSet):
    """Learners' analyses awaiting a trainer's decision, newest first."""

    model = PeerAnalysis
    icon = "comment"
    menu_label = _("Peer analyses")
    menu_order = 250
    add_to_admin_menu = True
    edit_view_class = PeerAnalysisEditView
    list_display = ["case", "author", "status", "created_at"]
    list_filter = ["status"]
    list_export = [
        "case",
        "author",
        "status",
        "created_at",
        "strength",
        "weakness",
        "improvement",
        "transfer",
    ]
    search_fields = ["strength", "weakness", "improvement", "transfer"]
    ordering = ["-created_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("case", read_only=True),
                FieldPanel("author", read_only=True),
                FieldPanel("strength", read_only=True),
                FieldPanel("weakness", read_only=True),
                FieldPanel("improvement", read_only=True),
                FieldPanel("transfer", read_only=True),
            ],
            heading=_("The analysis"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("moderation_note")], heading=_("Decision")),
    ]

    def get_queryset(self, request):
        return PeerAnalysis.objects.select_related("case", "author")


register_snippet(PeerAnalysisViewSet)
