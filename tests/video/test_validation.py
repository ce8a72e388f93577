"""Bad input: a renamed text file, an oversize or truncated video, malformed WebVTT."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.video import ffmpeg
from courses.video.validators import (
    parse_webvtt,
    transcript_from_webvtt,
    validate_video_upload,
    validate_webvtt,
)


def _upload(name, content, content_type="video/mp4"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_a_text_file_renamed_mp4_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_video_upload(
            _upload("seance.mp4", b"Compte rendu de la seance du conseil municipal.\n" * 50)
        )
    assert error.value.code == "not_video"
    assert "n’est pas une vidéo" in error.value.messages[0]


def test_an_oversize_file_is_refused(settings, source_path):
    settings.VIDEO_MAX_UPLOAD_SIZE = 10_000
    with pytest.raises(ValidationError) as error:
        validate_video_upload(_upload("seance.mp4", source_path.read_bytes()))
    assert error.value.code == "too_big"
    assert "9,8\xa0Kio" in error.value.messages[0] or "limite" in error.value.messages[0]


def test_a_truncated_video_is_refused(tmp_path):
    # Without +faststart the index (moov) comes last: cutting the file loses it.
    source = tmp_path / "complet.mp4"
    ffmpeg.make_test_pattern(source, 3)
    content = source.read_bytes()
    assert content.find(b"moov") > content.find(b"mdat")
    with pytest.raises(ValidationError) as error:
        validate_video_upload(_upload("tronque.mp4", content[: len(content) // 2]))
    assert error.value.code == "unreadable"
    assert "tronqué" in error.value.messages[0]


def test_a_real_video_named_oddly_is_accepted(source_path):
    upload = _upload("sans-extension.bin", source_path.read_bytes(), "application/octet-stream")
    assert validate_video_upload(upload) is None  # recognised by its bytes, whatever its name and type
    assert upload.tell() == 0  # rewound: the whole file is stored after validation
    assert upload.read() == source_path.read_bytes()


GOOD_VTT = "WEBVTT\n\n00:00.000 --> 00:01.500\nBonjour\n\n00:01.500 --> 00:03.000 align:start\n<i>Salut</i>\n"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("00:00.000 --> 00:01.000\nSans en-tête\n", "vtt_header"),
        ("WEBVTT\n\n00:00.0 --> 00:01.000\nMillisecondes manquantes\n", "vtt_timestamp"),
        ("WEBVTT\n\n00:61.000 --> 00:62.000\nSecondes impossibles\n", "vtt_timestamp"),
        ("WEBVTT\n\n00:00:05.000 -> 00:00:06.000\nFlèche cassée\n", None),
        ("WEBVTT\n\n00:05.000 --> 00:04.000\nFin avant le début\n", "vtt_order"),
        ("WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n", "vtt_order"),
        ("WEBVTT\n\nNOTE rien d'autre\n", "vtt_empty"),
    ],
)
def test_bad_webvtt_is_refused_with_a_clear_message(text, code):
    with pytest.raises(ValidationError) as error:
        validate_webvtt(_upload("sous-titres.vtt", text.encode(), "text/vtt"))
    if code:
        assert error.value.code == code
    assert error.value.messages[0]


def test_bad_timestamp_message_names_the_line():
    with pytest.raises(ValidationError) as error:
        parse_webvtt("WEBVTT\n\n00:00.0 --> 00:01.000\nx\n")
    assert "Ligne 3" in error.value.messages[0]


def test_good_webvtt_gives_cues_and_transcript():
    validate_webvtt(_upload("ok.vtt", ("\ufeff" + GOOD_VTT).encode(), "text/vtt"))
    assert parse_webvtt(GOOD_VTT) == [(0.0, 1.5, "Bonjour"), (1.5, 3.0, "Salut")]
    assert transcript_from_webvtt(GOOD_VTT) == "Bonjour\nSalut"


def test_non_utf8_webvtt_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_webvtt(_upload("latin1.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nÉté\n".encode("latin-1")))
    assert error.value.code == "vtt_encoding"
