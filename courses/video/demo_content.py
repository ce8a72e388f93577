"""Demo content of the video library: short generated videos with captions, the library page, a seminar.

The videos are synthesised with ffmpeg (a test pattern and a tone) so no media is committed. Safe to run
again: lookups by slug, and a video already processed from its source is not transcoded twice.
"""

import tempfile
from datetime import date
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile

from academy.demo import DemoContext, register
from academy.models import HomePage, Language, Theme
from courses.video import ffmpeg, services
from courses.video.models import SeminarArchive, Video, VideoCaption, VideoDailyViews, VideoLibraryPage

SECONDS = 20

VIDEOS = [
    {
        "slug": "principes-cooperation-decentralisee",
        "title": "Les principes de la coopération décentralisée",
        "description": "Ce qui distingue un partenariat entre collectivités d'un projet d'aide classique : "
        "une convention, un intérêt partagé, la durée.",
        "kind": Video.Kind.TEACHING,
        "year": 2024,
        "themes": ["gouvernance-finances"],
        "speaker": "Awa Koné",
        "organisation": "Académie de la coopération",
        "captions": {
            "fr": [
                "Bienvenue dans ce module sur la coopération décentralisée.",
                "Un partenariat lie deux collectivités par une convention signée.",
                "Chacune y trouve un intérêt : on parle de réciprocité.",
                "La confiance se construit sur plusieurs années.",
            ],
            "en": [
                "Welcome to this module on decentralised cooperation.",
                "A partnership binds two local governments through a signed agreement.",
                "Each of them has an interest in it: we call it reciprocity.",
                "Trust is built over several years.",
            ],
        },
    },
    {
        "slug": "diagnostic-eau-assainissement",
        "title": "Conduire un diagnostic eau et assainissement avec le partenaire",
        "description": "Les étapes d'un diagnostic partagé : visites de terrain, entretiens avec "
        "les usagers, restitution au conseil municipal.",
        "kind": Video.Kind.TEACHING,
        "year": 2025,
        "themes": ["eau-assainissement"],
        "speaker": "Jean-Baptiste Houngbo",
        "organisation": "Commune de Porto-Novo",
        "captions": {
            "fr": [
                "Le diagnostic commence par une visite des bornes-fontaines.",
                "On écoute les usagers avant de proposer des solutions.",
                "La restitution au conseil municipal valide les priorités.",
            ],
            "en": [
                "The assessment starts with a visit to the standpipes.",
                "We listen to users before proposing solutions.",
                "Reporting back to the municipal council confirms the priorities.",
            ],
        },
    },
    {
        "slug": "seminaire-etat-civil-ouverture",
        "title": "Séminaire état civil : séance d'ouverture",
        "description": "Enregistrement de l'ouverture du séminaire régional sur la modernisation "
        "de l'état civil.",
        "kind": Video.Kind.RECORDING,
        "year": 2025,
        "themes": ["etat-civil", "numerique-education"],
        "speaker": "Fatou Sarr",
        "organisation": "Ville de Saint-Louis",
        "seminar": True,
        "captions": {
            "fr": [
                "Mesdames et messieurs, bienvenue à ce séminaire.",
                "L'enregistrement des naissances reste notre première priorité.",
                "Les registres numériques doivent rester accessibles hors connexion.",
            ],
            "en": [
                "Ladies and gentlemen, welcome to this seminar.",
                "Birth registration remains our first priority.",
                "Digital registers must stay usable offline.",
            ],
        },
    },
    {
        "slug": "seminaire-etat-civil-atelier",
        "title": "Séminaire état civil : atelier sur les registres",
        "description": "Atelier pratique : numériser les registres sans perdre les actes anciens.",
        "kind": Video.Kind.RECORDING,
        "year": 2025,
        "themes": ["etat-civil"],
        "speaker": "Moussa Traoré",
        "organisation": "Commune de Ségou",
        "seminar": True,
        "captions": {
            "fr": [
                "On numérise d'abord les registres les plus consultés.",
                "Chaque acte est vérifié deux fois.",
            ],
            "en": ["We first digitise the most consulted registers.", "Each record is checked twice."],
        },
    },
]


def webvtt(lines: list[str], seconds: int = SECONDS) -> str:
    """Spread caption lines evenly over the video as WebVTT cues."""
    step = seconds / len(lines)
    cues = ["WEBVTT", ""]
    for index, line in enumerate(lines):
        start, end = index * step, (index + 1) * step - 0.1
        cues += [f"{_ts(start)} --> {_ts(end)}", line, ""]
    return "\n".join(cues)


