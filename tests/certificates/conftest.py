"""Fixtures of the certificates tests: a small training cycle, a certificate template, issued certificates."""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from academy.models import HomePage
from certificates import services
from certificates.models import CertificateSignatory, CertificateTemplate, CertificateText
from courses.models import LessonPage, ModuleCompletion, ModulePage, TrainingCyclePage


@pytest.fixture
def training(site_tree):
    """A live cycle with two modules of one lesson each."""
    home = HomePage.objects.first()
    cycle = home.add_child(
        instance=TrainingCyclePage(
            title="Cycle de la coopération décentralisée", slug="cycle", introduction="Le cycle."
        )
    )
    modules = []
    for number, hours in ((1, "6.5"), (3, "4")):
        module = cycle.add_child(
            instance=ModulePage(
                title=f"Module {number} — Monter un partenariat",
                slug=f"module-{number}",
                number=number,
                estimated_hours=hours,
                introduction="Identifier ses partenaires et monter un projet.",
            )
        )
        module.add_child(instance=LessonPage(title=f"Leçon {number}.1", slug=f"lecon-{number}-1"))
        modules.append(module)
    return {"cycle": cycle, "modules": modules}


@pytest.fixture
def certificate_template(training):
    """The default template with wording in French and Arabic and one signatory, with a first revision."""
    template = CertificateTemplate(name="Modèle test", is_default=True)
    template.texts = [
        CertificateText(language="fr", title="Certificat de réussite", wording="a suivi avec succès"),
        CertificateText(language="ar", title="شهادة نجاح", wording="قد أتمّ بنجاح"),
    ]
    template.signatories = [CertificateSignatory(name="Mariam Ouédraogo", role="Directrice")]
    template.save()
    template.save_revision()
    return template


@pytest.fixture
def issue(training, certificate_template, make_user):
    """Issue a module certificate for a (new) learner, as the Celery task does."""

    def factory(user=None, module=None, **user_fields):
        user = user or make_user(**user_fields)
        module = module or training["modules"][0]
        ModuleCompletion.objects.get_or_create(user=user, module=module)
        return services.certificate_issue(user_id=user.pk, module_id=module.pk)

    return factory


@pytest.fixture
def http_fetch():
    """Fetch public URLs of this site through the test client, as an outside verifier would over HTTP."""
    client = Client()

    def fetch(url: str) -> bytes:
        parts = urlsplit(url)
        response = client.get(parts.path, headers={"host": parts.netloc})
        if response.status_code != 200:
            raise OSError(f"{url}: HTTP {response.status_code}")
        return response.content

    return fetch


def payload_of(token: str) -> dict:
    from certificates.credentials import decode_jwt

    return decode_jwt(token)[1]
