"""Open Badges 3.0 credentials, signed two ways, Bitstring status lists, and their verification.

Each credential is secured as a VC-JWT (EdDSA) and, for wallets and verifiers that want JSON-LD, as
the same credential with an embedded Data Integrity proof (cryptosuite eddsa-rdfc-2022).

Pure crypto and JSON, no models and no database: the builders take plain values and the verifier only
needs a way to fetch a URL, so third-party verification code can use this package as it is. One module
per concern, everything re-exported here (`from certificates import credentials; credentials.sign_jwt`):

- `jsonld`: the shipped JSON-LD contexts (`contexts/`) and safe-mode RDF canonicalisation;
- `encoding`: base64url and base58btc;
- `did`: did:web, Ed25519 public keys as JWK and Multikey, finding a credential's key in a DID document;
- `dates`: dates as credentials write them;
- `jwt`: VC-JWT signing and decoding;
- `data_integrity`: the embedded eddsa-rdfc-2022 proof;
- `open_badge`: the OpenBadgeCredential of a certificate;
- `status_list`: Bitstring status lists (revocation);
- `verify`: `verify_credential`, what a verifier runs.

The issuer's own key and DID come from settings in `certificates.keys`; what builds and signs the
credentials of a stored certificate is `certificates.signing`.
"""

from certificates.credentials.data_integrity import (
    DATA_INTEGRITY_SUITE,
    add_data_integrity_proof,
    check_data_integrity_proof,
)
from certificates.credentials.dates import isoformat, parse_datetime
from certificates.credentials.did import (
    ED25519_MULTICODEC,
    did_document_url,
    jwk_thumbprint,
    public_jwk,
    public_key_from_jwk,
    resolve_key,
    verification_methods,
)
from certificates.credentials.encoding import b64url, b64url_decode, base58btc, base58btc_decode
from certificates.credentials.jsonld import (
    CONTEXTS_DIR,
    KNOWN_CONTEXTS,
    OB_CONTEXT,
    VC_CONTEXT,
    canonical_nquads,
    innermost_message,
)
from certificates.credentials.jwt import JWT_REGISTERED_CLAIMS, decode_jwt, jwt_claims, sign_jwt
from certificates.credentials.open_badge import open_badge_credential
from certificates.credentials.status_list import (
    MAX_STATUS_LIST_BYTES,
    STATUS_LIST_SIZE,
    bit_is_set,
    encode_bitstring,
    status_list_credential,
)
from certificates.credentials.verify import (
    MAX_CREDENTIAL_SIZE,
    PLAIN_TERMS,
    Fetch,
    Verification,
    verify_credential,
)

__all__ = [
    "CONTEXTS_DIR",
    "DATA_INTEGRITY_SUITE",
    "ED25519_MULTICODEC",
    "JWT_REGISTERED_CLAIMS",
    "KNOWN_CONTEXTS",
    "MAX_CREDENTIAL_SIZE",
    "MAX_STATUS_LIST_BYTES",
    "OB_CONTEXT",
    "PLAIN_TERMS",
    "STATUS_LIST_SIZE",
    "VC_CONTEXT",
    "Fetch",
    "Verification",
    "add_data_integrity_proof",
    "b64url",
    "b64url_decode",
    "base58btc",
    "base58btc_decode",
    "bit_is_set",
    "canonical_nquads",
    "check_data_integrity_proof",
    "decode_jwt",
    "did_document_url",
    "encode_bitstring",
    "innermost_message",
    "isoformat",
    "jwk_thumbprint",
    "jwt_claims",
    "open_badge_credential",
    "parse_datetime",
    "public_jwk",
    "public_key_from_jwk",
    "resolve_key",
    "sign_jwt",
    "status_list_credential",
    "verification_methods",
    "verify_credential",
]
