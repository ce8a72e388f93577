"""Demo content of the foundation: taxonomies, the home page, standard pages and demo accounts."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from academy.demo import DemoContext, register
from academy.models import Country, HomePage, Language, ProjectStage, SiteSettings, StandardPage, Theme, User
from academy.roles import MODERATORS, TRAINERS

DEMO_PASSWORD = "cooperation-demo"

COUNTRIES = [
    ("Bénin", "BJ", True),
    ("Burkina Faso", "BF", True),
    ("Cameroun", "CM", True),
    ("Côte d'Ivoire", "CI", True),
    ("Madagascar", "MG", True),
    ("Mali", "ML", True),
    ("Maroc", "MA", True),
    ("Mozambique", "MZ", True),
    ("Niger", "NE", True),
    ("Sénégal", "SN", True),
    ("Togo", "TG", True),
    ("Tunisie", "TN", True),
    ("Allemagne", "DE", False),
    ("Belgique", "BE", False),
    ("Espagne", "ES", False),
    ("France", "FR", False),
    ("Italie", "IT", False),
    ("Japon", "JP", False),
    ("Portugal", "PT", False),
]
THEMES = [
    ("Eau et assainissement", "eau-assainissement"),
    ("Gestion des déchets", "gestion-dechets"),
    ("État civil", "etat-civil"),
    ("Développement économique local", "developpement-economique-local"),
    ("Numérique et éducation", "numerique-education"),
    ("Adaptation au changement climatique", "adaptation-climat"),
    ("Gouvernance locale et finances", "gouvernance-finances"),
    ("Santé", "sante"),
    ("Culture et jeunesse", "culture-jeunesse"),
]
LANGUAGES = [("fr", "Français"), ("en", "English"), ("pt", "Português"), ("ar", "العربية")]
PROJECT_STAGES = [
    (1, "Identification et formulation", "Diagnostic des besoins conduit avec le partenaire."),
    (2, "Demande officielle", "La collectivité partenaire formalise sa demande."),
    (3, "Approbation, planification détaillée et évaluation ex ante", "Le projet est approuvé et planifié."),
    (4, "Accord sur les objectifs, produits et activités", "Les partenaires s'accordent par écrit."),
    (5, "Mise en œuvre et suivi", "Les activités sont réalisées et suivies."),
    (
        6,
        "Achèvement, suites et évaluation ex post",
        "Environ trois ans après la fin, on mesure ce qui reste.",
    ),
]
ACCOUNTS = [
    # email, full name, role, staff, superuser, groups
    ("learner@example.org", "Aminata Diallo", User.Role.COOPERATION_OFFICER, False, False, []),
    ("trainer@example.org", "Koffi Mensah", User.Role.TRAINER, True, False, [TRAINERS, MODERATORS]),
    ("admin@example.org", "Administratrice de l'Académie", User.Role.OTHER, True, True, []),
]


@register(0, "taxonomies")
def build_taxonomies(context: DemoContext) -> None:
    for name, iso, african in COUNTRIES:
        Country.objects.update_or_create(iso_code=iso, defaults={"name": name, "is_african": african})
    for name, slug in THEMES:
        Theme.objects.update_or_create(slug=slug, defaults={"name": name})
    for code, name in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": name})
    for number, name, description in PROJECT_STAGES:
        ProjectStage.objects.update_or_create(
            number=number, defaults={"name": name, "description": description}
        )


def _paragraph(html: str) -> tuple[str, str]:
    return ("paragraph", html)


@register(10, "site tree")
def build_site_tree(context: DemoContext) -> None:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Accueil", slug="accueil")
        root.add_child(instance=home)
    home.title = "Accueil"
    home.hero_title = "Se former à la coopération décentralisée, à son rythme"
    home.hero_text = (
        "<p>L'Académie accompagne les cadres des collectivités territoriales africaines et leurs partenaires "
        "étrangers : un cycle de formation hybride, des études de cas présentées par des pairs, une "
        "vidéothèque pensée pour les connexions lentes et des certificats vérifiables.</p>"
    )
    home.body = [
        ("heading", {"text": "Pour qui ?", "level": "h2"}),
        _paragraph(
            "<p>Chargés de coopération, élus, agents techniques : toute personne qui prépare, négocie, "
            "suit ou évalue un partenariat entre collectivités sous convention.</p>"
        ),
        (
            "key_points",
            {
                "title": "Ce que vous trouverez ici",
                "points": [
                    "Des modules courts, lisibles sur téléphone, que l'on reprend là où on s'est arrêté.",
                    "Des cas réels de partenariats, analysés par les pairs.",
                    "Des vidéos en basse définition, téléchargeables, avec leur transcription.",
                    "Un certificat que tout employeur ou bailleur peut vérifier en quelques secondes.",
                ],
            },
        ),
    ]
    home.save_revision().publish()

    # Point the default site at the home page and drop Wagtail's placeholder welcome page.
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = "localhost", 80, home, "Académie"
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).filter(content_type__model="page").delete()

    about = StandardPage.objects.child_of(home).filter(slug="a-propos").first()
    if about is None:
        about = StandardPage(title="À propos", slug="a-propos", show_in_menus=True)
        home.add_child(instance=about)
    about.introduction = (
        "L'Académie est un centre de ressources en ligne pour la coopération décentralisée et l'action "
        "internationale des collectivités territoriales (CD-AICT)."
    )
    about.body = [
        ("heading", {"text": "Une formation hybride", "level": "h2"}),
        _paragraph(
            "<p>Les modules en ligne préparent et prolongent des sessions en présentiel ou en "
            "visioconférence. "
            "Ils suivent le cycle d'un projet de coopération : de l'identification des partenaires à "
            "l'évaluation et à la capitalisation.</p>"
        ),
        (
            "quote",
            {
                "text": "La coopération décentralisée est un processus : elle demande du temps pour "
                "l'appropriation et l'évaluation conjointe.",
                "source": "Principe partagé par les praticiens",
            },
        ),
    ]
    about.save_revision().publish()
    context.objects["home"] = home

    settings_obj = SiteSettings.for_site(site)
    settings_obj.name = "Académie de la coopération décentralisée"
    settings_obj.tagline = "Former les acteurs des partenariats entre collectivités"
    settings_obj.footer_text = "Contenus de démonstration : les études de cas sont illustratives."
    settings_obj.contact_email = "contact@academie.example"
    settings_obj.fiscal_year_start_month = 4
    settings_obj.save()


@register(20, "demo accounts")
def build_accounts(context: DemoContext) -> None:
    benin = Country.objects.get(iso_code="BJ")
    for email, full_name, role, is_staff, is_superuser, groups in ACCOUNTS:
        user, _created = User.objects.get_or_create(email=email)
        user.full_name, user.role, user.country = full_name, role, benin
        user.organisation = "Commune de Porto-Novo" if role != User.Role.OTHER else "Académie"
        user.is_staff, user.is_superuser = is_staff, is_superuser
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        for group_name in groups:
            group, _ = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
        context.objects[email] = user
