"""The Open Badges 3.0 credential (VC 2.0 data model) the Academy issues for a certificate."""

from datetime import datetime

from certificates.credentials.dates import isoformat
from certificates.credentials.jsonld import OB_CONTEXT, VC_CONTEXT


def open_badge_credential(
    *,
    credential_id: str,
    issuer_did: str,
    issuer_name: str,
    issuer_url: str,
    valid_from: datetime,
    subject_name: str,
    achievement_id: str,
    achievement_name: str,
    achievement_description: str,
    criteria: str,
    hours,
    status_list_url: str,
    status_index: int,
    language: str,
) -> dict:
    """Build an OpenBadgeCredential (VC 2.0 data model) with a revocation status entry."""
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement_name,
        "issuer": {"id": issuer_did, "type": ["Profile"], "name": issuer_name, "url": issuer_url},
        "validFrom": isoformat(valid_from),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            # The printed name, in clear as on the PDF; never an email address.
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": subject_name,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": achievement_name,
                "description": achievement_description or achievement_name,
                "criteria": {"narrative": criteria},
                "inLanguage": language,
                **({"humanCode": f"{hours} h"} if hours else {}),
            },
        },
        "credentialStatus": {
            "id": f"{status_list_url}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_list_url,
        },
    }
