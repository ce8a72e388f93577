"""Views of the peer_cases app: a signed-in learner submits an analysis of a case."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.ratelimit import rate_limit_exceeded
from peer_cases.forms import PeerAnalysisForm
from peer_cases.models import CaseStudyPage
from peer_cases.services import CaseNotOpenForAnalysis, analysis_submit

ANALYSES_PER_HOUR = 5


@login_required
@require_POST
def analysis_create(request, case_id: int):
    """Store the learner's analysis for moderation, or show the form again with its errors."""
    case = CaseStudyPage.objects.live().public().filter(pk=case_id).first()
    if case is None:
        raise Http404(_("This case study is not published."))
    form = PeerAnalysisForm(request.POST)
    context = {"case": case, "form": form}
    if rate_limit_exceeded(
        scope="peer-analysis", key=str(request.user.pk), limit=ANALYSES_PER_HOUR, period=3600
    ):
        context["rate_limited"] = True
        return render(request, "peer_cases/analysis_form.html", context, status=429)
    if not form.is_valid():
        return render(request, "peer_cases/analysis_form.html", context, status=400)
    try:
        analysis_submit(case=case, author=request.user, data=form.cleaned_data)
    except CaseNotOpenForAnalysis as error:
        raise Http404(_("This case study is not published.")) from error
    messages.success(
        request, _("Thank you! A trainer will read your analysis before it appears on the case page.")
    )
    return redirect(case.url + "#analyses")
