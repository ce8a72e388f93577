"""Receivers of the training cycle's completion signals: enqueue certificate issuance."""

import logging

logger = logging.getLogger(__name__)


def _enqueue(**task_kwargs) -> None:
    from certificates.tasks import issue_certificate

    try:
        issue_certificate.delay_on_commit(**task_kwargs)
    except Exception:  # a broker outage must not break completion; `issue_certificates` catches up
        logger.exception("Could not enqueue certificate issuance %s", task_kwargs)


def on_module_completed(sender, *, user_id, module_id, **kwargs):
    _enqueue(user_id=user_id, module_id=module_id)


def on_cycle_completed(sender, *, user_id, cycle_id, **kwargs):
    _enqueue(user_id=user_id, cycle_id=cycle_id)
