"""Receivers of the video library: queue processing when asked; a deleted video leaves no file behind."""

from django.db import transaction

# The file fields of each model whose rows own their files (nothing else points to these names).
FILE_FIELDS = {"Video": ("source",), "VideoRendition": ("file",), "VideoCaption": ("file",)}


def process_requested_video(sender, *, video_id: int, **kwargs) -> None:
    """Queue the transcoding of a video whose processing was requested (sent after commit)."""
    from courses.video.tasks import process_video

    process_video.delay(video_id)


def delete_files_after_commit(sender, instance, **kwargs) -> None:
    """Remove a deleted row's files once the deletion is committed (a rollback keeps them)."""
    for field_name in FILE_FIELDS.get(sender.__name__, ()):
        file = getattr(instance, field_name)
        if file and file.name:
            storage, name = file.storage, file.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
