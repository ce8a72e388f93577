"""JSON-LD for Data Integrity: the shipped contexts and safe-mode RDF canonicalisation (RDFC-1.0)."""

import copy
import functools
import json
import re
from pathlib import Path

from pyld import jsonld

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# JSON-LD contexts are read from copies shipped with the code, never fetched: canonicalisation then
# works offline and nobody can change what a signed credential means by editing a remote context.
CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
KNOWN_CONTEXTS = {
    VC_CONTEXT: CONTEXTS_DIR / "credentials-v2.jsonld",
    OB_CONTEXT: CONTEXTS_DIR / "ob-context-3.0.3.jsonld",
}


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


def innermost_message(error: Exception) -> str:
    """pyld wraps the error that matters ("term 'x' is not defined") in generic ones: unwrap it."""
    while getattr(error, "cause", None) or error.__cause__:
        error = getattr(error, "cause", None) or error.__cause__
    return str(error.args[0] if error.args else error)
