"""A real Celery worker consuming the `certificates` queue from Redis issues a certificate once."""

import pytest

from academy.celery import app as celery_app
from certificates.models import Certificate
from certificates.tasks import issue_certificate
from courses.models import ModuleCompletion
from courses.signals import module_completed


@pytest.fixture
def certificates_worker(celery_worker_on):
    """A worker thread that only consumes the `certificates` queue."""
    with celery_worker_on("certificates"):
        yield


def test_issuance_task_is_routed_to_the_certificates_queue():
    assert celery_app.amqp.router.route({}, issue_certificate.name)["queue"].name == "certificates"


@pytest.mark.django_db(transaction=True)
def test_completion_sent_twice_issues_one_certificate_through_a_real_worker(
    certificates_worker, postgres, training, certificate_template, make_user
):
    user = make_user()
    module = training["modules"][0]
    ModuleCompletion.objects.create(user=user, module=module)
    # What courses does on commit, twice (a retried request, a double click): two tasks in the queue.
    module_completed.send(sender=type(module), user_id=user.pk, module_id=module.pk)
    module_completed.send(sender=type(module), user_id=user.pk, module_id=module.pk)
    results = [issue_certificate.delay(user_id=user.pk, module_id=module.pk) for _ in range(2)]
    pks = {result.get(timeout=60) for result in results}
    assert len(pks) == 1
    certificate = Certificate.objects.get(learner=user)
    assert certificate.pk in pks and certificate.is_issued
    assert Certificate.objects.count() == 1
