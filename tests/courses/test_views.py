"""Learner-facing views: public reading, caching rules, and every bad input answered without a 500."""

import html as html_lib
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from courses import services
from courses.models import Enrolment, LessonCompletion, ModuleSession, QuizAttempt, SessionRegistration

from .conftest import lessons_of, modules_of, right_answers, session_fields

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html_lib.unescape(response.content.decode())


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


@pytest.fixture
def enrolled(client, make_cycle, make_user):
    cycle, user = make_cycle(modules=2, lessons=2, session=session_fields(capacity=1)), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    client.force_login(user)
    return cycle, user


@pytest.mark.parametrize("level", ["cycle", "module", "lesson"])
def test_anonymous_readers_get_cacheable_pages_without_forms(client, make_cycle, level):
    cycle = make_cycle(modules=1, lessons=1)
    page = {"cycle": cycle, "module": modules_of(cycle)[0], "lesson": lessons_of(modules_of(cycle)[0])[0]}[
        level
    ]
    first = client.get(page.url)
    assert first.status_code == 200
    html = text(first)
    assert "csrfmiddlewaretoken" not in html
    assert first["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    if level != "lesson":
        assert "Se connecter pour s'inscrire" in html or "Connectez-vous" in html


@pytest.mark.parametrize("level", ["cycle", "module", "lesson"])
def test_signed_in_pages_are_private_and_never_stored(client, enrolled, level):
    cycle, _user = enrolled
    page = {"cycle": cycle, "module": modules_of(cycle)[0], "lesson": lessons_of(modules_of(cycle)[0])[0]}[
        level
    ]
    response = client.get(page.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_enrol_with_one_click_then_again(client, make_cycle, make_user):
    cycle, user = make_cycle(modules=1), make_user()
    client.force_login(user)
    page = text(client.get(cycle.url))
    assert "M'inscrire à ce cycle" in page
    response = client.post(reverse("courses:enrol"), {"cycle": cycle.pk}, follow=True)
    assert "Vous êtes inscrit. Votre progression sera enregistrée au fil de l'eau." in text(response)
    response = client.post(reverse("courses:enrol"), {"cycle": cycle.pk}, follow=True)
    assert "Vous étiez déjà inscrit à ce cycle." in messages_of(response)
    assert Enrolment.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("value", ["", "abc", "999999", "-1"])
def test_enrol_with_a_tampered_cycle_id(client, make_user, site_tree, value):
    client.force_login(make_user())
    response = client.post(reverse("courses:enrol"), {"cycle": value}, follow=True)
    assert response.status_code == 200
    assert "Ce cycle de formation n'existe pas." in messages_of(response)
    assert not Enrolment.objects.exists()


def test_enrolling_needs_a_signed_in_post(client, make_cycle):
    cycle = make_cycle(modules=1)
    assert client.get(reverse("courses:enrol")).status_code == 405
    response = client.post(reverse("courses:enrol"), {"cycle": cycle.pk})
    assert response.status_code == 302 and "/compte/login/" in response["Location"]


def test_mark_a_lesson_complete_moves_the_progress_bar(client, enrolled):
    cycle, user = enrolled
    module = modules_of(cycle)[0]
    first, second = lessons_of(module)
    before = text(client.get(module.url))
    assert 'value="0"' in before
    response = client.post(reverse("courses:lesson_complete"), {"lesson": first.pk}, follow=True)
    assert "Leçon marquée comme terminée." in messages_of(response)
    assert response.redirect_chain[-1][0] == first.url
    after = text(client.get(module.url))
    assert 'value="33"' in after  # 1 of 2 lessons + the quiz = 3 steps
    assert f'href="{second.url}">Reprendre' in after.replace('class="button" ', "")
    again = client.post(reverse("courses:lesson_complete"), {"lesson": first.pk}, follow=True)
    assert "Vous aviez déjà terminé cette leçon." in messages_of(again)
    assert LessonCompletion.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("value", ["", "x1", "999999"])
def test_completing_a_tampered_lesson_id(client, enrolled, value):
    response = client.post(reverse("courses:lesson_complete"), {"lesson": value}, follow=True)
    assert response.status_code == 200
    assert "Cette leçon n'existe pas : rien n'a été enregistré." in messages_of(response)
    assert not LessonCompletion.objects.exists()


def test_completing_a_page_that_is_not_a_lesson(client, enrolled):
    cycle, _user = enrolled
    response = client.post(
        reverse("courses:lesson_complete"), {"lesson": modules_of(cycle)[0].pk}, follow=True
    )
    assert "Cette leçon n'existe pas : rien n'a été enregistré." in messages_of(response)
    assert not LessonCompletion.objects.exists()


def test_completing_a_lesson_of_a_cycle_you_are_not_enrolled_in(client, enrolled, make_cycle):
    other = make_cycle(modules=1)
    lesson = lessons_of(modules_of(other)[0])[0]
    response = client.post(reverse("courses:lesson_complete"), {"lesson": lesson.pk}, follow=True)
    assert response.status_code == 200
    assert any(m.startswith("Inscrivez-vous d'abord au cycle de formation") for m in messages_of(response))
    assert not LessonCompletion.objects.exists()


def test_the_next_parameter_cannot_redirect_off_site(client, enrolled):
    lesson = lessons_of(modules_of(enrolled[0])[0])[0]
    response = client.post(
        reverse("courses:lesson_complete"), {"lesson": lesson.pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == lesson.url


def test_quiz_pass_shows_explanations_and_progress(client, enrolled):
    cycle, user = enrolled
    module = modules_of(cycle)[0]
    form = client.get(reverse("courses:quiz", args=[module.pk]))
    assert form.status_code == 200 and "Single?" in text(form)
    answers = {f"q-{qid}": ids for qid, ids in right_answers(module).items()}
    response = client.post(reverse("courses:quiz", args=[module.pk]), answers, follow=True)
    html = text(response)
    assert "Réussi : 100 % (seuil 50 %)." in html
    assert "Yes, A." in html and "Because A." in html
    attempt = QuizAttempt.objects.get(user=user)
    assert response.redirect_chain[-1][0] == reverse("courses:quiz_result", args=[attempt.pk])


def test_quiz_failure_explains_wrong_answers_and_allows_retry(client, enrolled):
    module = modules_of(enrolled[0])[0]
    single, multiple = module.quiz_questions
    wrong_b = single.value["options"].bound_blocks[1].id
    wrong_z = multiple.value["options"].bound_blocks[2].id
    response = client.post(
        reverse("courses:quiz", args=[module.pk]),
        {f"q-{single.id}": wrong_b, f"q-{multiple.id}": wrong_z},
        follow=True,
    )
    html = text(response)
    assert "Pas encore réussi : 0 %" in html and "No, not B." in html and "Not Z." in html
    assert "Réessayer" in html


@pytest.mark.parametrize("tamper", ["missing", "unknown_option", "forged_question"])
def test_bad_quiz_posts_get_a_clear_message_and_record_nothing(client, enrolled, tamper):
    module = modules_of(enrolled[0])[0]
    answers = {f"q-{qid}": ids for qid, ids in right_answers(module).items()}
    first_key = next(iter(answers))
    if tamper == "missing":
        del answers[first_key]
    elif tamper == "unknown_option":
        answers[first_key] = ["00000000-0000-0000-0000-000000000000"]
    else:
        answers["q-forged"] = ["x"]
    response = client.post(reverse("courses:quiz", args=[module.pk]), answers)
    assert response.status_code == 400
    assert "Des réponses manquent ou ne sont pas valables ; rien n'a été enregistré." in text(response)
    assert not QuizAttempt.objects.exists()


def test_quiz_of_a_cycle_you_are_not_enrolled_in(client, enrolled, make_cycle):
    other = modules_of(make_cycle(modules=1))[0]
    response = client.post(reverse("courses:quiz", args=[other.pk]), {}, follow=True)
    assert "Inscrivez-vous au cycle de formation pour passer ses quiz." in messages_of(response)
    assert not QuizAttempt.objects.exists()


def test_quiz_of_an_unknown_module_is_a_404(client, enrolled):
    assert client.get(reverse("courses:quiz", args=[999999])).status_code == 404


def test_quiz_results_are_private_to_their_learner(client, enrolled, make_user):
    cycle, user = enrolled
    module = modules_of(cycle)[0]
    attempt = services.quiz_submit(user=user, module=module, answers=right_answers(module))
    client.force_login(make_user())
    assert client.get(reverse("courses:quiz_result", args=[attempt.pk])).status_code == 404


def test_session_registration_twice_and_when_full(client, enrolled, make_user):
    cycle, _user = enrolled
    session = ModuleSession.objects.get()
    url = reverse("courses:session_register", args=[session.pk])
    assert "Vous êtes inscrit à cette session." in messages_of(client.post(url, follow=True))
    assert "Vous êtes déjà inscrit à cette session." in messages_of(client.post(url, follow=True))
    other = make_user()
    services.enrolment_create(user=other, cycle=cycle)
    client.force_login(other)
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert (
        "Cette session est complète. Choisissez une autre session ou contactez les formateurs."
        in messages_of(response)
    )
    assert "Cette session est complète." in text(response)
    assert SessionRegistration.objects.count() == 1


def test_session_registration_of_an_unknown_session_is_a_404(client, enrolled):
    assert client.post(reverse("courses:session_register", args=[999999])).status_code == 404


def test_session_calendar_file(client, enrolled):
    session = ModuleSession.objects.get()
    response = client.get(reverse("courses:session_ics", args=[session.pk]))
    body = text(response)
    assert response["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in body and "SUMMARY:Atelier" in body and "LOCATION:Marrakech" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_dashboard_shows_progress_and_resume(client, enrolled):
    cycle, user = enrolled
    first = lessons_of(modules_of(cycle)[0])[0]
    services.lesson_complete(user=user, lesson=first)
    response = client.get(reverse("courses:dashboard"))
    html = text(response)
    assert response.status_code == 200 and "Mon parcours" in html
    assert "Reprendre" in html and lessons_of(modules_of(cycle)[0])[1].url in html
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_dashboard_needs_sign_in(client, site_tree):
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302 and "/compte/login/" in response["Location"]


def test_dashboard_composes_the_certificates_list():
    source = (Path(settings.BASE_DIR) / "templates/courses/dashboard.html").read_text()
    assert "{% learner_certificates %}" in source


def test_cancelling_a_session_registration(client, enrolled):
    session = ModuleSession.objects.get()
    client.post(reverse("courses:session_register", args=[session.pk]))
    url = reverse("courses:session_unregister", args=[session.pk])
    assert "Votre inscription est annulée." in messages_of(client.post(url, follow=True))
    assert "Vous n'étiez pas inscrit à cette session." in messages_of(client.post(url, follow=True))
    assert not SessionRegistration.objects.exists()
