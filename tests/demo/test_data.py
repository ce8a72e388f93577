"""The demo texts: every data file loads, every lesson and case in them becomes a page, a typo fails."""

import shutil

import pytest

from courses.models import LessonPage, ModulePage, TrainingCyclePage
from demo import data
from demo.builders.courses import build_cycle, modules
from demo.builders.peer_cases import build_case_studies, cases
from demo.data import DemoDataError
from peer_cases.models import CaseStudyPage


def test_every_data_file_loads():
    names = data.names()
    assert {"academy/accounts", "courses/cycle", "peer_cases/cases", "video/library"} <= set(names)
    for name in names:
        assert data.load(name), name
    assert [spec["number"] for spec in modules()] == [1, 2, 3, 4, 5]
    assert len(cases()) == 6


@pytest.mark.django_db
def test_each_module_lesson_and_case_of_the_data_becomes_a_page(site_tree):
    cycle = build_cycle(site_tree)
    build_case_studies(site_tree)
    module_specs = modules()
    assert ModulePage.objects.child_of(cycle).count() == len(module_specs)
    for spec in module_specs:
        module = ModulePage.objects.child_of(cycle).live().get(slug=spec["slug"])
        assert (module.title, module.number, len(module.quiz_questions)) == (
            spec["title"],
            spec["number"],
            len(spec["quiz"]["questions"]),
        )
        lessons = LessonPage.objects.child_of(module).live()
        assert [lesson.slug for lesson in lessons.order_by("path")] == [
            lesson["slug"] for lesson in spec["lessons"]
        ]
        for lesson_spec in spec["lessons"]:
            lesson = lessons.get(slug=lesson_spec["slug"])
            assert lesson.title == lesson_spec["title"]
            assert [block.block_type for block in lesson.body] == [next(iter(b)) for b in lesson_spec["body"]]
            paragraphs = [block.value.source for block in lesson.body if block.block_type == "paragraph"]
            assert paragraphs == [b["paragraph"] for b in lesson_spec["body"] if "paragraph" in b]
    case_specs = cases()
    assert CaseStudyPage.objects.live().count() == len(case_specs)
    for spec in case_specs:
        case = CaseStudyPage.objects.get(slug=spec["slug"])
        assert (case.title, case.local_country.iso_code, len(case.stage_steps)) == (
            spec["title"],
            spec["local_country"],
            len(spec["stage_steps"]),
        )
    assert TrainingCyclePage.objects.get().title == data.load("courses/cycle")["title"]


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of demo/data/ the builders read instead, for editing; return a function that edits a file."""
    copy = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, copy)
    monkeypatch.setattr(data, "DATA_DIR", copy)

    def edit(name: str, old: str, new: str) -> None:
        file = copy / f"{name}.yaml"
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    minutes: 20\n",
            "    minuts: 20\n",
            "lesson definir-la-cooperation-decentralisee: missing minutes; unknown minuts",
        ),
        ("      - heading: Une définition", "      - headng: Une définition", "unknown block type 'headng'"),
        ("stages: []", "stages: [", "courses/modules/1-module-introductif.yaml"),
    ],
)
def test_a_typo_in_a_module_file_fails_saying_where(site_tree, data_copy, old, new, message):
    data_copy("courses/modules/1-module-introductif", old, new)
    with pytest.raises(DemoDataError, match=message.replace("(", r"\(")):
        build_cycle(site_tree)


@pytest.mark.django_db
def test_a_typo_in_a_case_fails_loudly(site_tree, data_copy):
    data_copy("peer_cases/cases", "    summary:", "    sumary:")
    with pytest.raises(DemoDataError, match="case eau-potable-bohicon: missing summary; unknown sumary"):
        build_case_studies(site_tree)
