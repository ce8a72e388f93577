"""The signed credential: OB 3.0 shape, VC-JWT with EdDSA and kid, DID document, status list, tampering."""

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates import credentials, keys, services
from certificates.credentials import (
    b64url,
    b64url_decode,
    bit_is_set,
    decode_jwt,
    encode_bitstring,
    public_jwk,
    verify_credential,
)


def test_did_document_is_served_outside_the_language_prefix(client, db):
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/did+json"
    document = response.json()
    assert document["id"] == "did:web:testserver"
    jwk = document["verificationMethod"][0]["publicKeyJwk"]
    assert jwk == public_jwk(keys.signing_key().public_key())
    assert keys.current_key_id() in document["assertionMethod"]
    assert document["verificationMethod"][1]["publicKeyMultibase"].startswith("z6Mk")
    assert client.get("/en/.well-known/did.json").status_code == 404


def test_did_web_encodes_a_port_and_maps_back_to_the_document_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://academie.example.org:8443"
    assert keys.issuer_did() == "did:web:academie.example.org%3A8443"
    assert (
        credentials.did_document_url(keys.issuer_did())
        == "https://academie.example.org:8443/.well-known/did.json"
    )
    assert (
        credentials.did_document_url("did:web:127.0.0.1%3A8000")
        == "http://127.0.0.1:8000/.well-known/did.json"
    )


def test_a_missing_key_file_is_generated_private_when_allowed_and_refused_otherwise(settings, tmp_path):
    path = tmp_path / "var" / "key.pem"
    settings.CERTIFICATES_SIGNING_KEY = ""
    settings.CERTIFICATES_SIGNING_KEY_FILE = str(path)
    keys.signing_key.cache_clear()
    try:
        settings.CERTIFICATES_SIGNING_KEY_GENERATE = False
        with pytest.raises(Exception, match="does not exist"):
            keys.signing_key()
        settings.CERTIFICATES_SIGNING_KEY_GENERATE = True
        key = keys.signing_key()
        assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        keys.signing_key.cache_clear()
        assert public_jwk(keys.signing_key().public_key()) == public_jwk(key.public_key())
    finally:
        keys.signing_key.cache_clear()


def test_the_key_can_come_inline_as_raw_base64url(settings):
    raw = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    seed = raw.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    settings.CERTIFICATES_SIGNING_KEY = b64url(seed)
    keys.signing_key.cache_clear()
    try:
        assert public_jwk(keys.signing_key().public_key()) == public_jwk(raw.public_key())
    finally:
        keys.signing_key.cache_clear()


