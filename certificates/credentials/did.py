"""did:web and Ed25519 public keys: where a DID document lives, and the key a credential names in it."""

import hashlib
import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from certificates.credentials.encoding import b64url, b64url_decode, base58btc, base58btc_decode

# Multicodec prefix of an Ed25519 public key, used by the Multikey (publicKeyMultibase) form.
ED25519_MULTICODEC = b"\xed\x01"


def public_jwk(public_key: Ed25519PublicKey) -> dict:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def jwk_thumbprint(jwk: dict) -> str:
    """RFC 7638 thumbprint: a stable name for a key, used as the fragment of its key id."""
    canonical = json.dumps({k: jwk[k] for k in ("crv", "kty", "x")}, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode()).digest())


def public_key_from_jwk(jwk: dict) -> Ed25519PublicKey:
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise ValueError("not an Ed25519 key")
    return Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))


def did_document_url(did: str) -> str:
    """Where a did:web DID document lives (http only for a local host, as did:web allows for tests)."""
    if not did.startswith("did:web:"):
        raise ValueError(f"unsupported DID method: {did}")
    parts = did[len("did:web:") :].split(":")
    host = parts[0].replace("%3A", ":").replace("%3a", ":")
    path = "/".join(parts[1:]) + "/did.json" if len(parts) > 1 else ".well-known/did.json"
    scheme = "http" if host.split(":")[0] in ("127.0.0.1", "localhost", "testserver") else "https"
    return f"{scheme}://{host}/{path}"


def verification_methods(did: str, public_key: Ed25519PublicKey) -> list[dict]:
    jwk = public_jwk(public_key)
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    thumbprint = jwk_thumbprint(jwk)
    return [
        {"id": f"{did}#{thumbprint}", "type": "JsonWebKey", "controller": did, "publicKeyJwk": jwk},
        {
            "id": f"{did}#{thumbprint}-multikey",
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": "z" + base58btc(ED25519_MULTICODEC + raw),
        },
    ]


def resolve_key(did_doc: dict, kid: str) -> Ed25519PublicKey:
    """Find `kid` among the document's assertion methods and return its Ed25519 public key."""
    assertion = did_doc.get("assertionMethod")
    if not isinstance(assertion, list):
        raise ValueError(f"the DID document of {did_doc.get('id')} lists no assertion methods")
    # An assertion method is either a reference to a verification method or one embedded in place.
    embedded = [m for m in assertion if isinstance(m, dict)]
    if kid not in assertion and not any(m.get("id") == kid for m in embedded):
        raise ValueError(f"key {kid} is not an assertion method of {did_doc.get('id')}")
    methods = [*embedded, *(m for m in did_doc.get("verificationMethod", []) if isinstance(m, dict))]
    for method in methods:
        if method.get("id") != kid:
            continue
        if method.get("controller") != did_doc.get("id"):
            raise ValueError(f"key {kid} is not controlled by {did_doc.get('id')}")
        if method.get("type") == "JsonWebKey" and isinstance(method.get("publicKeyJwk"), dict):
            return public_key_from_jwk(method["publicKeyJwk"])
        multibase = method.get("publicKeyMultibase")
        if method.get("type") == "Multikey" and isinstance(multibase, str) and multibase.startswith("z"):
            raw = base58btc_decode(multibase[1:60])
            if raw.startswith(ED25519_MULTICODEC) and len(raw) == 34:
                return Ed25519PublicKey.from_public_bytes(raw[2:])
        raise ValueError(f"key {kid} is not an Ed25519 key")
    raise ValueError(f"key {kid} is not published in the DID document")
