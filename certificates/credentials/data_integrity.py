"""Embedded Data Integrity proofs, cryptosuite eddsa-rdfc-2022: what JSON-LD wallets and verifiers read."""

import hashlib
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certificates.credentials.dates import isoformat, parse_datetime
from certificates.credentials.encoding import base58btc, base58btc_decode
from certificates.credentials.jsonld import canonical_nquads

DATA_INTEGRITY_SUITE = "eddsa-rdfc-2022"


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
