"""Two parallel completions of the same lesson (or of a module's last two lessons) on PostgreSQL."""

import threading

import pytest
from django.db import connection

from courses import services
from courses.models import LessonCompletion, ModuleCompletion
from courses.signals import module_completed

from .conftest import lessons_of, modules_of


def _run_in_parallel(*calls):
    """Run each call in its own thread (its own database connection), released at the same moment."""
    barrier = threading.Barrier(len(calls))
    errors = []

    def worker(call):
        try:
            barrier.wait(timeout=10)
            call()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


@pytest.mark.django_db(transaction=True)
def test_two_parallel_completions_of_one_lesson_give_one_row(postgres, make_cycle, make_user):
    cycle, user = make_cycle(modules=1, lessons=1, quiz=False), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    lesson = lessons_of(modules_of(cycle)[0])[0]
    sent = []

    def receiver(sender, **kwargs):
        sent.append(kwargs["module_id"])

    module_completed.connect(receiver)
    try:
        _run_in_parallel(*[lambda: services.lesson_complete(user=user, lesson=lesson)] * 2)
    finally:
        module_completed.disconnect(receiver)
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).count() == 1
    assert ModuleCompletion.objects.filter(user=user).count() == 1
    assert len(sent) == 1


@pytest.mark.django_db(transaction=True)
def test_parallel_completion_of_the_last_two_lessons_completes_the_module(postgres, make_cycle, make_user):
    cycle, user = make_cycle(modules=1, lessons=2, quiz=False), make_user()
    services.enrolment_create(user=user, cycle=cycle)
    first, second = lessons_of(modules_of(cycle)[0])
    _run_in_parallel(
        lambda: services.lesson_complete(user=user, lesson=first),
        lambda: services.lesson_complete(user=user, lesson=second),
    )
    assert LessonCompletion.objects.filter(user=user).count() == 2
    assert ModuleCompletion.objects.filter(user=user).count() == 1
