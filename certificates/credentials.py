"""Open Badges 3.0 credentials, signed two ways, Bitstring status lists, and their verification.

Each credential is secured as a VC-JWT (EdDSA) and, for wallets and verifiers that want JSON-LD, as
the same credential with an embedded Data Integrity proof (cryptosuite eddsa-rdfc-2022).

Nothing here touches the database: the builders take plain values and the verifier only needs a way
to fetch a URL (the DID document and the status list), so `verify_credential` checks a credential
exactly as a third party would.
"""

import copy
import functools
import gzip
import hashlib
import http.client
import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

from certificates.keys import (
    b64url,
    b64url_decode,
    base58btc,
    base58btc_decode,
    did_document_url,
    resolve_key,
)

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# JSON-LD contexts are read from copies shipped with the code, never fetched: canonicalisation then
# works offline and nobody can change what a signed credential means by editing a remote context.
CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
KNOWN_CONTEXTS = {
    VC_CONTEXT: CONTEXTS_DIR / "credentials-v2.jsonld",
    OB_CONTEXT: CONTEXTS_DIR / "ob-context-3.0.3.jsonld",
}
DATA_INTEGRITY_SUITE = "eddsa-rdfc-2022"
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


@functools.cache
def _context_document(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _load_shipped_context(url: str, options=None) -> dict:
    if url not in KNOWN_CONTEXTS:
        raise jsonld.JsonLdError(f"unknown JSON-LD context {url}", "jsonld.LoadDocumentError")
    document = copy.deepcopy(_context_document(KNOWN_CONTEXTS[url]))
    # "static": the file never changes, so PyLD may keep the processed context for every later call.
    return {"contextUrl": None, "documentUrl": url, "document": document, "tag": "static"}


# PyLD's own test of an absolute IRI: its RDF conversion skips anything else (a space, say) silently.
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
# Keywords that survive expansion but never reach the RDF, so a proof would not cover them.
_UNSIGNED_KEYWORDS = {"@index", "@direction"}


def _refuse_dropped_property(expanded_property) -> None:
    name = f"term {expanded_property!r}" if expanded_property else "a property"
    raise jsonld.JsonLdError(f"{name} is not defined by the contexts", "safe mode")


def _check_signable(node) -> None:
    """Refuse what expansion keeps but RDF conversion drops: it would be outside what a proof signs."""
    if isinstance(node, list):
        for item in node:
            _check_signable(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in _UNSIGNED_KEYWORDS or key.startswith("_:"):
                raise jsonld.JsonLdError(f"{key!r} cannot be signed", "safe mode")
            if key in ("@type", "@id") and "@value" not in node:
                for iri in value if isinstance(value, list) else [value]:
                    if not (isinstance(iri, str) and (_ABSOLUTE_IRI.match(iri) or iri.startswith("_:"))):
                        raise jsonld.JsonLdError(f"{iri!r} is neither a defined term nor an IRI", "safe mode")
            elif key != "@value":
                _check_signable(value)


def canonical_nquads(document: dict) -> str:
    """RDF Dataset Canonicalization (RDFC-1.0, URDNA2015) of a JSON-LD document, as N-Quads.

    Safe mode, as Data Integrity requires: an undefined term, type or keyword that RDF conversion would
    drop raises, since it would be left out of what the proof signs. (Several JSON spellings can still
    give one RDF form: `verify_credential` accepts only the plain form the Academy issues.)
    """
    options = {"documentLoader": _load_shipped_context, "base": None}
    processor = jsonld.JsonLdProcessor(on_property_dropped=_refuse_dropped_property)
    expanded = processor.expand(document, options)
    _check_signable(expanded)
    return processor.normalize(
        expanded, {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
    )


def _proof_hash(document: dict, proof_options: dict) -> bytes:
    """The eddsa-rdfc-2022 hash data: SHA-256 of the proof configuration, then of the document."""
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    proof_config = {"@context": unsecured["@context"], **proof_options}
    return (
        hashlib.sha256(canonical_nquads(proof_config).encode()).digest()
        + hashlib.sha256(canonical_nquads(unsecured).encode()).digest()
    )


def add_data_integrity_proof(
    credential: dict, *, key: Ed25519PrivateKey, verification_method: str, created: datetime
) -> dict:
    """Return the credential with an embedded DataIntegrityProof (eddsa-rdfc-2022)."""
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": DATA_INTEGRITY_SUITE,
        "created": isoformat(created),
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    signature = key.sign(_proof_hash(credential, proof))
    return {**credential, "proof": {**proof, "proofValue": "z" + base58btc(signature)}}


def check_data_integrity_proof(document: dict, public_key: Ed25519PublicKey) -> None:
    """Raise ValueError unless the document's eddsa-rdfc-2022 proof verifies with `public_key`."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        raise ValueError("no embedded proof")
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != DATA_INTEGRITY_SUITE:
        raise ValueError(f"unsupported proof {proof.get('type')!r} / {proof.get('cryptosuite')!r}")
    if proof.get("proofPurpose") != "assertionMethod":
        raise ValueError("the proof is not for assertion")
    if "@context" in proof:  # it would replace the document's contexts in the proof configuration
        raise ValueError("a proof with its own @context is not supported")
    created = proof.get("created")
    if not isinstance(created, str):
        raise ValueError("the proof has no creation date")
    parse_datetime(created)  # ValueError when it is not a date and time
    value = proof.get("proofValue")
    # An Ed25519 signature is 64 bytes: 86 to 88 base58 characters after the 'z'.
    if not isinstance(value, str) or not value.startswith("z") or len(value) > 100:
        raise ValueError("the proof value is not a multibase base58btc signature")
    signature = base58btc_decode(value[1:])
    if len(signature) != 64:
        raise ValueError("the proof value is not an Ed25519 signature")
    options = {name: item for name, item in proof.items() if name != "proofValue"}
    try:
        public_key.verify(signature, _proof_hash(document, options))
    except InvalidSignature:
        raise ValueError("the signature does not match the content") from None


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


JWT_REGISTERED_CLAIMS = ("iss", "jti", "nbf", "iat")


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


# Far above any real list (131,072 bits are 16 KiB), far below what would hurt: a gzip bomb stops here.
MAX_STATUS_LIST_BYTES = 1 << 20


def bit_is_set(encoded_list: str, index: int) -> bool:
    if not isinstance(encoded_list, str) or not encoded_list.startswith("u"):
        raise ValueError("the status list is not multibase base64url")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip framing
    try:
        bits = inflater.decompress(b64url_decode(encoded_list[1:]), MAX_STATUS_LIST_BYTES)
    except zlib.error as error:
        raise ValueError(f"the status list is not valid gzip: {error}") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("the status list is truncated or too large")
    if not 0 <= index < len(bits) * 8:
        raise ValueError("status index outside the list")
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


def _innermost_message(error: Exception) -> str:
    """pyld wraps the error that matters ("term 'x' is not defined") in generic ones: unwrap it."""
    while getattr(error, "cause", None) or error.__cause__:
        error = getattr(error, "cause", None) or error.__cause__
    return str(error.args[0] if error.args else error)


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
        raise ValueError(f"cannot canonicalise the credential: {_innermost_message(error)}") from None
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
