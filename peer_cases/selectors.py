"""Reads of the peer_cases app: the faceted case library, a case's parts and its approved analyses."""

from dataclasses import dataclass, field

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from academy.models import Country, ProjectStage, Theme
from academy.pagination import page_of
from peer_cases.models import CaseStudyPage, CooperationType, PeerAnalysis
from peer_cases.models.pages import CASES_PER_PAGE

SEARCH_QUERY_MAX_LENGTH = 200
FILTER_VALUE_MAX_LENGTH = 100
# GET parameter -> label; the order is the order of the filter form.
FACETS = {
    "pays": _("Country"),
    "theme": _("Theme"),
    "type": _("Type of cooperation"),
    "etape": _("Project stage"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    label: str
    options: list[FacetOption]
    selected: FacetOption | None = None
    remove_url: str = ""


@dataclass
class CaseSearch:
    """Everything the library template shows: the page of cases, the facets, the state of the URL."""

    page_obj: object
    facets: list[Facet]
    query: str
    query_string: str
    ignored: list[tuple[str, str]] = field(default_factory=list)

    @property
    def active_facets(self) -> list[Facet]:
        return [facet for facet in self.facets if facet.selected]


def _vocabularies() -> dict[str, dict[str, tuple[object, str]]]:
    """Return, per facet, the accepted URL values mapped to (filter value, label): three small queries."""
    return {
        "pays": {c.iso_code: (c.pk, c.name) for c in Country.objects.only("pk", "iso_code", "name")},
        "theme": {t.slug: (t.pk, t.name) for t in Theme.objects.only("pk", "slug", "name")},
        "type": {value: (value, str(label)) for value, label in CooperationType.choices},
        "etape": {str(s.number): (s.pk, str(s)) for s in ProjectStage.objects.only("pk", "number", "name")},
    }


def _parse(params: QueryDict, vocabularies) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Keep the filter values we know; return the unknown ones so the page can say they were ignored."""
    selected, ignored = {}, []
    for key in FACETS:
        raw = params.get(key, "").strip()
        if not raw:
            continue
        value = raw.upper() if key == "pays" else raw.lower()
        if len(value) <= FILTER_VALUE_MAX_LENGTH and value in vocabularies[key]:
            selected[key] = value
        else:
            ignored.append((str(FACETS[key]), raw[:40]))
    return selected, ignored


def _filtered(qs: QuerySet, filters: dict[str, object], skip: str | None = None) -> QuerySet:
    for key, value in filters.items():
        if key == skip:
            continue
        if key == "pays":
            qs = qs.filter(Q(local_country_id=value) | Q(foreign_country_id=value))
        elif key == "theme":
            qs = qs.filter(themes__id=value)
        elif key == "type":
            qs = qs.filter(cooperation_type=value)
        elif key == "etape":
            qs = qs.filter(stages__id=value)
    return qs


def _counts(qs: QuerySet, key: str) -> dict[object, int]:
    """Count the cases per value of one facet, one grouped query (two for countries)."""
    if key == "pays":
        counts: dict[object, int] = {}
        local = qs.values_list("local_country_id").annotate(n=Count("pk")).order_by()
        foreign = (
            qs.exclude(foreign_country_id=F("local_country_id"))
            .values_list("foreign_country_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for value, n in [*local, *foreign]:
            counts[value] = counts.get(value, 0) + n
        return counts
    column = {"theme": "themes__id", "type": "cooperation_type", "etape": "stages__id"}[key]
    rows = qs.values_list(column).annotate(n=Count("pk", distinct=True)).order_by()
    return {value: n for value, n in rows if value is not None}


def case_study_search(*, index, params: QueryDict, request=None) -> CaseSearch:
    """Filter, search and paginate the live cases of a library, with counts per facet value.

    The number of queries does not depend on the number of cases: three vocabularies, one grouped count
    per facet, the search, the count and the page of results with their themes prefetched.
    """
    base = CaseStudyPage.objects.live().public().child_of(index)
    vocabularies = _vocabularies()
    selected, ignored = _parse(params, vocabularies)
    filters = {key: vocabularies[key][value][0] for key, value in selected.items()}

    query = params.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    ordering: list = ["-first_published_at", "pk"]
    if query:
        # Wagtail search (Postgres full text, SQLite FTS); facets are then counted on the matches.
        matched = [page.pk for page in base.search(query, operator="and")]
        base = base.filter(pk__in=matched)
        if matched:
            rank = Case(
                *[When(pk=pk, then=position) for position, pk in enumerate(matched)],
                output_field=IntegerField(),
            )
            ordering = [rank]

    facets = []
    for key, label in FACETS.items():
        counts = _counts(_filtered(base, filters, skip=key), key)
        options = []
        for value, (db_value, option_label) in vocabularies[key].items():
            count = counts.get(db_value, 0)
            if count or selected.get(key) == value:
                options.append(FacetOption(value, option_label, count, selected.get(key) == value))
        facet = Facet(key, str(label), options)
        facet.selected = next((option for option in options if option.selected), None)
        facets.append(facet)

    state = QueryDict(mutable=True)
    if query:
        state["q"] = query
    for key, value in selected.items():
        state[key] = value
    for facet in facets:
        if facet.selected:
            without = state.copy()
            del without[facet.key]
            facet.remove_url = "?" + without.urlencode() if without else "?"

    results = (
        _filtered(base, filters)
        .select_related("local_country", "foreign_country")
        .prefetch_related("themes")
        .order_by(*ordering)
    )
    page_obj = page_of(results, params, per_page=CASES_PER_PAGE)
    return CaseSearch(
        page_obj=page_obj, facets=facets, query=query, query_string=state.urlencode(), ignored=ignored
    )


def case_study_detail_parts(*, case: CaseStudyPage) -> dict:
    """Return the related rows a case page shows, each fetched once."""
    return {
        "themes": list(case.themes.all()),
        "stages": list(case.stages.all()),
        "case_documents": list(case.documents.select_related("document")),
        "case_photos": list(case.photos.select_related("image")),
        "related_modules": list(case.related_modules.live().order_by("path")),
    }


def cases_for_module(*, module) -> QuerySet:
    """Return the live, public case studies linked to a module of the training cycle."""
    return (
        CaseStudyPage.objects.live()
        .public()
        .filter(related_modules=module)
        .select_related("local_country")
        .order_by("title")
    )


def analyses_for_case(*, case: CaseStudyPage) -> QuerySet:
    """Return the approved analyses of a case, oldest first, with their authors."""
    return (
        PeerAnalysis.objects.filter(case=case, status=PeerAnalysis.Status.APPROVED)
        .select_related("author")
        .order_by("created_at")
    )


def analyses_pending_for(*, case: CaseStudyPage, user) -> int:
    """Return how many of this user's analyses of the case await moderation."""
    return PeerAnalysis.objects.filter(case=case, author=user, status=PeerAnalysis.Status.PENDING).count()
