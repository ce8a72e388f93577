"""The trainer's view: cohort report, CSV export and attendance, limited to the Trainers group."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from academy.roles import TRAINERS
from courses import services
from courses.models import ModuleSession, SessionRegistration

from .conftest import lessons_of, modules_of, right_answers, session_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(make_cycle, make_user):
    cycle = make_cycle(modules=2, lessons=2, session=session_fields(attendance_required=True))
    learner = make_user(full_name="=Awa Traoré", organisation="Commune de Ségou")
    services.enrolment_create(user=learner, cycle=cycle)
    first = modules_of(cycle)[0]
    services.lesson_complete(user=learner, lesson=lessons_of(first)[0])
    services.quiz_submit(user=learner, module=first, answers=right_answers(first))
    services.session_register(user=learner, session=ModuleSession.objects.get())
    return cycle, learner


@pytest.fixture
def trainer(make_user):
    user = make_user(email="formateur@example.org")
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


def test_trainer_sees_the_cohort_report(client, cohort, trainer):
    cycle, learner = cohort
    client.force_login(trainer)
    index = client.get(reverse("courses_admin:cohorts"))
    assert index.status_code == 200 and cycle.title in index.content.decode()
    assert "09:00 (Africa/Casablanca)" in index.content.decode()
    report = client.get(reverse("courses_admin:report", args=[cycle.pk])).content.decode()
    assert learner.email in report and "1/2" in report and "100 %" in report


def test_csv_export_has_one_row_per_learner_and_neutralises_formulas(client, cohort, trainer):
    cycle, learner = cohort
    client.force_login(trainer)
    response = client.get(reverse("courses_admin:report_csv", args=[cycle.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:6] == ["Nom", "Courriel", "Pays", "Organisation", "Inscrit le", "Progression (%)"]
    assert len(rows) == 2
    assert rows[1][0] == "'=Awa Traoré" and rows[1][1] == learner.email
    assert rows[1][6:10] == ["1/2", "100", "non", "non"]


def test_attendance_sheet_records_presence_and_completes_the_module(client, cohort, trainer):
    cycle, learner = cohort
    session = ModuleSession.objects.get()
    first = modules_of(cycle)[0]
    services.lesson_complete(user=learner, lesson=lessons_of(first)[1])
    client.force_login(trainer)
    url = reverse("courses_admin:attendance", args=[session.pk])
    assert learner.email in client.get(url).content.decode()
    response = client.post(url, {"attended": [str(learner.pk), "junk"]})
    assert response.status_code == 302
    assert SessionRegistration.objects.get().attended is True
    assert learner.module_completions.filter(module=first).exists()


def test_learners_cannot_open_the_trainer_views(client, cohort, make_user):
    cycle, learner = cohort
    client.force_login(learner)
    for url in (
        reverse("courses_admin:cohorts"),
        reverse("courses_admin:report_csv", args=[cycle.pk]),
        reverse("courses_admin:attendance", args=[ModuleSession.objects.get().pk]),
    ):
        assert client.get(url).status_code in (302, 403), url


def test_trainers_group_has_only_what_it_needs():
    codenames = set(Group.objects.get(name=TRAINERS).permissions.values_list("codename", flat=True))
    assert {"view_cohort_report", "change_sessionregistration", "access_admin"} <= codenames
    assert not {"delete_enrolment", "change_enrolment", "delete_quizattempt"} & codenames


def test_admin_edit_and_add_forms_render_for_cycle_module_and_lesson(client, cohort, make_user):
    from wagtail.models import Page

    cycle, _learner = cohort
    admin = make_user(email="root@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    module = modules_of(cycle)[0]
    lesson = lessons_of(module)[0]
    for page in (cycle, module, lesson):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    assert (
        client.get(reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])).status_code
        == 200
    )
    home = Page.objects.get(depth=2)
    assert (
        client.get(
            reverse("wagtailadmin_pages:add", args=["courses", "trainingcyclepage", home.pk])
        ).status_code
        == 200
    )


def test_page_tree_is_enforced():
    from courses.models import LessonPage, ModulePage, TrainingCyclePage

    assert ModulePage.allowed_parent_page_models() == [TrainingCyclePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert LessonPage.allowed_subpage_models() == []


def test_trainers_can_edit_the_demo_cycle_and_nothing_else(client, site_tree, trainer):
    from demo.builders.courses import build_cycle

    cycle = build_cycle(site_tree)
    client.force_login(trainer)
    module = modules_of(cycle)[0]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[cycle.get_parent().pk])).status_code in (
        302,
        403,
    )


def test_reminder_task_is_scheduled_and_sends(
    make_cycle, make_user, settings, django_capture_on_commit_callbacks
):
    import datetime

    from django.core import mail
    from django.utils import timezone

    from courses.tasks import send_session_reminders

    assert settings.CELERY_BEAT_SCHEDULE["courses-session-reminders"]["task"] == send_session_reminders.name
    tomorrow_soon = timezone.now() + datetime.timedelta(hours=5)
    cycle = make_cycle(
        modules=1,
        session=session_fields(
            date=tomorrow_soon.astimezone(datetime.UTC).date(),
            start_time=tomorrow_soon.astimezone(datetime.UTC).time().replace(microsecond=0),
            end_time=datetime.time(23, 59, 59),
            time_zone="UTC",
        ),
    )
    user = make_user()
    services.enrolment_create(user=user, cycle=cycle)
    services.session_register(user=user, session=ModuleSession.objects.get())
    with django_capture_on_commit_callbacks(execute=True):
        assert send_session_reminders.delay().get() == 1
    assert len(mail.outbox) == 1


def test_admin_preview_of_a_module_with_a_session_renders(cohort, make_user, rf):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.middleware import SessionMiddleware

    cycle, _learner = cohort
    draft = modules_of(cycle)[0].get_latest_revision_as_object()
    request = rf.get("/")
    request.user = make_user(email="root2@example.org", is_staff=True, is_superuser=True)
    SessionMiddleware(lambda r: None).process_request(request)
    request._messages = FallbackStorage(request)
    response = draft.serve_preview(request, draft.default_preview_mode)
    response.render()
    assert response.status_code == 200 and "Atelier" in response.content.decode()
