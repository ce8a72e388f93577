"""Related modules: shown on the case and, through peer_cases' template tag, on the module."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from courses.models import ModulePage, TrainingCyclePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(site_tree):
    cycle = TrainingCyclePage(title="Cycle CD-AICT", slug="cycle")
    site_tree.objects["home"].add_child(instance=cycle)
    module = ModulePage(title="Mise en œuvre et évaluation", slug="module-6", number=6)
    cycle.add_child(instance=module)
    return module


def test_case_page_links_its_related_modules(client, make_case, module):
    case = make_case(revision=False)
    case.related_modules = [module]
    case.save_revision().publish()
    html = client.get(case.url).content.decode()
    assert "Modules liés" in html and f'href="{module.url}"' in html


def test_module_shows_its_live_cases_through_the_template_tag(make_case, module):
    linked = make_case(title="Cas lié", revision=False)
    linked.related_modules = [module]
    linked.save_revision().publish()
    draft = make_case(title="Cas en brouillon", live=False, revision=False)
    draft.related_modules = [module]
    draft.save()
    make_case(title="Cas sans lien")
    request = RequestFactory().get("/")
    html = Template("{% load peer_cases_tags %}{% cases_for_module page %}").render(
        Context({"page": module, "request": request})
    )
    assert "Études de cas de ce module" in html
    assert "Cas lié" in html
    assert "Cas en brouillon" not in html and "Cas sans lien" not in html


def test_template_tag_renders_nothing_for_a_module_without_cases(module):
    html = Template("{% load peer_cases_tags %}{% cases_for_module page %}").render(Context({"page": module}))
    assert html.strip() == ""
