"""Keep the media folder in step with the library: a deleted video leaves no file behind."""

from django.db import transaction

# The file fields of each model whose rows own their files (nothing else points to these names).
FILE_FIELDS = {"Video": ("source",), "VideoRendition": ("file",), "VideoCaption": ("file",)}


def delete_files_after_commit(sender, instance, **kwargs) -> None:
    """Remove a deleted row's files once the deletion is committed (a rollback keeps them)."""
    for field_name in FILE_FIELDS.get(sender.__name__, ()):
        file = getattr(instance, field_name)
        if file and file.name:
            storage, name = file.storage, file.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
