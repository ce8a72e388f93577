"""Check a credential exactly as a third party would: signature, validity dates, revocation status.

Nothing here touches the database: `verify_credential` only needs a way to fetch a URL (the issuer's
DID document and the status list the credential points to).
"""

import http.client
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from pyld import jsonld

from certificates.credentials.data_integrity import DATA_INTEGRITY_SUITE, check_data_integrity_proof
from certificates.credentials.dates import parse_datetime
from certificates.credentials.did import did_document_url, resolve_key
from certificates.credentials.jsonld import OB_CONTEXT, VC_CONTEXT, innermost_message
from certificates.credentials.jwt import decode_jwt
from certificates.credentials.status_list import bit_is_set


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


def _did_document(did: str, fetch: Fetch, did_cache: dict) -> dict:
    if did not in did_cache:
        did_cache[did] = json.loads(fetch(did_document_url(did)))
    return did_cache[did]


def _issuer_id(credential: dict):
    issuer = credential.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer


def _verify_signed(token: str, fetch: Fetch, did_cache: dict) -> tuple[dict, dict]:
    """Check a VC-JWT's signature against its issuer's DID document; return (header, payload)."""
    header, payload, signing_input, signature = decode_jwt(token)
    if header.get("alg") != "EdDSA":
        raise ValueError(f"unexpected algorithm {header.get('alg')!r}")
    kid = header.get("kid", "")
    did = kid.split("#")[0]
    if did != _issuer_id(payload):
        raise ValueError("the signing key does not belong to the credential's issuer")
    try:
        resolve_key(_did_document(did, fetch, did_cache), kid).verify(signature, signing_input)
    except InvalidSignature:
        raise ValueError("the signature does not match the content") from None
    return header, payload


# The keys of the credentials the Academy issues, in plain compacted form. Accepting only these (and
# only the shipped contexts, by URL) means every value `verify_credential` reads was signed: an IRI as a
# key, an inline context or a keyword could otherwise move a signed value out of the place it is read
# from without changing the RDF the proof covers.
PLAIN_TERMS = frozenset(
    {
        "id", "type", "name", "description", "url", "issuer", "validFrom", "validUntil",
        "credentialSubject", "identifier", "identityType", "hashed", "identityHash",
        "achievement", "achievementType", "criteria", "narrative", "inLanguage", "humanCode",
        "credentialStatus", "statusPurpose", "statusListIndex", "statusListCredential",
        "proof", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue",
    }
)  # fmt: skip
MAX_CREDENTIAL_SIZE = 100_000


def _check_plain_form(node, *, top: bool = True) -> None:
    if isinstance(node, list):
        for item in node:
            _check_plain_form(item, top=False)
    elif isinstance(node, dict):
        for key, value in node.items():
            if top and key == "@context":
                if value != [VC_CONTEXT, OB_CONTEXT]:
                    raise ValueError("the credential's @context is not the Open Badges 3.0 one")
            elif key not in PLAIN_TERMS:
                raise ValueError(f"{key!r} is not a term of the Academy's credentials")
            else:
                _check_plain_form(value, top=False)


def _verify_embedded(text: str, fetch: Fetch, did_cache: dict) -> dict:
    """Check a JSON-LD credential's Data Integrity proof against its issuer's DID document."""
    document = json.loads(text)
    if not isinstance(document, dict):
        raise ValueError("not a JSON credential")
    _check_plain_form(document)
    proof = document.get("proof")
    method = proof.get("verificationMethod", "") if isinstance(proof, dict) else ""
    did = method.split("#")[0] if isinstance(method, str) else ""
    if not did or did != _issuer_id(document):
        raise ValueError("the signing key does not belong to the credential's issuer")
    try:
        check_data_integrity_proof(document, resolve_key(_did_document(did, fetch, did_cache), method))
    except jsonld.JsonLdError as error:
        raise ValueError(f"cannot canonicalise the credential: {innermost_message(error)}") from None
    return document


def verify_credential(text: str, *, fetch: Fetch, now: datetime | None = None) -> Verification:
    """Check signature, validity dates and revocation status of a credential, fetching what it points to.

    `text` is a VC-JWT, or a JSON-LD credential with an embedded eddsa-rdfc-2022 proof.
    """
    now = now or datetime.now(UTC)
    result = Verification()
    did_cache: dict = {}
    embedded = text.lstrip().startswith("{")
    try:
        if len(text) > MAX_CREDENTIAL_SIZE:
            raise ValueError("too large for a certificate's credential")
        if embedded:
            payload = _verify_embedded(text, fetch, did_cache)
        else:
            _header, payload = _verify_signed(text, fetch, did_cache)
    except RecursionError:
        result.add("signature", False, "nested too deeply to be a credential")
        return result
    except (ValueError, KeyError, TypeError, AttributeError, OSError, http.client.HTTPException) as error:
        result.add("signature", False, str(error))
        return result
    result.credential = payload
    how = f"Data Integrity proof ({DATA_INTEGRITY_SUITE})" if embedded else "EdDSA signature (VC-JWT)"
    result.add("signature", True, f"{how} valid with the issuer's published key")
    types = payload.get("type")
    if not result.add(
        "type", isinstance(types, list) and "OpenBadgeCredential" in types, "OpenBadgeCredential"
    ):
        return result
    try:
        valid_from = parse_datetime(payload["validFrom"])
        valid_until = parse_datetime(payload["validUntil"]) if payload.get("validUntil") else None
        if valid_from.tzinfo is None or (valid_until is not None and valid_until.tzinfo is None):
            raise ValueError("a date without a time zone")
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        result.add("dates", False, f"unreadable dates: {error}")
        return result
    in_force = valid_from <= now and (valid_until is None or now < valid_until)
    result.add(
        "dates", in_force, f"valid from {payload['validFrom']}" + (" (not yet)" if now < valid_from else "")
    )
    status = payload.get("credentialStatus")
    if status is not None and not isinstance(status, dict):
        result.add("status", False, "unreadable status entry")
        return result
    if not status:
        result.add("status", True, "no status entry")
        return result
    try:
        list_token = fetch(status["statusListCredential"]).decode()
        _, status_list = _verify_signed(list_token, fetch, did_cache)
        if status_list.get("issuer") != _issuer_id(payload):
            raise ValueError("the status list has another issuer")
        revoked = bit_is_set(status_list["credentialSubject"]["encodedList"], int(status["statusListIndex"]))
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OverflowError,
        OSError,
        http.client.HTTPException,
    ) as error:
        result.add("status", False, f"status list unusable: {error}")
        return result
    result.add("status", not revoked, "revoked" if revoked else "not revoked")
    return result
