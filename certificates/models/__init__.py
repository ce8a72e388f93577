"""Models of the certificates app: the Wagtail-editable certificate template and issued certificates."""

from .certificates import CODE_ALPHABET, CODE_LENGTH, Certificate, normalise_code
from .templates import CertificateSignatory, CertificateTemplate, CertificateText

__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "Certificate",
    "CertificateSignatory",
    "CertificateTemplate",
    "CertificateText",
    "normalise_code",
]
