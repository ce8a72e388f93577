"""Check a certificate's signed credential as a third party would: signature, dates and status.

The credential is either form the Academy issues: a VC-JWT (.jwt) or JSON-LD with an embedded
Data Integrity proof (.json, eddsa-rdfc-2022). It uses only what is public: the credential (a file
or a URL), the issuer's DID document
(https://<host>/.well-known/did.json) and the status list the credential points to. Nothing is read
from this site's database. For a fully offline check, pass the DID document and the status list as
files (--did-document, --status-list) saved earlier.
"""

import http.client
import json
import urllib.request
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates.credentials import decode_jwt, did_document_url, verify_credential


class Command(BaseCommand):
    help = (
        "Verify an Open Badges 3.0 credential, VC-JWT or JSON-LD with a Data Integrity proof (file or "
        "URL): signature, validity dates, revocation status."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A .jwt or .json credential file, or the URL of one")
        parser.add_argument("--did-document", help="Use this saved DID document instead of fetching it")
        parser.add_argument(
            "--status-list", help="Use this saved status list (VC-JWT) instead of fetching it"
        )
        parser.add_argument("--timeout", type=float, default=10.0)

    def handle(self, *args, source, did_document=None, status_list=None, timeout=10.0, **options):
        saved: dict[str, bytes] = {}

        def fetch(url: str) -> bytes:
            if url in saved:
                return saved[url]
            if not url.startswith(("https://", "http://")):
                raise ValueError(f"refusing to fetch {url!r}")
            accept = "application/vc+jwt, application/vc, application/json"
            request = urllib.request.Request(url, headers={"Accept": accept})  # noqa: S310
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
                return response.read(200_000)

        try:
            token = self._read(source, fetch)
        except (OSError, ValueError, http.client.HTTPException) as error:
            raise CommandError(f"Cannot read {source}: {error}") from None
        if did_document:
            document = Path(did_document).read_bytes()
            saved[did_document_url(json.loads(document)["id"])] = document
        if status_list:
            try:
                unverified = json.loads(token) if token.startswith("{") else decode_jwt(token)[1]
                status_url = unverified["credentialStatus"]["statusListCredential"]
            except (ValueError, KeyError, TypeError):
                status_url = None  # an unreadable credential fails its signature check below
            if status_url:
                saved[status_url] = Path(status_list).read_bytes()
        result = verify_credential(token, fetch=fetch)
        for name, passed, detail in result.checks:
            mark = self.style.SUCCESS("ok  ") if passed else self.style.ERROR("FAIL")
            self.stdout.write(f"{mark} {name}: {detail}")
        if result.credential:
            subject = _node(result.credential.get("credentialSubject"))
            identifiers = subject.get("identifier")
            identifiers = identifiers if isinstance(identifiers, list) else [identifiers]
            names = [_first(_node(i).get("identityHash")) for i in identifiers]
            self.stdout.write(f"     holder: {', '.join(str(n) for n in names if n)}")
            self.stdout.write(f"     achievement: {_first(_node(subject.get('achievement')).get('name'))}")
            self.stdout.write(f"     issuer: {_node(result.credential.get('issuer')).get('id')}")
        if not result.ok:
            raise CommandError("The credential is NOT valid.")
        self.stdout.write(self.style.SUCCESS("The credential is valid."))

    def _read(self, source: str, fetch) -> str:
        if source.startswith(("https://", "http://")):
            return fetch(source).decode().strip()
        path = Path(source)
        if not path.exists():
            raise CommandError(f"No such file: {source}")
        return path.read_text(encoding="utf-8").strip()


def _first(value):
    """JSON-LD may hold one value or a list of them: the first one."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _node(value) -> dict:
    node = _first(value)
    return node if isinstance(node, dict) else {}
