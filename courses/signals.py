"""Signals the training cycle sends when a learner completes something.

- ``module_completed`` is sent with ``sender=ModulePage``, ``user_id=<int>`` and
  ``module_id=<ModulePage pk>`` the first time a learner's module becomes complete (all lessons
  complete, the quiz passed if the module has one, a required session attended if it has one).
- ``cycle_completed`` is sent with ``sender=TrainingCyclePage``, ``user_id=<int>`` and
  ``cycle_id=<TrainingCyclePage pk>`` the first time every module of an enrolled learner's cycle is
  complete.

Each is sent exactly once per learner and module/cycle: a unique row (`ModuleCompletion`,
`Enrolment.completed_at`) records the first completion inside the same transaction, and the signal is
sent from ``transaction.on_commit``, so a receiver may enqueue a Celery task
(``task.delay(...)``) and the task will see the committed rows. Receivers must not raise: an error
in one would not undo the completion.
"""

from django.dispatch import Signal

module_completed = Signal()
cycle_completed = Signal()
