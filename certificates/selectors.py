"""Reads of the certificates app, with their joins already applied."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from certificates.credentials import STATUS_LIST_SIZE
from certificates.models import Certificate, CertificateTemplate


def certificate_list_for_learner(*, user) -> QuerySet[Certificate]:
    """Return the learner's issued certificates, newest first."""
    return Certificate.objects.filter(learner=user).exclude(credential_jwt="").order_by("-issued_at")


def certificate_by_code(*, code: str) -> Certificate | None:
    """Return the issued certificate with this (normalised) code, or None."""
    return Certificate.objects.filter(code=code).exclude(credential_jwt="").first()


def certificate_template_for_cycle(*, cycle_id: int | None) -> CertificateTemplate | None:
    """Return the template chosen for the cycle, else the default template, else none (one query).

    Its latest revision comes with it: that is what a certificate pins and renders.
    """
    chosen_for_cycle = Exists(
        CertificateTemplate.cycles.through.objects.filter(
            certificatetemplate_id=OuterRef("pk"), trainingcyclepage_id=cycle_id
        )
    )
    return (
        CertificateTemplate.objects.select_related("latest_revision")
        .annotate(chosen_for_cycle=chosen_for_cycle)
        .filter(Q(chosen_for_cycle=True) | Q(is_default=True))
        .order_by("-chosen_for_cycle", "pk")
        .first()
    )


def status_list_location(certificate_id: int) -> tuple[int, int]:
    """Which status list and which bit hold a certificate's revocation status."""
    return divmod(certificate_id, STATUS_LIST_SIZE)


def revoked_indices(*, list_number: int) -> set[int]:
    """Return the set bits of one status list: the revoked certificates in its range."""
    start = list_number * STATUS_LIST_SIZE
    pks = Certificate.objects.filter(
        status=Certificate.Status.REVOKED, pk__gte=start, pk__lt=start + STATUS_LIST_SIZE
    ).values_list("pk", flat=True)
    return {pk - start for pk in pks}
