"""Signals the video library sends.

- ``processing_requested`` is sent with ``sender=Video`` and ``video_id=<int>`` after the commit of the
  transaction that marked a video as waiting for processing (a new source, a retry). The receiver
  queues the transcoding on the `video` queue (`courses.video.receivers`).
"""

from django.dispatch import Signal

processing_requested = Signal()
