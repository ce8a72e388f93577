"""Signals the peer_cases app sends.

- ``analysis_decided`` is sent with ``sender=PeerAnalysis``, ``analysis_id=<int>`` and ``status``
  (approved or rejected) after the commit of a trainer's decision; the receiver emails the author.
"""

from django.dispatch import Signal

analysis_decided = Signal()