def test_credential_is_an_open_badge_vc_jwt_signed_with_eddsa(issue):
    certificate = issue(full_name="Aminata Diallo", email="aminata@example.org")
    header, payload, _, signature = decode_jwt(certificate.credential_jwt)
    assert header == {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": keys.current_key_id()}
    assert len(signature) == 64
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert payload["issuer"]["id"] == payload["iss"] == "did:web:testserver"
    assert payload["validFrom"].endswith("Z")
    achievement = payload["credentialSubject"]["achievement"]
    assert achievement["name"] == certificate.achievement_name
    assert achievement["criteria"]["narrative"]
    assert achievement["description"]
    assert payload["credentialSubject"]["identifier"][0]["identityHash"] == "Aminata Diallo"
    assert payload["credentialStatus"]["type"] == "BitstringStatusListEntry"
    assert payload["credentialStatus"]["statusListIndex"] == str(certificate.pk)
    assert "aminata@example.org" not in json.dumps(payload)


def test_issued_credential_verifies_with_only_public_urls(issue, http_fetch):
    certificate = issue()
    result = verify_credential(certificate.credential_jwt, fetch=http_fetch)
    assert result.ok, result.checks
    assert [name for name, _, _ in result.checks] == ["signature", "type", "dates", "status"]


def _tamper(token: str, position: int) -> str:
    head, body, signature = token.split(".")
    payload = b64url_decode(body)
    changed = payload[:position] + bytes([payload[position] ^ 0x01]) + payload[position + 1 :]
    return ".".join([head, b64url(changed), signature])


def test_changing_one_character_of_the_payload_breaks_the_signature(issue, http_fetch):
    certificate = issue(full_name="Jean Dupont")
    token = certificate.credential_jwt
    payload = b64url_decode(token.split(".")[1])
    position = payload.index(b"Jean Dupont")  # "Jean" -> "Kean"
    tampered = _tamper(token, position)
    assert b"Kean Dupont" in b64url_decode(tampered.split(".")[1])
    result = verify_credential(tampered, fetch=http_fetch)
    assert not result.ok
    assert result.checks[0][:2] == ("signature", False)
    # A single changed character of the encoded payload (not just of the JSON) fails too.
    head, body, sig = token.split(".")
    swapped = body[:40] + ("A" if body[40] != "A" else "B") + body[41:]
    assert not verify_credential(".".join([head, swapped, sig]), fetch=http_fetch).ok


def test_a_credential_signed_by_another_key_fails(issue, http_fetch):
    certificate = issue()
    header, payload, _, _ = decode_jwt(certificate.credential_jwt)
    forged = credentials.sign_jwt(payload, key=Ed25519PrivateKey.generate(), kid=header["kid"])
    assert not verify_credential(forged, fetch=http_fetch).ok


def test_a_credential_not_yet_valid_fails_the_dates_check(issue, http_fetch):
    certificate = issue()
    result = verify_credential(
        certificate.credential_jwt, fetch=http_fetch, now=datetime.now(UTC) - timedelta(days=2)
    )
    assert ("dates", False) in [(n, p) for n, p, _ in result.checks]


def test_revocation_flips_the_status_list_and_the_verification(issue, http_fetch, make_user):
    certificate = issue()
    other = issue()
    assert verify_credential(certificate.credential_jwt, fetch=http_fetch).ok
    services.certificate_revoke(certificate=certificate, by=make_user(), reason="Erreur de saisie")
    result = verify_credential(certificate.credential_jwt, fetch=http_fetch)
    assert not result.ok
    assert result.checks[-1] == ("status", False, "revoked")
    assert verify_credential(other.credential_jwt, fetch=http_fetch).ok


def test_status_list_is_a_signed_bitstring_credential(issue, client, http_fetch):
    certificate = issue()
    services.certificate_revoke(certificate=certificate, by=None, reason="test")
    response = client.get("/certificats/statut/0/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    header, payload, _, _ = decode_jwt(response.content.decode())
    assert header["alg"] == "EdDSA"
    assert payload["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    encoded = payload["credentialSubject"]["encodedList"]
    assert bit_is_set(encoded, certificate.pk)
    assert not bit_is_set(encoded, certificate.pk + 1)


def test_bitstring_is_gzip_multibase_with_the_first_index_leftmost():
    encoded = encode_bitstring({0, 9, 131_071})
    assert encoded.startswith("u")
    assert [bit_is_set(encoded, i) for i in (0, 1, 8, 9, 131_071)] == [True, False, False, True, True]
    import gzip

    bits = gzip.decompress(b64url_decode(encoded[1:]))
    assert len(bits) == 16 * 1024 and bits[0] == 0x80 and bits[1] == 0x40


def test_fonts_are_shipped_with_their_licence():
    fonts = Path(__file__).resolve().parents[2] / "static" / "fonts"
    names = {p.name for p in fonts.iterdir()}
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "OFL.txt"} <= names
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text().upper()
    assert sum(p.stat().st_size for p in fonts.iterdir()) < 2 * 1024 * 1024


def test_the_credentials_package_needs_neither_django_nor_the_project():
    """Third parties verify with it as it is: importing it loads no Django, settings or models."""
    loaded = "import json, sys, certificates.credentials; print(json.dumps(sorted(sys.modules)))"
    env = {name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", loaded], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    modules = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert "certificates" in modules
    assert not modules & {"django", "academy", "wagtail", "celery", "courses"}
