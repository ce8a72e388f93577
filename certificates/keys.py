"""The issuer's Ed25519 signing key and its public identity: a did:web DID and its DID document.

The private key comes from settings: `CERTIFICATES_SIGNING_KEY` (PEM text, or the base64url of the
32-byte raw key) or `CERTIFICATES_SIGNING_KEY_FILE` (a path to a PEM file). When
`CERTIFICATES_SIGNING_KEY_GENERATE` is on (dev, test, `make serve`, `load_demo`) a missing file is
created; production settings refuse to start without a key.
"""

import functools
import os
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from academy.absolute_urls import site_base_url
from certificates.credentials.did import jwk_thumbprint, public_jwk, verification_methods
from certificates.credentials.encoding import b64url_decode


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


def issuer_did() -> str:
    """Return `did:web:<host>` of the site (a port is percent-encoded, as did:web requires)."""
    netloc = urlsplit(site_base_url()).netloc
    return "did:web:" + quote(netloc, safe="")


def current_key_id() -> str:
    """The DID URL of the current key in its JsonWebKey form (the `kid` of VC-JWTs)."""
    return f"{issuer_did()}#{jwk_thumbprint(public_jwk(signing_key().public_key()))}"


def current_multikey_id() -> str:
    """The DID URL of the current key in its Multikey form (Data Integrity proofs name this one)."""
    return current_key_id() + "-multikey"


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
        methods.extend(verification_methods(did, key))
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
