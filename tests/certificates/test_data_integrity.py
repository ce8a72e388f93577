"""The JSON-LD form of the credential: an embedded Data Integrity proof (eddsa-rdfc-2022)."""

import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certificates import credentials, keys, services
from certificates.credentials import base58btc_decode, verify_credential

# The eddsa-rdfc-2022 test vector of the W3C specification (vc-di-eddsa, TestVectors/): its key pair
# and signed credential. Signing must give the very same proof value, and verifying it must pass.
W3C_KEY_PAIR = {
    "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
    "privateKeyMultibase": "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq",
}
W3C_SIGNED = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
    "proof": {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2023-02-24T23:36:38Z",
        "verificationMethod": "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "proofPurpose": "assertionMethod",
        "proofValue": (
            "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9"
        ),
    },
}


@pytest.fixture
def examples_context(monkeypatch, tmp_path):
    """The W3C examples context the test vector uses (one @vocab), known for this test only."""
    from pyld import jsonld

    path = tmp_path / "examples-v2.jsonld"
    path.write_text(json.dumps({"@context": {"@vocab": "https://www.w3.org/ns/credentials/examples#"}}))
    monkeypatch.setitem(credentials.KNOWN_CONTEXTS, "https://www.w3.org/ns/credentials/examples/v2", path)
    yield
    jsonld._resolved_context_cache.clear()  # PyLD keeps static contexts process-wide: forget this one


def test_the_w3c_test_vector_verifies_and_signs_to_the_same_proof(examples_context):
    public_raw = base58btc_decode(W3C_KEY_PAIR["publicKeyMultibase"][1:])
    credentials.check_data_integrity_proof(W3C_SIGNED, Ed25519PublicKey.from_public_bytes(public_raw[2:]))

    private_raw = base58btc_decode(W3C_KEY_PAIR["privateKeyMultibase"][1:])
    unsigned = {key: value for key, value in W3C_SIGNED.items() if key != "proof"}
    signed = credentials.add_data_integrity_proof(
        unsigned,
        key=Ed25519PrivateKey.from_private_bytes(private_raw[2:]),
        verification_method=W3C_SIGNED["proof"]["verificationMethod"],
        created=datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC),
    )
    assert signed["proof"] == W3C_SIGNED["proof"]


def test_an_issued_certificate_has_a_json_ld_credential_a_third_party_can_verify(issue, http_fetch, client):
    certificate = issue(full_name="Aïssatou N'Diaye")
    document = json.loads(certificate.credential_json)
    assert document["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert document["proof"]["verificationMethod"] == keys.current_multikey_id()
    assert keys.current_multikey_id() in client.get("/.well-known/did.json").json()["assertionMethod"]
    # The same credential as the VC-JWT, without the JWT's registered claims.
    jwt_payload = credentials.decode_jwt(certificate.credential_jwt)[1]
    assert {k: v for k, v in jwt_payload.items() if k not in credentials.JWT_REGISTERED_CLAIMS} == {
        k: v for k, v in document.items() if k != "proof"
    }
    result = verify_credential(certificate.credential_json, fetch=http_fetch)
    assert result.ok, result.checks
    assert "Data Integrity proof" in result.checks[0][2]


def test_re_rendering_gives_the_same_proof(issue):
    certificate = issue()
    before = certificate.credential_json
    services.certificate_render(certificate=certificate)
    assert certificate.credential_json == before


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["credentialSubject"]["identifier"][0].update(identityHash="Aïssatou N'Diayf"),
        lambda d: d.update(validFrom="2020-01-01T00:00:00Z"),
        lambda d: d["proof"].update(created="2020-01-01T00:00:00Z"),
    ],
    ids=["name", "date", "proof-options"],
)
def test_changing_one_value_of_the_json_credential_breaks_the_proof(issue, http_fetch, tamper):
    document = json.loads(issue(full_name="Aïssatou N'Diaye").credential_json)
    tamper(document)
    result = verify_credential(json.dumps(document), fetch=http_fetch)
    assert result.checks == [("signature", False, "the signature does not match the content")]


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (lambda d: d.update(award="Doctorat"), "term 'award' is not defined"),
        (lambda d: d["@context"].append("https://evil.example/ctx"), "unknown JSON-LD context"),
        (lambda d: d["type"].append("FakeDegree"), "'FakeDegree' is neither a defined term nor an IRI"),
    ],
    ids=["undefined-term", "remote-context", "undefined-type"],
)
def test_additions_the_proof_would_not_cover_are_refused_not_dropped(issue, http_fetch, tamper, reason):
    from pyld.jsonld import JsonLdError

    document = json.loads(issue().credential_json)
    tamper(document)
    assert not verify_credential(json.dumps(document), fetch=http_fetch).ok
    # Canonicalisation itself (what signing uses) refuses them too, rather than signing without them.
    with pytest.raises(JsonLdError) as raised:
        credentials.canonical_nquads({k: v for k, v in document.items() if k != "proof"})
    assert reason in credentials.innermost_message(raised.value)


