"""The issuer's Ed25519 signing key and its public identity: a did:web DID and its DID document.

The private key comes from settings: `CERTIFICATES_SIGNING_KEY` (PEM text, or the base64url of the
32-byte raw key) or `CERTIFICATES_SIGNING_KEY_FILE` (a path to a PEM file). When
`CERTIFICATES_SIGNING_KEY_GENERATE` is on (dev, test, `make serve`, `load_demo`) a missing file is
created; production settings refuse to start without a key.
"""

import base64
import functools
import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Multicodec prefix of an Ed25519 public key, used by the Multikey (publicKeyMultibase) form.
ED25519_MULTICODEC = b"\xed\x01"
B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base58btc(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58_ALPHABET[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        position = B58_ALPHABET.find(char)
        if position < 0:
            raise ValueError(f"{char!r} is not a base58btc character")
        number = number * 58 + position
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def _load_private_key(raw: bytes) -> Ed25519PrivateKey:
    text = raw.strip()
    if text.startswith(b"-----BEGIN"):
        key = serialization.load_pem_private_key(text, password=None)
    else:
        key = Ed25519PrivateKey.from_private_bytes(b64url_decode(text.decode("ascii")))
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("The certificate signing key must be an Ed25519 key.")
    return key


def _generate_key_file(path: Path) -> None:
    """Write a new PEM key with owner-only permissions; a concurrent writer simply wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


@functools.cache
def signing_key() -> Ed25519PrivateKey:
    """Return the issuer's private key (see the module docstring for where it comes from)."""
    inline = getattr(settings, "CERTIFICATES_SIGNING_KEY", "")
    if inline:
        return _load_private_key(inline.encode())
    path_setting = getattr(settings, "CERTIFICATES_SIGNING_KEY_FILE", "")
    if not path_setting:
        raise ImproperlyConfigured("Set CERTIFICATES_SIGNING_KEY or CERTIFICATES_SIGNING_KEY_FILE.")
    path = Path(path_setting)
    if not path.exists() and getattr(settings, "CERTIFICATES_SIGNING_KEY_GENERATE", False):
        _generate_key_file(path)
    if not path.exists():
        raise ImproperlyConfigured(f"The certificate signing key file {path} does not exist.")
    return _load_private_key(path.read_bytes())


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


def site_base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def issuer_did() -> str:
    """Return `did:web:<host>` of the site (a port is percent-encoded, as did:web requires)."""
    netloc = urlsplit(site_base_url()).netloc
    return "did:web:" + quote(netloc, safe="")


def did_document_url(did: str) -> str:
    """Where a did:web DID document lives (http only for a local host, as did:web allows for tests)."""
    if not did.startswith("did:web:"):
        raise ValueError(f"unsupported DID method: {did}")
    parts = did[len("did:web:") :].split(":")
    host = parts[0].replace("%3A", ":").replace("%3a", ":")
    path = "/".join(parts[1:]) + "/did.json" if len(parts) > 1 else ".well-known/did.json"
    scheme = "http" if host.split(":")[0] in ("127.0.0.1", "localhost", "testserver") else "https"
    return f"{scheme}://{host}/{path}"


def current_key_id() -> str:
    """The DID URL of the current key in its JsonWebKey form (the `kid` of VC-JWTs)."""
    return f"{issuer_did()}#{jwk_thumbprint(public_jwk(signing_key().public_key()))}"


def current_multikey_id() -> str:
    """The DID URL of the current key in its Multikey form (Data Integrity proofs name this one)."""
    return current_key_id() + "-multikey"


def _verification_methods(did: str, public_key: Ed25519PublicKey) -> list[dict]:
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


def retired_public_keys() -> list[Ed25519PublicKey]:
    """Keys that signed older credentials (PEM texts in CERTIFICATES_RETIRED_PUBLIC_KEYS)."""
    return [
        serialization.load_pem_public_key(pem.encode())
        for pem in getattr(settings, "CERTIFICATES_RETIRED_PUBLIC_KEYS", [])
    ]


def did_document() -> dict:
    """Return the DID document publishing the current key and retired ones (so old credentials verify)."""
    did = issuer_did()
    methods = []
    for key in [signing_key().public_key(), *retired_public_keys()]:
        methods.extend(_verification_methods(did, key))
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1",
            "https://w3id.org/security/multikey/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [m["id"] for m in methods],
        "authentication": [m["id"] for m in methods],
    }


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
