"""Views of the certificates app: public verification, the learner's downloads, revocation, the DID."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from academy.ratelimit import client_ip, rate_limit_exceeded
from certificates import keys, selectors, services, signing
from certificates.forms import RevokeForm, VerifyForm
from certificates.models import Certificate, normalise_code

# Lookups per client address per window: plenty for a verifier, far too few to enumerate 8e14 codes.
LOOKUP_LIMIT = 30
LOOKUP_WINDOW = 10 * 60


def _lookup_allowed(request) -> bool:
    """Count one code lookup for the client; False once it exceeded the limit."""
    return not rate_limit_exceeded(
        scope="certificate-lookup", key=client_ip(request), limit=LOOKUP_LIMIT, period=LOOKUP_WINDOW
    )


def _too_many(request):
    response = render(request, "certificates/too_many_lookups.html", status=429)
    response["Retry-After"] = str(LOOKUP_WINDOW)
    return response


@require_GET
def verify_form(request):
    """The form where a verifier types a code; a valid-looking code goes to its page."""
    form = VerifyForm(request.GET or None)
    typed = request.GET.get("code", "").strip()
    if typed:
        code = normalise_code(typed)
        if code:
            return redirect("certificates:verify", code=code)
        if not _lookup_allowed(request):
            return _too_many(request)
        return render(request, "certificates/not_found.html", {"form": VerifyForm()}, status=404)
    return render(request, "certificates/verify_form.html", {"form": form})


@require_GET
@never_cache
def verify(request, code):
    """The public verification page of one certificate (no email, no scores)."""
    if not _lookup_allowed(request):
        return _too_many(request)
    normalised = normalise_code(code)
    certificate = selectors.certificate_by_code(code=normalised) if normalised else None
    if certificate is None:
        return render(request, "certificates/not_found.html", {"form": VerifyForm()}, status=404)
    if normalised != code:
        return redirect("certificates:verify", code=normalised)
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "issuer_name": signing.ISSUER_NAME,
            "issuer_did": keys.issuer_did(),
            "can_revoke": request.user.has_perm("certificates.revoke_certificate"),
        },
    )


def _download(content: str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def credential(request, code, form="jwt"):
    """The signed credential of a certificate, as a VC-JWT or as JSON-LD with a Data Integrity proof.

    Public and rate-limited like the verification page.
    """
    if not _lookup_allowed(request):
        return _too_many(request)
    normalised = normalise_code(code)
    certificate = selectors.certificate_by_code(code=normalised) if normalised else None
    if certificate is None:
        raise Http404
    filename = f"certificate-{certificate.code}.{form}"
    if form == "json":
        token = signing.certificate_credential_json(certificate=certificate)
        return _download(token, content_type="application/vc", filename=filename)
    return _download(certificate.credential_jwt, content_type="application/vc+jwt", filename=filename)


@login_required
@require_GET
def my_certificates(request):
    """The signed-in learner's certificates, to download or share."""
    return render(
        request,
        "certificates/my_certificates.html",
        {"certificates": selectors.certificate_list_for_learner(user=request.user)},
    )


@login_required
@require_GET
def pdf(request, code):
    """The PDF, for its owner only: anyone else gets a 404 (not even a hint that it exists)."""
    certificate = Certificate.objects.filter(code=code, learner=request.user).exclude(pdf="").first()
    if certificate is None:
        raise Http404
    with certificate.pdf.open("rb") as handle:
        response = HttpResponse(handle.read(), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@permission_required("certificates.revoke_certificate", raise_exception=True)
def revoke(request, code):
    """Let a trainer or administrator revoke a certificate with a reason."""
    certificate = get_object_or_404(Certificate, code=code)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not certificate.is_revoked:
        services.certificate_revoke(
            certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The certificate has been revoked."))
        return redirect("certificates:verify", code=certificate.code)
    return render(request, "certificates/revoke.html", {"certificate": certificate, "form": form})


@require_GET
@cache_control(max_age=300)
def status_list(request, list_number):
    """The signed BitstringStatusListCredential (revocation bits) of one range of certificates."""
    return HttpResponse(signing.status_list_jwt(list_number=list_number), content_type="application/vc+jwt")


@require_GET
@cache_control(max_age=3600)
def did_document(request):
    """The issuer's DID document (did:web), publishing the public key credentials are signed with."""
    return JsonResponse(
        keys.did_document(), content_type="application/did+json", json_dumps_params={"indent": 2}
    )