def test_a_revoked_certificate_fails_in_its_json_form_too(issue, http_fetch):
    certificate = issue()
    services.certificate_revoke(certificate=certificate, by=None, reason="Erreur")
    result = verify_credential(certificate.credential_json, fetch=http_fetch)
    assert result.checks[-1] == ("status", False, "revoked")


def test_the_json_credential_is_downloadable_and_rate_limited_like_the_jwt(issue, client):
    certificate = issue()
    response = client.get(f"/certificats/verifier/{certificate.code}/attestation.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc"
    assert f'certificate-{certificate.code}.json"' in response["Content-Disposition"]
    assert json.loads(response.content) == json.loads(certificate.credential_json)
    assert client.get("/certificats/verifier/AAAAAAAAAA/attestation.json").status_code == 404
    assert client.get("/certificats/verifier/'%3Bdrop/attestation.json").status_code == 404


def test_a_certificate_issued_before_json_credentials_gets_one_on_first_download(issue, client, http_fetch):
    certificate = issue()
    type(certificate).objects.filter(pk=certificate.pk).update(credential_json="")
    response = client.get(f"/certificats/verifier/{certificate.code}/attestation.json")
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert verify_credential(certificate.credential_json, fetch=http_fetch).ok
    # The same credential as the stored VC-JWT, with a proof dated when it was made.
    document = json.loads(certificate.credential_json)
    jwt_payload = credentials.decode_jwt(certificate.credential_jwt)[1]
    assert {k: v for k, v in jwt_payload.items() if k not in credentials.JWT_REGISTERED_CLAIMS} == {
        k: v for k, v in document.items() if k != "proof"
    }
    assert credentials.parse_datetime(document["proof"]["created"]) >= certificate.issued_at.replace(
        microsecond=0
    )


OB_VOCAB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"


def _forge_revoked_into_valid(document):
    """Move the signed status, subject and achievement under IRI keys, and put fakes where they are read."""
    subject = document["credentialSubject"]
    subject[OB_VOCAB + "achievement"] = subject.pop("achievement")
    subject[OB_VOCAB + "identifier"] = subject.pop("identifier")
    subject["achievement"] = {"id": "https://x y/", "type": ["Achievement"], "name": "Doctorat en médecine"}
    subject["identifier"] = [{"id": "urn:x y", "type": "IdentityObject", "identityHash": "Mallory"}]
    document["https://www.w3.org/2018/credentials#credentialStatus"] = document.pop("credentialStatus")


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (_forge_revoked_into_valid, "is not a term of the Academy's credentials"),
        (
            lambda d: d["@context"].append({"statut": "https://www.w3.org/2018/credentials#credentialStatus"}),
            "@context is not the Open Badges 3.0 one",
        ),
        (lambda d: d.update(credentialStatus=[]), "the signature does not match the content"),
        (lambda d: d["type"].append("https://evil.example/Doctorate degree"), "is neither a defined term"),
        (lambda d: d.update({"_:award": "Doctorat"}), "is not a term of the Academy's credentials"),
        (lambda d: d["credentialSubject"].update({"@index": "Doctorat"}), "is not a term"),
        (lambda d: d["proof"].update({"@context": [credentials.VC_CONTEXT]}), "is not a term"),
        (lambda d: d["proof"].update(proofValue="z" + "2" * 5_000), "not a multibase base58btc signature"),
        (lambda d: d["proof"].update(proofValue="z2"), "not an Ed25519 signature"),
        (lambda d: d["proof"].update(created=["2020"]), "no creation date"),
        (lambda d: d.update(validFrom=[]), "the signature does not match the content"),
    ],
    ids=[
        "signed-values-moved-under-iri-keys", "inline-context-alias", "status-emptied", "type-with-space",
        "blank-node-key", "index-keyword", "proof-context", "huge-proof-value", "short-proof-value",
        "proof-date-not-a-string", "date-not-a-string",
    ],
)  # fmt: skip
def test_a_revoked_or_edited_credential_never_verifies_in_another_spelling(issue, http_fetch, tamper, reason):
    certificate = issue(full_name="Aminata Diallo")
    services.certificate_revoke(certificate=certificate, by=None, reason="Fraude")
    document = json.loads(certificate.credential_json)
    tamper(document)
    result = verify_credential(json.dumps(document), fetch=http_fetch)
    assert not result.ok
    assert reason in result.checks[0][2] or reason in result.checks[-1][2], result.checks


