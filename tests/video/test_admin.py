"""Admin: upload through the snippet form (validated by content), status in the listing, retry."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.video.models import Video

FORMSETS = {
    "captions-TOTAL_FORMS": "0",
    "captions-INITIAL_FORMS": "0",
    "captions-MIN_NUM_FORMS": "0",
    "captions-MAX_NUM_FORMS": "1000",
    "documents-count": "0",
}


def _form(source, **extra):
    return {
        "title": "Atelier budget",
        "slug": "atelier-budget",
        "kind": "teaching",
        "production_year": "2025",
        "source": source,
        **FORMSETS,
        **extra,
    }


def test_upload_of_a_renamed_text_file_is_refused_clearly(client, site_tree):
    client.force_login(site_tree.objects["trainer@example.org"])
    text = SimpleUploadedFile("atelier.mp4", b"Ordre du jour de l'atelier budget\n" * 40, "video/mp4")
    response = client.post(reverse("wagtailsnippets_video_video:add"), _form(text))
    assert response.status_code == 200
    assert "n’est pas une vidéo" in response.content.decode()
    assert not Video.objects.exists()


def test_upload_with_bad_captions_is_refused(client, site_tree, source_path):
    client.force_login(site_tree.objects["trainer@example.org"])
    video_file = SimpleUploadedFile("atelier.mp4", source_path.read_bytes(), "video/mp4")
    bad_vtt = SimpleUploadedFile("fr.vtt", b"WEBVTT\n\n00:00:05,000 --> 00:00:06,000\nVirgule\n", "text/vtt")
    data = _form(video_file, **{"captions-TOTAL_FORMS": "1", "captions-0-language": "fr",
                                "captions-0-file": bad_vtt, "captions-0-ORDER": "1"})  # fmt: skip
    response = client.post(reverse("wagtailsnippets_video_video:add"), data)
    assert response.status_code == 200
    assert "Ligne 3" in response.content.decode()
    assert not Video.objects.exists()


def test_upload_is_processed_after_save(client, site_tree, source_path, django_capture_on_commit_callbacks):
    client.force_login(site_tree.objects["trainer@example.org"])
    video_file = SimpleUploadedFile(
        "nom-quelconque.bin", source_path.read_bytes(), "application/octet-stream"
    )
    vtt = SimpleUploadedFile(
        "fr.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nLe budget participatif.\n", "text/vtt"
    )
    data = _form(video_file, **{"captions-TOTAL_FORMS": "1", "captions-0-language": "fr",
                                "captions-0-file": vtt, "captions-0-ORDER": "1"})  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailsnippets_video_video:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    video = Video.objects.get()
    assert video.status == Video.Status.READY, video.processing_error
    assert video.transcript == "Le budget participatif."
    assert video.renditions.count() == 3


def test_listing_shows_failure_and_retry_restarts(client, site_tree, uploaded_video,
                                                  django_capture_on_commit_callbacks):  # fmt: skip
    video = uploaded_video()
    Video.objects.filter(pk=video.pk).update(
        status=Video.Status.FAILED, processing_error="moov atom not found"
    )
    client.force_login(site_tree.objects["trainer@example.org"])
    html = client.get(reverse("wagtailsnippets_video_video:list")).content.decode()
    assert "Échec" in html and "moov atom not found" in html and "Relancer le traitement" in html
    retry = reverse("video_admin:retry", args=[video.pk])
    assert "Relancer le traitement" in client.get(retry).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(retry).status_code == 302
    video.refresh_from_db()
    assert video.status == Video.Status.READY


def test_learners_cannot_retry(client, make_user, uploaded_video):
    video = uploaded_video()
    client.force_login(make_user())
    response = client.post(reverse("video_admin:retry", args=[video.pk]))
    assert response.status_code in (302, 403, 404)
    video.refresh_from_db()
    assert video.status == Video.Status.PENDING
