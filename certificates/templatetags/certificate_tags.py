"""Template tags other apps' templates use to show certificates (the courses dashboard)."""

from django import template

from certificates.selectors import certificate_list_for_learner

register = template.Library()


@register.inclusion_tag("certificates/learner_certificates.html", takes_context=True)
def learner_certificates(context):
    """Render the signed-in learner's certificates with their download and share links."""
    request = context["request"]
    user = request.user
    certificates = certificate_list_for_learner(user=user) if user.is_authenticated else []
    return {"certificates": certificates, "request": request}
