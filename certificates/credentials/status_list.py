"""Bitstring status lists (W3C): one revocation bit per certificate, published as a signed credential."""

import gzip
import zlib
from datetime import datetime

from certificates.credentials.dates import isoformat
from certificates.credentials.encoding import b64url, b64url_decode
from certificates.credentials.jsonld import VC_CONTEXT

# The W3C minimum: 131,072 entries (16 KiB), so a list says little about any one holder.
STATUS_LIST_SIZE = 131_072
# Far above any real list (131,072 bits are 16 KiB), far below what would hurt: a gzip bomb stops here.
MAX_STATUS_LIST_BYTES = 1 << 20


def encode_bitstring(revoked: set[int], size: int = STATUS_LIST_SIZE) -> str:
    """GZIP the bitstring (index 0 is the left-most bit) and multibase-encode it (base64url, 'u')."""
    bits = bytearray(size // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


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