def _ts(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


@register(150, "video library")
def build_video_library(context: DemoContext) -> None:
    home = context.objects.get("home") or HomePage.objects.first()
    library = VideoLibraryPage.objects.first()
    if library is None:
        library = VideoLibraryPage(title="Vidéothèque", slug="videotheque", show_in_menus=True)
        home.add_child(instance=library)
    library.introduction = (
        "<p>Des vidéos courtes et des enregistrements de séminaires, en basse définition, avec leur taille "
        "affichée et leur transcription. Rien ne se télécharge avant que vous appuyiez sur lecture.</p>"
    )
    library.save_revision().publish()
    context.objects["video_library"] = library

    seminar, _created = SeminarArchive.objects.update_or_create(
        slug="seminaire-regional-etat-civil-2025",
        defaults={
            "title": "Séminaire régional sur l'état civil",
            "date": date(2025, 3, 12),
            "place": "Saint-Louis (Sénégal)",
            "syllabus": "<ul><li>Ouverture et enjeux</li><li>Atelier : numériser les registres</li>"
            "<li>Retours d'expérience des communes partenaires</li></ul>",
        },
    )
    french = Language.objects.get(code="fr")
    videos = []
    with tempfile.TemporaryDirectory(prefix="demo-video-") as tmp:
        for spec in VIDEOS:
            videos.append(_build_video(spec, seminar, french, Path(tmp), context))
    context.objects["demo_videos"] = videos
    _seed_views(videos)
    embed_in_lessons(videos[:2], context)


def _seed_views(videos: list[Video]) -> None:
    """Give the statistics report a plausible history: views on the 15th of each past month."""
    today = date.today()
    for rank, video in enumerate(videos):
        for months_ago in range(1, 25):
            year, month = divmod(today.year * 12 + today.month - 1 - months_ago, 12)
            views = (7 * (rank + 2) + 5 * months_ago) % 23 + 4 * (len(videos) - rank)
            VideoDailyViews.objects.update_or_create(
                video=video, date=date(year, month + 1, 15), defaults={"views": views}
            )
        total = sum(video.daily_views.values_list("views", flat=True))
        Video.objects.filter(pk=video.pk).update(view_count=total)


LESSON_INTROS = [
    "Regardez cette courte vidéo avant de lire la suite : elle pose les principes.",
    "Cette vidéo montre un diagnostic conduit avec la commune partenaire.",
]


def embed_in_lessons(videos: list[Video], context: DemoContext) -> None:
    """Put a library video near the top of the first lessons of the demo cycle (replacing earlier ones)."""
    from courses.models import LessonPage

    lessons = list(LessonPage.objects.live().order_by("path")[: len(videos)])
    for lesson, video, intro in zip(lessons, videos, LESSON_INTROS, strict=False):
        blocks = [(block.block_type, block.value) for block in lesson.body if block.block_type != "video"]
        blocks.insert(min(1, len(blocks)), ("video", {"video": video, "introduction": intro}))
        lesson.body = blocks
        lesson.save_revision().publish()
        context.objects.setdefault("lessons_with_video", []).append(lesson)


def _build_video(spec: dict, seminar: SeminarArchive, french: Language, tmp: Path, context) -> Video:
    video = Video.objects.filter(slug=spec["slug"]).first() or Video(slug=spec["slug"])
    video.title, video.description, video.kind = spec["title"], spec["description"], spec["kind"]
    video.production_year, video.speaker, video.organisation = (
        spec["year"],
        spec["speaker"],
        spec["organisation"],
    )
    video.seminar = seminar if spec.get("seminar") else None
    if not video.source:
        source = tmp / f"{spec['slug']}.mp4"
        ffmpeg.make_test_pattern(source, SECONDS)
        with source.open("rb") as handle:
            video.source.save(source.name, File(handle), save=False)
    video.save()
    video.themes.set(Theme.objects.filter(slug__in=spec["themes"]))
    video.languages.set([french])
    video.save()
    for order, (language, lines) in enumerate(spec["captions"].items()):
        caption = VideoCaption.objects.filter(video=video, language=language).first() or VideoCaption(
            video=video, language=language
        )
        caption.sort_order = order
        if not caption.file:
            caption.file.save(
                f"{spec['slug']}-{language}.vtt", ContentFile(webvtt(lines).encode()), save=False
            )
        caption.save()
    services.video_transcripts_refresh(video=video)
    services.video_process(video_id=video.pk)  # synchronously: the demo must be complete when it ends
    video.refresh_from_db()
    rendition = video.renditions.order_by("size_bytes").exclude(label="audio").first()
    if rendition and video.source_size:
        context.log(
            f"  {video.slug}: source {video.source_size / 1e6:.2f} MB, "
            f"{rendition.label} {rendition.size_bytes / 1e6:.2f} MB"
        )
    return video
