"""Demo content of peer_cases: the case library and six illustrative case studies (fictional figures).

The texts are demo/data/peer_cases/cases.yaml; its field names are those of CaseStudyPage.
"""

from academy.models import Country, HomePage, ProjectStage, Theme
from courses.models import ModulePage
from demo import data
from demo.pages import child_page, publish
from demo.registry import DemoContext, register
from peer_cases.models import CaseStudyIndexPage, CaseStudyPage, CooperationType
from peer_cases.services import case_index_setup

# Fields copied as they are; the others below name countries, themes and stages, or are block lists.
PLAIN_FIELDS = (
    "title", "summary", "local_partner", "foreign_partner", "cooperation_type", "start_year", "end_year",
    "budget", "funding_sources", "agreement_title", "agreement_signed_on", "presenter_name",
    "presenter_role", "presenter_organisation", "context", "results", "difficulties", "lessons",
    "strengths", "weaknesses", "recommendations",
)  # fmt: skip
RELATED_FIELDS = ("slug", "local_country", "foreign_country", "themes", "stages", "stage_steps", "indicators")


def cases() -> list[dict]:
    """Return the case studies of the data file, each checked for missing or unknown fields."""
    specs = data.load("peer_cases/cases")["cases"]
    for spec in specs:
        where = f"case {spec.get('slug')}"
        data.fields(spec, where, required=PLAIN_FIELDS + RELATED_FIELDS)
        if spec["cooperation_type"] not in CooperationType.values:
            raise data.DemoDataError(
                f"{where}: cooperation_type is one of {', '.join(CooperationType.values)}"
            )
    return specs


@register(200, "case studies")
def build_case_studies(context: DemoContext) -> None:
    library = data.load("peer_cases/cases")
    spec = data.fields(library["index"], "index", required=("title", "slug", "introduction"))
    home = context.objects.get("home") or HomePage.objects.first()
    index = child_page(
        home,
        CaseStudyIndexPage,
        spec["slug"],
        title=spec["title"],
        show_in_menus=True,
        introduction=spec["introduction"],
    )
    case_index_setup(index=index)
    context.objects["case_index"] = index

    countries = {c.iso_code: c for c in Country.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    stages = {s.number: s for s in ProjectStage.objects.all()}
    module_for_stage = library["module_for_stage"]
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=set(module_for_stage.values()))}
    specs = cases()
    for case_spec in specs:
        case = CaseStudyPage.objects.child_of(index).filter(slug=case_spec["slug"]).first()
        module_slugs = {module_for_stage[number] for number in case_spec["stages"]}
        publish(
            case or CaseStudyPage(slug=case_spec["slug"]),
            under=index,
            is_illustrative=True,
            local_country=countries[case_spec["local_country"]],
            foreign_country=countries[case_spec["foreign_country"]],
            stage_steps=[
                ("step", {"stage": str(step["stage"]), "text": step["text"]})
                for step in case_spec["stage_steps"]
            ],
            indicators=[("indicator", indicator) for indicator in case_spec["indicators"]],
            themes=[themes[slug] for slug in case_spec["themes"]],
            stages=[stages[number] for number in case_spec["stages"]],
            related_modules=[modules[slug] for slug in sorted(module_slugs) if slug in modules],
            **{name: case_spec[name] for name in PLAIN_FIELDS},
        )
    context.log(f"  {len(specs)} case studies")
