"""Render a certificate as an A4 landscape PDF with WeasyPrint, from the pinned template revision.

Fonts come from static/fonts (Noto Sans, Noto Naskh Arabic, SIL OFL) so the output never depends on
the machine's fonts; Arabic is laid out right to left and shaped by WeasyPrint's HarfBuzz.
"""

import base64
import functools
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

FONTS_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
RTL_LANGUAGES = {"ar"}


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


def _image_data_uri(image, spec: str) -> str:
    if image is None:
        return ""
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    mime = "image/png" if rendition.file.name.endswith(".png") else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def pick_text(template, language: str):
    """The template's wording in `language`, else in French, else its first wording."""
    if template is None:
        return None
    texts = list(template.texts.all())
    by_language = {text.language: text for text in texts}
    return by_language.get(language) or by_language.get("fr") or (texts[0] if texts else None)


def certificate_html(certificate, *, template, verify_url: str, issuer_name: str) -> str:
    """The certificate's HTML in its own language (also what tests read to check the wording)."""
    qr = segno.make(verify_url, error="m")
    signatories = [
        {"name": s.name, "role": s.role, "signature": _image_data_uri(s.signature, "max-360x120|format-png")}
        for s in (template.signatories.all() if template else [])
    ]
    with translation.override(certificate.language):
        return render_to_string(
            "certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "text": pick_text(template, certificate.language),
                "accent": (template.accent_colour if template else "") or "#1d4e89",
                "logo": _image_data_uri(template.logo, "max-320x160|format-png") if template else "",
                "signatories": signatories,
                "qr": qr.svg_data_uri(scale=4, border=0, dark="#111"),
                "verify_url": verify_url,
                "issuer_name": issuer_name,
                "rtl": certificate.language in RTL_LANGUAGES,
                "start": "right" if certificate.language in RTL_LANGUAGES else "left",
                "end": "left" if certificate.language in RTL_LANGUAGES else "right",
                "long_name": len(certificate.printed_name) > 48,
            },
        )


def render_pdf(html: str) -> bytes:
    font_config, fonts_css = _fonts()
    return HTML(string=html, base_url=str(FONTS_DIR)).write_pdf(
        stylesheets=[fonts_css], font_config=font_config
    )
