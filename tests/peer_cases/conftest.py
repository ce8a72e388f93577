"""Fixtures of the case-study tests: the demo library with its six illustrative cases."""

import pytest


@pytest.fixture
def bare_library(site_tree):
    """An empty case library under the home page (its creation sets up the workflow and permissions)."""
    from demo import data
    from peer_cases.models import CaseStudyIndexPage

    index = CaseStudyIndexPage(title="Études de cas", slug=data.load("peer_cases/cases")["index"]["slug"])
    site_tree.objects["home"].add_child(instance=index)
    return index


@pytest.fixture
def library(bare_library, site_tree):
    """The foundation's site plus the case library and its six demo cases; return the library page."""
    from demo.builders.peer_cases import build_case_studies

    build_case_studies(site_tree)
    return site_tree.objects["case_index"]


@pytest.fixture
def make_case(bare_library):
    """Create and publish a case study under the library."""
    from academy.models import Country, ProjectStage, Theme
    from peer_cases.models import CaseStudyPage, CooperationType

    counter = {"n": 0}

    def factory(country="BJ", theme="eau-assainissement", stage=5, live=True, revision=True, **fields):
        counter["n"] += 1
        n = counter["n"]
        fields.setdefault("title", f"Cas test {n}")
        fields.setdefault("slug", f"cas-test-{n}")
        case = CaseStudyPage(
            summary=fields.pop("summary", f"Résumé du cas d'essai {n}."),
            local_partner=f"Commune {n}",
            local_country=Country.objects.get(iso_code=country),
            foreign_partner=f"Ville partenaire {n}",
            foreign_country=Country.objects.get(iso_code="FR"),
            cooperation_type=fields.pop("cooperation_type", CooperationType.TWINNING),
            start_year=2020,
            presenter_name="Pair",
            context="<p>Contexte.</p>",
            live=live,
            **fields,
        )
        case.themes = [Theme.objects.get(slug=theme)]
        case.stages = [ProjectStage.objects.get(number=stage)]
        bare_library.add_child(instance=case)
        if revision and live:
            case.save_revision().publish()
        elif revision:
            case.save_revision()
        return case

    return factory
