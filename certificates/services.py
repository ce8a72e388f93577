"""Writes of the certificates app: issue (exactly once), render, email the learner, revoke.

Exactly once: a partial unique constraint allows one certificate per learner and module (or cycle);
`certificate_issue` inserts and renders the row in one transaction, so a concurrent duplicate insert
waits for the winner's commit, fails, and reads the winner's finished certificate; a row left
unrendered is rendered under a row lock, so two workers never render twice.

The PDF and its design cache are in `pdf`, the signed credentials and status lists in `signing`.
"""

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Revision

from academy.absolute_urls import absolute_url
from academy.emails import email_user
from certificates.models import Certificate
from certificates.pdf import certificate_design, render_pdf
from certificates.selectors import certificate_template_for_cycle, status_list_location
from certificates.signing import ISSUER_NAME, credential_for, status_list_cache_key, verification_url
from courses.models import ModulePage, TrainingCyclePage


def _achievement(*, module_id, cycle_id) -> dict:
    """What a certificate attests, as it reads today (frozen on the certificate at issuance)."""
    if module_id is not None:
        module = ModulePage.objects.get(pk=module_id)
        cycle = TrainingCyclePage.objects.parent_of(module).get()
        return {
            "page": module,
            "cycle_id": cycle.pk,
            "achievement_name": f"{module.title} — {cycle.title}",
            "achievement_description": module.introduction or strip_tags(module.objectives),
            "hours": module.estimated_hours,
        }
    cycle = TrainingCyclePage.objects.get(pk=cycle_id)
    modules = ModulePage.objects.child_of(cycle).live()
    return {
        "page": cycle,
        "cycle_id": cycle.pk,
        "achievement_name": cycle.title,
        "achievement_description": cycle.introduction or strip_tags(cycle.objectives),
        "hours": sum((m.estimated_hours for m in modules), 0),
    }


def _pinned_template_revision(cycle_id) -> Revision | None:
    template = certificate_template_for_cycle(cycle_id=cycle_id)
    if template is None:
        return None
    return template.latest_revision or template.save_revision()


def certificate_issue(
    *, user_id: int, module_id: int | None = None, cycle_id: int | None = None
) -> Certificate:
    """Create (once) the learner's certificate for a module or cycle, render it and email the learner.

    Safe to call any number of times, concurrently: the second caller gets the same certificate.
    """
    if (module_id is None) == (cycle_id is None):
        raise ValueError("Give exactly one of module_id and cycle_id.")
    lookup = {"module_id": module_id} if module_id is not None else {"cycle_id": cycle_id}
    certificate = Certificate.objects.filter(learner_id=user_id, **lookup).first()
    if certificate is None:
        certificate = _create_and_render(user_id=user_id, module_id=module_id, cycle_id=cycle_id)
    if not certificate.is_issued:  # created by an older version, or a failed render: render it now
        with transaction.atomic():
            locked = (
                Certificate.objects.select_for_update(of=("self",))
                .select_related("template_revision")
                .get(pk=certificate.pk)
            )
            if not locked.is_issued:
                certificate_render(certificate=locked)
            certificate = locked
    if certificate.emailed_at is None:
        _email_learner(certificate)
    return certificate


def _create_and_render(*, user_id: int, module_id: int | None, cycle_id: int | None) -> Certificate:
    """Insert the certificate and render it in one transaction.

    The uncommitted row holds the unique index: a concurrent issuer's insert waits for this commit,
    then fails, and that issuer reads the committed certificate instead of rendering it again.
    """
    from academy.models import User

    lookup = {"module_id": module_id} if module_id is not None else {"cycle_id": cycle_id}
    user = User.objects.get(pk=user_id)
    achievement = _achievement(module_id=module_id, cycle_id=cycle_id)
    revision = _pinned_template_revision(achievement["cycle_id"])
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                learner=user,
                **lookup,
                # Never the email address (get_full_name's fallback): the verification page is public.
                printed_name=(user.full_name or "").strip() or _("Learner of the Academy"),
                achievement_name=achievement["achievement_name"][:255],
                achievement_description=achievement["achievement_description"],
                hours=achievement["hours"],
                language=user.preferred_language,
                issued_at=timezone.now(),
                template_revision=revision,
            )
            certificate_render(certificate=certificate, achievement_page=achievement["page"])
    except IntegrityError:
        winner = Certificate.objects.filter(learner_id=user_id, **lookup).first()
        if winner is None:  # not a duplicate: an unlucky verification code, or a real error
            raise
        return winner
    return certificate


def certificate_render(*, certificate: Certificate, achievement_page: Page | None = None) -> Certificate:
    """(Re)build the PDF and the signed credential from the certificate's frozen data and pinned template."""
    verify_url = verification_url(certificate)
    pdf_bytes = render_pdf(
        certificate,
        design=certificate_design(certificate.template_revision),
        verify_url=verify_url,
        issuer_name=ISSUER_NAME,
    )
    certificate.credential_jwt, certificate.credential_json = credential_for(
        certificate, verify_url=verify_url, achievement_page=achievement_page
    )
    old_name = certificate.pdf.name if certificate.pdf else ""
    # An unguessable folder: even where media files are served directly, nobody can list or guess them.
    name = f"{get_random_string(24)}/{certificate.code}.pdf"
    certificate.pdf.save(name, ContentFile(pdf_bytes), save=False)
    certificate.save(update_fields=["pdf", "credential_jwt", "credential_json"])
    if old_name:
        certificate.pdf.storage.delete(old_name)
    return certificate


def _email_learner(certificate: Certificate) -> None:
    """Email the learner once: the row is marked first, so a retried task never sends twice."""
    updated = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not updated:
        return
    email_user(
        certificate.learner,
        subject=gettext_lazy("Your certificate: %(name)s"),
        subject_params={"name": certificate.achievement_name},
        body_template="certificates/email_issued.txt",
        context={
            "certificate": certificate,
            "list_url": absolute_url("certificates:mine"),
            "verify_url": verification_url(certificate),
        },
    )


def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    """Revoke a certificate with a reason: the verification page and the status list say so at once."""
    if certificate.is_revoked:
        return certificate
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason.strip()
    certificate.revoked_by = by
    certificate.full_clean()
    certificate.save(update_fields=["status", "revoked_at", "revocation_reason", "revoked_by"])
    list_number, _index = status_list_location(certificate.pk)
    # Now for this process, and again after commit in case a reader re-cached the old list meanwhile.
    cache.delete(status_list_cache_key(list_number))
    transaction.on_commit(lambda: cache.delete(status_list_cache_key(list_number)))
    return certificate
