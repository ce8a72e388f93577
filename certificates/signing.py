"""Build and sign the credentials of a stored certificate, and the status lists that revoke them.

The bridge between the rows and the pure credential code: `certificates.credentials` knows nothing of
the database (third parties verify with it), `certificates.keys` holds the issuer's key and DID, and
this module reads a Certificate and its pages to feed them. It lives beside the package rather than in
it so the package never imports models. Imports run one way, with no cycle: `services` (issuance,
revocation) and `views` import this module; this module imports models, selectors, keys and the
credentials package, never `services`.
"""

import json

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Page

from academy.absolute_urls import absolute_url, site_base_url
from certificates import credentials, keys
from certificates.models import Certificate
from certificates.selectors import revoked_indices, status_list_location

ISSUER_NAME = settings.WAGTAIL_SITE_NAME


def verification_url(certificate: Certificate) -> str:
    return absolute_url("certificates:verify", certificate.code)


def status_list_url(list_number: int) -> str:
    return absolute_url("certificates:status_list", list_number)


def status_list_cache_key(list_number: int) -> str:
    return f"certificates:status-list:{list_number}"


def credential_for(
    certificate: Certificate, *, verify_url: str, achievement_page: Page | None = None
) -> tuple[str, str]:
    """Return the certificate's OpenBadgeCredential signed twice with the issuer's key.

    First as a VC-JWT, then as JSON-LD with an embedded Data Integrity proof (eddsa-rdfc-2022) dated
    at issuance, so re-rendering a certificate gives the same proof.
    """
    list_number, index = status_list_location(certificate.pk)
    page = achievement_page or Page.objects.filter(pk=certificate.achievement_page_id).first()
    achievement_id = (page.full_url if page else None) or f"{site_base_url()}/"
    if certificate.module_id:
        criteria = "Every lesson of the module completed, its quiz passed and any required session attended."
    else:
        criteria = "Every module of the training cycle completed."
    credential = credentials.open_badge_credential(
        credential_id=verify_url,
        issuer_did=keys.issuer_did(),
        issuer_name=ISSUER_NAME,
        issuer_url=site_base_url() + "/",
        valid_from=certificate.issued_at,
        subject_name=certificate.printed_name,
        achievement_id=achievement_id,
        achievement_name=certificate.achievement_name,
        achievement_description=certificate.achievement_description,
        criteria=criteria,
        hours=certificate.hours,
        status_list_url=status_list_url(list_number),
        status_index=index,
        language=certificate.language,
    )
    key = keys.signing_key()
    jwt = credentials.sign_jwt(credentials.jwt_claims(credential), key=key, kid=keys.current_key_id())
    with_proof = credentials.add_data_integrity_proof(
        credential, key=key, verification_method=keys.current_multikey_id(), created=certificate.issued_at
    )
    return jwt, json.dumps(with_proof, ensure_ascii=False, indent=2)


def certificate_credential_json(*, certificate: Certificate) -> str:
    """The JSON-LD credential, signed now for a certificate issued before that form existed.

    It is the credential of the stored VC-JWT (so both forms say the same), with a proof created now.
    """
    if not certificate.credential_json:
        claims = credentials.decode_jwt(certificate.credential_jwt)[1]
        credential = {k: v for k, v in claims.items() if k not in credentials.JWT_REGISTERED_CLAIMS}
        with_proof = credentials.add_data_integrity_proof(
            credential,
            key=keys.signing_key(),
            verification_method=keys.current_multikey_id(),
            created=timezone.now(),
        )
        certificate.credential_json = json.dumps(with_proof, ensure_ascii=False, indent=2)
        Certificate.objects.filter(pk=certificate.pk, credential_json="").update(
            credential_json=certificate.credential_json
        )
    return certificate.credential_json


def status_list_jwt(*, list_number: int) -> str:
    """Return the signed BitstringStatusListCredential of one list (cached until a revocation)."""
    key = status_list_cache_key(list_number)
    token = cache.get(key)
    if token is None:
        credential = credentials.status_list_credential(
            url=status_list_url(list_number),
            issuer_did=keys.issuer_did(),
            revoked=revoked_indices(list_number=list_number),
            valid_from=timezone.now(),
        )
        token = credentials.sign_jwt(
            {**credential, "iss": credential["issuer"]}, key=keys.signing_key(), kid=keys.current_key_id()
        )
        cache.set(key, token, timeout=60 * 60)
    return token
