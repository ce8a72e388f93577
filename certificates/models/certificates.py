"""Issued certificates: one per learner and achievement (a module or a whole cycle), never re-issued."""

import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: a code read aloud or typed from paper stays unambiguous. 31**10 is about 8e14.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10
_CODE_RE = re.compile(f"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str | None:
    """Return the canonical code for what someone typed (case, spaces, dashes ignored), or None."""
    code = re.sub(r"[\s\-]", "", (raw or "")[:40]).upper()
    return code if _CODE_RE.match(code) else None


class Certificate(models.Model):
    """A certificate attesting that a learner completed a module or a training cycle."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    cycle = models.ForeignKey(
        "courses.TrainingCyclePage",
        verbose_name=_("training cycle"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # What the certificate says, frozen at issuance: later edits of the profile or the page change nothing.
    printed_name = models.CharField(_("name as printed"), max_length=255)
    achievement_name = models.CharField(_("achievement"), max_length=255)
    achievement_description = models.TextField(_("achievement description"), blank=True)
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1, default=0)
    language = models.CharField(_("language"), max_length=8, choices=settings.CONTENT_LANGUAGES, default="fr")
    issued_at = models.DateTimeField(_("issued at"))
    code = models.CharField(_("verification code"), max_length=CODE_LENGTH, unique=True, default=new_code)
    template_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("template revision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The certificate template as it was at issuance; later edits never change it."),
    )
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.VALID)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revocation"), max_length=500, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)
    credential_jwt = models.TextField(_("signed credential (VC-JWT)"), blank=True)
    credential_json = models.TextField(
        _("signed credential (JSON-LD with a Data Integrity proof)"), blank=True
    )
    emailed_at = models.DateTimeField(_("learner emailed at"), null=True, blank=True)

    # Listed in the admin as a snippet, but nothing links to a certificate: skip reference indexing.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(module__isnull=False, cycle__isnull=True)
                | Q(module__isnull=True, cycle__isnull=False),
                name="certificates_certificate_one_achievement",
            ),
            models.UniqueConstraint(
                fields=["learner", "module"],
                condition=Q(module__isnull=False),
                name="certificates_once_per_module",
            ),
            models.UniqueConstraint(
                fields=["learner", "cycle"],
                condition=Q(cycle__isnull=False),
                name="certificates_once_per_cycle",
            ),
        ]
        permissions = [("revoke_certificate", _("Can revoke a certificate"))]

    def __str__(self):
        return f"{self.code} · {self.printed_name} · {self.achievement_name}"

    @property
    def is_revoked(self) -> bool:
        return self.status == self.Status.REVOKED

    @property
    def is_issued(self) -> bool:
        """True once the PDF and the signed credential exist."""
        return bool(self.pdf) and bool(self.credential_jwt)

    @property
    def display_code(self) -> str:
        return f"{self.code[:5]}-{self.code[5:]}"

    @property
    def achievement_page_id(self) -> int:
        return self.module_id or self.cycle_id
