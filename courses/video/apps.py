from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideoConfig(AppConfig):
    name = "courses.video"
    label = "video"
    verbose_name = _("Video library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete

        from courses.video import contexts, receivers  # noqa: F401 (contexts registers what pages show)
        from courses.video.models import Video, VideoCaption, VideoRendition
        from courses.video.signals import processing_requested

        processing_requested.connect(receivers.process_requested_video, dispatch_uid="video-process")

        for model in (Video, VideoRendition, VideoCaption):
            post_delete.connect(
                receivers.delete_files_after_commit,
                sender=model,
                dispatch_uid=f"video-files-{model.__name__}",
            )
