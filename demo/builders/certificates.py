"""Demo content of the certificates app: a certificate template and the demo learner's first certificate.

The template's wording is demo/data/certificates/template.yaml. The demo learner gets one completed
module: the progress rows are created the way the training cycle's services record them (enrolment,
every lesson, a passed quiz, the module completion), then the certificate is issued through
`certificate_issue`, exactly as the Celery task does.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from academy.models import User
from certificates import keys, services
from certificates.models import CertificateSignatory, CertificateTemplate, CertificateText
from courses.models import (
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    QuizAttempt,
    TrainingCyclePage,
)
from demo import data
from demo.registry import DemoContext, register


def _drawn_image(title: str, size: tuple[int, int], draw) -> Image:
    """A small generated PNG as a Wagtail image (found again by title, so reruns add nothing)."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGBA", size, (255, 255, 255, 0))
    draw(ImageDraw.Draw(canvas), size)
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png")
    )


def _signature(seed: int):
    def draw(pen, size):
        width, height = size
        points = [(20 + i * (width - 40) / 12, height / 2 + ((i * 7 + seed) % 5 - 2) * 12) for i in range(13)]
        pen.line(points, fill=(20, 40, 90, 255), width=4, joint="curve")
        pen.line([(30, height - 20), (width - 60, height - 26)], fill=(20, 40, 90, 255), width=2)

    return draw


def _logo(pen, size):
    width, height = size
    pen.ellipse((4, 4, height - 4, height - 4), outline=(29, 78, 137, 255), width=8)
    pen.ellipse((height / 2 - 10, 4, height * 1.5 - 14, height - 4), outline=(230, 140, 30, 255), width=8)
    pen.rectangle((height * 1.6, height / 2 - 6, width - 8, height / 2 + 6), fill=(29, 78, 137, 255))


@register(300, "certificate template")
def build_certificate_template(context: DemoContext) -> CertificateTemplate:
    """The default certificate template, with wording in four languages, a logo and two signatories."""
    keys.signing_key()  # creates var/certificates-key.pem on a fresh machine
    spec = data.fields(
        data.load("certificates/template"), "template", required=("name", "logo", "texts", "signatories")
    )
    template = CertificateTemplate.objects.filter(name=spec["name"]).first() or CertificateTemplate(
        name=spec["name"]
    )
    template.is_default = True
    template.logo = _drawn_image(spec["logo"], (320, 96), _logo)
    template.texts = [
        CertificateText(
            **data.fields(text, "template text", required=("language", "title", "wording", "footer"))
        )
        for text in spec["texts"]
    ]
    template.signatories = [
        CertificateSignatory(
            name=signatory["name"],
            role=signatory["role"],
            signature=_drawn_image(f"Signature {signatory['name']}", (360, 120), _signature(i)),
        )
        for i, signatory in enumerate(spec["signatories"])
    ]
    cycle = context.objects.get("cycle") or TrainingCyclePage.objects.live().order_by("path").first()
    template.save()
    if cycle is not None:
        template.cycles.set([cycle])
        template.save()
    if template.latest_revision is None:
        template.save_revision()
    context.objects["certificate_template"] = template
    return template


@register(310, "demo learner certificate")
def build_learner_certificate(context: DemoContext) -> None:
    """Complete the first module of the demo cycle for the demo learner and issue its certificate."""
    learner = context.objects.get("learner@example.org") or User.objects.get(email="learner@example.org")
    cycle = context.objects.get("cycle") or TrainingCyclePage.objects.live().order_by("path").first()
    module = ModulePage.objects.child_of(cycle).live().order_by("path").first() if cycle else None
    if module is None:
        context.log("  no training module yet: no demo certificate")
        return
    Enrolment.objects.get_or_create(user=learner, cycle=cycle)
    for lesson in LessonPage.objects.child_of(module).live():
        LessonCompletion.objects.get_or_create(user=learner, lesson=lesson)
    if module.has_quiz and not QuizAttempt.objects.filter(user=learner, module=module, passed=True).exists():
        QuizAttempt.objects.create(
            user=learner, module=module, score=100, pass_mark=module.quiz_pass_mark, passed=True, details=[]
        )
    ModuleCompletion.objects.get_or_create(user=learner, module=module)
    certificate = services.certificate_issue(user_id=learner.pk, module_id=module.pk)
    context.log(f"  certificate {certificate.display_code}: /certificats/verifier/{certificate.code}/")