def test_malformed_json_credentials_fail_cleanly(issue, http_fetch):
    issue()
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    for text in (deep, "[1]", '{"proof": "x"}', '{"@context": 5}', "{" + " " * 200_000 + "}"):
        result = verify_credential(text, fetch=http_fetch)
        assert not result.ok and result.checks[0][0] == "signature"


def test_the_key_must_be_an_assertion_method_controlled_by_the_issuer():
    key = Ed25519PrivateKey.generate().public_key()
    jwk = credentials.public_jwk(key)
    method = {"id": "did:web:a#k", "type": "JsonWebKey", "controller": "did:web:a", "publicKeyJwk": jwk}
    document = {"id": "did:web:a", "verificationMethod": [method], "assertionMethod": ["did:web:a#k"]}
    assert credentials.public_jwk(credentials.resolve_key(document, "did:web:a#k")) == jwk
    embedded = {"id": "did:web:a", "assertionMethod": [method]}
    assert credentials.public_jwk(credentials.resolve_key(embedded, "did:web:a#k")) == jwk
    for broken, reason in (
        ({**document, "assertionMethod": "did:web:a#k-and-more"}, "no assertion methods"),
        ({**document, "verificationMethod": [{**method, "controller": "did:web:b"}]}, "not controlled"),
        ({**document, "verificationMethod": [{**method, "type": "RsaKey"}]}, "not an Ed25519 key"),
    ):
        with pytest.raises(ValueError, match=reason):
            credentials.resolve_key(broken, "did:web:a#k")


def test_status_lists_that_are_garbage_truncated_or_bombs_are_reported_not_raised():
    import gzip

    from certificates.credentials import b64url

    valid = credentials.encode_bitstring({5})
    assert credentials.bit_is_set(valid, 5) and not credentials.bit_is_set(valid, 6)
    bomb = "u" + b64url(gzip.compress(b"\0" * (credentials.MAX_STATUS_LIST_BYTES + 1)))
    for encoded, index in ((valid, -1), (valid[:40], 5), ("u" + b64url(b"garbage"), 5), (bomb, 5), (7, 5)):
        with pytest.raises(ValueError):
            credentials.bit_is_set(encoded, index)


def test_a_credential_dated_without_a_time_zone_fails_its_date_check(issue, http_fetch):
    document = json.loads(issue().credential_json)
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    unsigned["validFrom"] = "2024-05-01T00:00:00"
    resigned = credentials.add_data_integrity_proof(
        unsigned,
        key=keys.signing_key(),
        verification_method=keys.current_multikey_id(),
        created=datetime.now(UTC),
    )
    result = verify_credential(json.dumps(resigned), fetch=http_fetch)
    assert result.checks[0][1] is True  # the signature is fine
    assert ("dates", False) in [(name, passed) for name, passed, _ in result.checks]


def test_the_command_shows_a_credential_written_with_single_values_instead_of_lists(issue, client, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    certificate = issue(full_name="Aminata Diallo")
    document = json.loads(certificate.credential_json)
    subject = document["credentialSubject"]
    subject["identifier"] = subject["identifier"][0]  # one value instead of a list: the same RDF
    subject["achievement"] = [subject["achievement"]]
    saved = tmp_path / "certificate.json"
    saved.write_text(json.dumps(document))
    did = tmp_path / "did.json"
    did.write_bytes(client.get("/.well-known/did.json").content)
    status = tmp_path / "status.jwt"
    status.write_bytes(client.get("/certificats/statut/0/").content)
    out = StringIO()
    call_command("verify_credential", str(saved), did_document=str(did), status_list=str(status), stdout=out)
    assert "holder: Aminata Diallo" in out.getvalue()
    assert "The credential is valid." in out.getvalue()
