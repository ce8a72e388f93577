"""Open Badges 3.0 credentials as VC-JWT (EdDSA), Bitstring status lists, and their verification.

Nothing here touches the database: the builders take plain values and the verifier only needs a way
to fetch a URL (the DID document and the status list), so `verify_credential` checks a credential
exactly as a third party would.
"""

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.keys import b64url, b64url_decode, did_document_url, resolve_key

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# The W3C minimum: 131,072 entries (16 KiB), so a list says little about any one holder.
STATUS_LIST_SIZE = 131_072


def isoformat(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def sign_jwt(payload: dict, *, key: Ed25519PrivateKey, kid: str) -> str:
    """Return a compact JWS (VC-JWT) of `payload` signed with EdDSA (Ed25519)."""
    header = {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": kid}
    signing_input = (
        b64url(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    )
    return signing_input + "." + b64url(key.sign(signing_input.encode("ascii")))


def decode_jwt(token: str) -> tuple[dict, dict, bytes, bytes]:
    """Split a compact JWS into header, payload, signing input and signature (nothing verified)."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise ValueError("not a compact JWS (three dot-separated parts expected)")
    header = json.loads(b64url_decode(parts[0]))
    payload = json.loads(b64url_decode(parts[1]))
    return header, payload, f"{parts[0]}.{parts[1]}".encode("ascii"), b64url_decode(parts[2])


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


def jwt_claims(credential: dict) -> dict:
    """The credential plus the registered JWT claims older VC-JWT verifiers look for."""
    valid_from = int(parse_datetime(credential["validFrom"]).timestamp())
    claims = {
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": valid_from,
        "iat": valid_from,
    }
    return {**credential, **claims}


def encode_bitstring(revoked: set[int], size: int = STATUS_LIST_SIZE) -> str:
    """GZIP the bitstring (index 0 is the left-most bit) and multibase-encode it (base64url, 'u')."""
    bits = bytearray(size // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


def bit_is_set(encoded_list: str, index: int) -> bool:
    if not encoded_list.startswith("u"):
        raise ValueError("the status list is not multibase base64url")
    bits = gzip.decompress(b64url_decode(encoded_list[1:]))
    if index >= len(bits) * 8:
        raise ValueError("status index beyond the end of the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(*, url: str, issuer_did: str, revoked: set[int], valid_from: datetime) -> dict:
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did,
        "validFrom": isoformat(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bitstring(revoked),
        },
    }


@dataclass
class Verification:
    """What checking a credential found: `ok` only when every check passed."""

    checks: list[tuple[str, bool, str]] = field(default_factory=list)
    credential: dict | None = None

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(passed for _, passed, _ in self.checks)

    def add(self, name: str, passed: bool, detail: str = "") -> bool:
        self.checks.append((name, passed, detail))
        return passed


Fetch = Callable[[str], bytes]


def _verify_signed(token: str, fetch: Fetch, did_cache: dict) -> tuple[dict, dict]:
    """Check a VC-JWT's signature against its issuer's DID document; return (header, payload)."""
    header, payload, signing_input, signature = decode_jwt(token)
    if header.get("alg") != "EdDSA":
        raise ValueError(f"unexpected algorithm {header.get('alg')!r}")
    kid = header.get("kid", "")
    did = kid.split("#")[0]
    issuer = payload.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if did != issuer_id:
        raise ValueError("the signing key does not belong to the credential's issuer")
    if did not in did_cache:
        did_cache[did] = json.loads(fetch(did_document_url(did)))
    try:
        resolve_key(did_cache[did], kid).verify(signature, signing_input)
    except InvalidSignature:
        raise ValueError("the signature does not match the content") from None
    return header, payload


def verify_credential(token: str, *, fetch: Fetch, now: datetime | None = None) -> Verification:
    """Check signature, validity dates and revocation status of a VC-JWT, fetching what it points to."""
    now = now or datetime.now(UTC)
    result = Verification()
    did_cache: dict = {}
    try:
        _header, payload = _verify_signed(token, fetch, did_cache)
    except (ValueError, KeyError, TypeError, OSError) as error:
        result.add("signature", False, str(error))
        return result
    result.credential = payload
    result.add("signature", True, "EdDSA signature valid with the issuer's published key")
    if not result.add("type", "OpenBadgeCredential" in payload.get("type", []), "OpenBadgeCredential"):
        return result
    try:
        valid_from = parse_datetime(payload["validFrom"])
        valid_until = parse_datetime(payload["validUntil"]) if payload.get("validUntil") else None
    except (KeyError, ValueError) as error:
        result.add("dates", False, f"unreadable dates: {error}")
        return result
    in_force = valid_from <= now and (valid_until is None or now < valid_until)
    result.add(
        "dates", in_force, f"valid from {payload['validFrom']}" + (" (not yet)" if now < valid_from else "")
    )
    status = payload.get("credentialStatus")
    if not status:
        result.add("status", True, "no status entry")
        return result
    try:
        list_token = fetch(status["statusListCredential"]).decode()
        _, status_list = _verify_signed(list_token, fetch, did_cache)
        if status_list.get("issuer") != payload["issuer"]["id"]:
            raise ValueError("the status list has another issuer")
        revoked = bit_is_set(status_list["credentialSubject"]["encodedList"], int(status["statusListIndex"]))
    except (ValueError, KeyError, TypeError, OSError) as error:
        result.add("status", False, f"status list unusable: {error}")
        return result
    result.add("status", not revoked, "revoked" if revoked else "not revoked")
    return result
