"""VC-JWT: a credential as a compact JWS signed with EdDSA (Ed25519)."""

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.credentials.dates import parse_datetime
from certificates.credentials.encoding import b64url, b64url_decode

JWT_REGISTERED_CLAIMS = ("iss", "jti", "nbf", "iat")


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
