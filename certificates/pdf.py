"""Render a certificate as an A4 landscape PDF with WeasyPrint, from the pinned template revision.

Each process keeps the design of the revisions it rendered (`certificate_design`).

Fonts come from static/fonts (Noto Sans, Noto Naskh Arabic, SIL OFL) so the output never depends on
the machine's fonts; Arabic is laid out right to left and shaped by WeasyPrint's HarfBuzz.
"""

import base64
import functools
import time
from dataclasses import dataclass
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Revision
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

FONTS_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
RTL_LANGUAGES = {"ar"}
DEFAULT_ACCENT = "#1d4e89"


@dataclass(frozen=True)
class Wording:
    title: str
    wording: str
    footer: str


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str
    signature: str  # a data: URI, or "" without a scanned signature


@dataclass(frozen=True)
class CertificateDesign:
    """What a certificate template contributes to the page, images already encoded.

    Built once per template revision (revisions never change), so issuing many certificates neither
    deserialises the revision nor reads the logo and signatures again.
    """

    accent: str = DEFAULT_ACCENT
    logo: str = ""
    wordings: tuple[tuple[str, Wording], ...] = ()
    signatories: tuple[Signatory, ...] = ()

    def wording_for(self, language: str) -> Wording | None:
        """The wording in `language`, else in French, else the first one."""
        by_language = dict(self.wordings)
        first = self.wordings[0][1] if self.wordings else None
        return by_language.get(language) or by_language.get("fr") or first


def design_from_template(template) -> CertificateDesign:
    """Read a CertificateTemplate (usually a revision's `as_object()`) into a CertificateDesign."""
    return CertificateDesign(
        accent=template.accent_colour or DEFAULT_ACCENT,
        logo=_image_data_uri(template.logo, "max-320x160|format-png"),
        wordings=tuple(
            (text.language, Wording(text.title, text.wording, text.footer)) for text in template.texts.all()
        ),
        signatories=tuple(
            Signatory(s.name, s.role, _image_data_uri(s.signature, "max-360x120|format-png"))
            for s in template.signatories.all()
        ),
    )


# Designs of the template revisions this process has rendered, keyed by revision and its creation time
# (a revision never changes; the time guards against a primary key reused after a rollback). They are
# rebuilt after DESIGN_LIFETIME because an image (logo, signature) can have its file replaced in place.
DESIGN_LIFETIME = 300
_designs: dict[tuple[int, object], tuple[float, CertificateDesign]] = {}


def certificate_design(revision: Revision | None) -> CertificateDesign | None:
    """The design of a pinned template revision, read from the revision at most every few minutes."""
    if revision is None:
        return None
    key = (revision.pk, revision.created_at)
    built_at, design = _designs.get(key, (0.0, None))
    if design is None or time.monotonic() - built_at > DESIGN_LIFETIME:
        design = design_from_template(revision.as_object())
        if len(_designs) >= 64:
            _designs.clear()
        _designs[key] = (time.monotonic(), design)
    return design


@functools.cache
def _fonts() -> tuple[FontConfiguration, CSS]:
    """Load the shipped fonts once per process (rendering is then a fraction of the cost)."""
    font_config = FontConfiguration()
    faces = []
    for family, stem in (("Noto Sans", "NotoSans"), ("Noto Naskh Arabic", "NotoNaskhArabic")):
        for weight, style in ((400, "Regular"), (700, "Bold")):
            uri = (FONTS_DIR / f"{stem}-{style}.ttf").as_uri()
            faces.append(
                f"@font-face {{ font-family: '{family}'; font-weight: {weight}; src: url('{uri}'); }}"
            )
    return font_config, CSS(string="\n".join(faces), font_config=font_config)


def warm_up() -> None:
    """Load the fonts and WeasyPrint's machinery now (a worker's first certificate otherwise pays ~0.3 s)."""
    font_config, fonts_css = _fonts()
    HTML(string="<p>Académie <span lang='ar'>أكاديمية</span></p>").write_pdf(
        stylesheets=[fonts_css], font_config=font_config
    )


def _image_data_uri(image, spec: str) -> str:
    if image is None:
        return ""
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    mime = "image/png" if rendition.file.name.endswith(".png") else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def certificate_html(
    certificate, *, design: CertificateDesign | None, verify_url: str, issuer_name: str
) -> str:
    """The certificate's HTML in its own language (also what tests read to check the wording)."""
    design = design or CertificateDesign()
    # One pixel per module, drawn without smoothing (image-rendering: pixelated): as sharp as a vector
    # QR code at any zoom, but a 0.4 KB image that WeasyPrint draws faster than the SVG's paths.
    qr = segno.make(verify_url, error="m").png_data_uri(scale=1, border=0, dark="#111")
    with translation.override(certificate.language):
        return render_to_string(
            "certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "text": design.wording_for(certificate.language),
                "logo": design.logo,
                "signatories": design.signatories,
                "qr": qr,
                "verify_url": verify_url,
                "issuer_name": issuer_name,
                "rtl": certificate.language in RTL_LANGUAGES,
                "long_name": len(certificate.printed_name) > 48,
            },
        )


@functools.lru_cache(maxsize=32)
def _stylesheet(accent: str, rtl: bool) -> CSS:
    """The certificate's stylesheet for one accent and direction, parsed once (a tenth of a render)."""
    font_config, _fonts_css = _fonts()
    css = render_to_string(
        "certificates/certificate_pdf.css",
        {
            "accent": accent,
            "rtl": rtl,
            "start": "right" if rtl else "left",
            "end": "left" if rtl else "right",
        },
    )
    return CSS(string=css, font_config=font_config)


def render_pdf(certificate, *, design: CertificateDesign | None, verify_url: str, issuer_name: str) -> bytes:
    """The certificate as PDF bytes."""
    html = certificate_html(certificate, design=design, verify_url=verify_url, issuer_name=issuer_name)
    font_config, fonts_css = _fonts()
    stylesheet = _stylesheet((design or CertificateDesign()).accent, certificate.language in RTL_LANGUAGES)
    return HTML(string=html, base_url=str(FONTS_DIR)).write_pdf(
        stylesheets=[fonts_css, stylesheet], font_config=font_config
    )
