"""Writes of the peer_cases app: peer analyses, their moderation and the case library's workflow setup."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from academy.emails import email_user
from academy.page_cache import bump_content_version
from academy.roles import MODERATORS
from peer_cases.models import CaseStudyIndexPage, CaseStudyPage, PeerAnalysis
from peer_cases.signals import analysis_decided

WORKFLOW_NAME = "Modération des études de cas"
TASK_NAME = "Validation par un modérateur"


class CaseNotOpenForAnalysis(Exception):
    """The case is not published (or not public): nobody can analyse it."""


def case_workflow_get_or_create() -> Workflow:
    """Return the case moderation workflow, creating it with its moderators' approval task if needed."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task, _ = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
        moderators, _ = Group.objects.get_or_create(name=MODERATORS)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def case_index_setup(*, index: CaseStudyIndexPage) -> None:
    """Put the library under the moderation workflow (trainers' page permissions: academy.roles)."""
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": case_workflow_get_or_create()})


def analysis_submit(*, case: CaseStudyPage, author, data: dict) -> PeerAnalysis:
    """Store a learner's analysis of a live, public case; it waits for moderation."""
    if not CaseStudyPage.objects.live().public().filter(pk=case.pk).exists():
        raise CaseNotOpenForAnalysis
    analysis = PeerAnalysis(
        case=case,
        author=author,
        strength=data["strength"],
        weakness=data["weakness"],
        improvement=data["improvement"],
        transfer=data["transfer"],
    )
    analysis.full_clean()
    analysis.save()
    return analysis


def analysis_moderate(*, analysis: PeerAnalysis, status: str, moderator, note: str = "") -> PeerAnalysis:
    """Record a trainer's decision; readers see it at once and, after commit, `analysis_decided` is sent."""
    analysis.status = status
    analysis.moderation_note = note
    analysis.moderated_by = moderator
    analysis.moderated_at = timezone.now()
    analysis.full_clean()
    analysis.save()
    bump_content_version()
    if status != PeerAnalysis.Status.PENDING:
        analysis_id = analysis.pk
        transaction.on_commit(
            lambda: analysis_decided.send(sender=PeerAnalysis, analysis_id=analysis_id, status=status)
        )
    return analysis


def analysis_notify_author(*, analysis: PeerAnalysis) -> bool:
    """Email the author the moderation decision once per decision; return whether an email was sent."""
    with transaction.atomic():
        analysis = (
            PeerAnalysis.objects.select_for_update().select_related("author", "case").get(pk=analysis.pk)
        )
        if analysis.status == PeerAnalysis.Status.PENDING or analysis.notified_status == analysis.status:
            return False
        author = analysis.author
        email_user(
            author,
            subject_template="peer_cases/email/analysis_decision_subject.txt",
            body_template="peer_cases/email/analysis_decision_body.txt",
            context={"analysis": analysis, "author": author, "case_url": analysis.case.full_url},
        )
        analysis.notified_status = analysis.status
        analysis.save(update_fields=["notified_status"])
    return True
