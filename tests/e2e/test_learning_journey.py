"""Journey: the demo learner enrols, reads a lesson, marks it complete, passes the quiz and resumes."""

import pytest

from courses.models import LessonPage, ModulePage
from demo.builders.courses import build_cycle

pytestmark = pytest.mark.django_db(transaction=True)


def _bar(page, label) -> int:
    return int(page.get_by_role("progressbar", name=label).first.get_attribute("value"))


def test_learner_enrols_completes_a_lesson_passes_the_quiz_and_resumes(
    live_server, site_tree, phone, screenshot
):
    cycle = build_cycle(site_tree)
    module = ModulePage.objects.child_of(cycle).order_by("path").first()
    first, second, _third = LessonPage.objects.child_of(module).order_by("path")[:3]
    page = phone

    page.goto(live_server.url + "/compte/login/")
    page.locator("input[name=email], input[name=login]").first.fill("learner@example.org")
    page.locator("input[name=password]").fill("cooperation-demo")
    page.locator("form.form button[type=submit]").click()
    page.get_by_role("link", name="Mon parcours").wait_for()

    page.goto(live_server.url + cycle.url)
    page.get_by_role("button", name="M'inscrire à ce cycle").click()
    page.get_by_text("Vous êtes inscrit.").wait_for()
    assert _bar(page, "Progression dans le cycle") == 0
    screenshot(page, "courses-cycle-enrolled-360")

    page.get_by_role("link", name="Reprendre").first.click()
    page.wait_for_url(live_server.url + first.url)
    assert page.get_by_role("heading", level=1).inner_text() == first.title
    assert _bar(page, "Progression dans le module") == 0
    page.get_by_role("button", name="Marquer comme terminée").click()
    page.get_by_text("Leçon marquée comme terminée.").wait_for()
    assert _bar(page, "Progression dans le module") == 25  # 1 of 3 lessons + the quiz
    screenshot(page, "courses-lesson-complete-360")

    page.goto(live_server.url + module.url)
    page.get_by_role("link", name="Passer le quiz").click()
    page.get_by_role("heading", level=1).wait_for()
    screenshot(page, "courses-quiz-360")
    for block in module.quiz_questions:
        for item in block.value["options"].bound_blocks:
            if item.value["correct"]:
                page.locator(f"#o-{item.id}").check()
    page.get_by_role("button", name="Valider mes réponses").click()
    page.get_by_text("Réussi : 100 %").wait_for()
    assert _bar(page, "Progression dans le module") == 50
    screenshot(page, "courses-quiz-result-360")

    page.get_by_role("link", name="Mon parcours").first.click()
    page.get_by_role("heading", name="Mon parcours").wait_for()
    assert _bar(page, "Progression dans le cycle") > 0
    resume = page.get_by_role("link", name="Reprendre")
    assert resume.get_attribute("href") == second.url
    screenshot(page, "courses-dashboard-360")
    resume.click()
    page.wait_for_url(live_server.url + second.url)

    peers = ModulePage.objects.child_of(cycle).order_by("path").last()
    page.goto(live_server.url + peers.url)
    page.get_by_role("button", name="M'inscrire", exact=True).first.click()
    page.get_by_text("Vous êtes inscrit à cette session.").wait_for()
    assert page.get_by_role("link", name="Ajouter à mon agenda (.ics)").count() == 2
    screenshot(page, "courses-module-sessions-360")
