"""What the case library's pages show: the faceted library and one case with its peer analyses."""

from academy.page_contexts import shows
from peer_cases import selectors
from peer_cases.forms import PeerAnalysisForm
from peer_cases.models import CaseStudyIndexPage, CaseStudyPage


@shows(CaseStudyIndexPage)
def case_library_context(index: CaseStudyIndexPage, *, request) -> dict:
    return {"search": selectors.case_study_search(index=index, params=request.GET, request=request)}


@shows(CaseStudyPage)
def case_study_context(case: CaseStudyPage, *, request) -> dict:
    context = selectors.case_study_detail_parts(case=case)
    context["analyses"] = selectors.analyses_for_case(case=case)
    if request.user.is_authenticated:
        context["analysis_form"] = PeerAnalysisForm()
        context["pending_count"] = selectors.analyses_pending_for(case=case, user=request.user)
    return context
