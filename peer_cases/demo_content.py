"""Demo content of peer_cases: the case library and six illustrative case studies (fictional figures)."""

from datetime import date

from academy.demo import DemoContext, register
from academy.models import Country, HomePage, ProjectStage, Theme
from courses.models import ModulePage
from peer_cases.models import CaseStudyIndexPage, CaseStudyPage, CooperationType
from peer_cases.services import case_index_setup

INDEX_SLUG = "etudes-de-cas"
# Which module of the demo training cycle (courses/demo_texts.py) each stage of a case relates to.
MODULE_FOR_STAGE = {
    1: "identifier-partenaires-monter-projet",
    2: "identifier-partenaires-monter-projet",
    3: "identifier-partenaires-monter-projet",
    4: "conventions-de-cooperation",
    5: "mise-en-oeuvre-suivi-evaluation",
    6: "mise-en-oeuvre-suivi-evaluation",
}


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _steps(*steps: tuple[int, str]) -> list:
    return [("step", {"stage": str(stage), "text": _p(text)}) for stage, text in steps]


def _indicators(*rows: tuple[str, str, str, str]) -> list:
    return [
        ("indicator", {"label": label, "baseline": baseline, "target": target, "achieved": achieved})
        for label, baseline, target, achieved in rows
    ]


CASES = [
    {
        "slug": "eau-potable-bohicon",
        "title": "Des bornes-fontaines gérées par les quartiers à Bohicon",
        "summary": "Une commune béninoise et un département français remettent en service des points "
        "d'eau et "
        "confient leur gestion à des comités de quartier, avec un tarif qui couvre l'entretien.",
        "local": ("Commune de Bohicon", "BJ"),
        "foreign": ("Département de la Vienne", "FR"),
        "type": CooperationType.DEVELOPMENT_PROJECT,
        "themes": ["eau-assainissement"],
        "stages": [1, 4, 5, 6],
        "years": (2017, 2021),
        "budget": 420000,
        "funding": "Commune (10 %), département partenaire (35 %), agence de l'eau française (40 %), "
        "usagers par la tarification (15 %).",
        "agreement": ("Convention de coopération décentralisée 2017-2021", date(2017, 3, 14)),
        "presenter": ("Rodrigue Adjovi", "peer", "Commune de Bohicon"),
        "context": _p(
            "Dans les quartiers périphériques, une part importante des bornes-fontaines était hors "
            "service et les "
            "ménages achetaient l'eau à des revendeurs, plus cher et sans contrôle de qualité.",
            "Le partenariat existait depuis dix ans sous forme d'échanges culturels ; la commune a "
            "demandé de "
            "l'orienter vers un service essentiel.",
        ),
        "steps": _steps(
            (1, "Diagnostic conjoint de 60 points d'eau avec les chefs de quartier et le service technique."),
            (4, "Convention fixant les objectifs, le partage des coûts et le rôle des comités de gestion."),
            (5, "Réhabilitation par tranches, formation des fontainiers, suivi mensuel des recettes."),
            (6, "Évaluation à la fin du projet puis visite de suivi deux ans après."),
        ),
        "results": _p(
            "Le service est rétabli dans la plupart des quartiers visés et les recettes paient "
            "les petites réparations."
        ),
        "indicators": _indicators(
            ("Bornes-fontaines en service", "22", "60", "54"),
            ("Ménages desservis à moins de 300 m", "1 800", "5 000", "4 600"),
            ("Comités de gestion tenant des comptes", "0", "20", "17"),
        ),
        "difficulties": _p(
            "Des tensions sur le prix de l'eau au démarrage ; le départ d'un agent formé a "
            "fragilisé le suivi pendant six mois."
        ),
        "lessons": _ul(
            "Fixer le tarif avec les usagers avant les travaux, pas après.",
            "Former au moins deux personnes par fonction pour résister au départ d'un agent.",
        ),
        "strengths": _p("Une forte appropriation par les quartiers ; des comptes tenus et affichés."),
        "weaknesses": _p("Une dépendance persistante au partenaire pour les pièces de rechange."),
        "recommendations": _p("Prévoir dès la convention une ligne pour les pièces et un fournisseur local."),
    },
    {
        "slug": "dechets-bafoussam",
        "title": "Une filière de pré-collecte des déchets à Bafoussam",
        "summary": "Une commune camerounaise et une ville belge structurent la pré-collecte des ordures "
        "ménagères par des associations de jeunes rémunérées par abonnement.",
        "local": ("Commune de Bafoussam 1er", "CM"),
        "foreign": ("Ville de Liège", "BE"),
        "type": CooperationType.TECHNICAL_ASSISTANCE,
        "themes": ["gestion-dechets"],
        "stages": [3, 5],
        "years": (2019, 2023),
        "budget": 185000,
        "funding": "Commune, ville partenaire, coopération belge au développement.",
        "agreement": ("Accord de partenariat technique", date(2019, 6, 2)),
        "presenter": ("Mireille Nkoulou", "peer", "Commune de Bafoussam 1er"),
        "context": _p(
            "Les dépôts sauvages se multipliaient et le camion municipal ne desservait que les axes "
            "principaux."
        ),
        "steps": _steps(
            (3, "Plan détaillé par quartier et évaluation ex ante des coûts d'abonnement."),
            (
                5,
                "Équipement de six associations (charrettes, tenues), contrats de quartier, suivi des "
                "tonnages.",
            ),
        ),
        "results": _p(
            "La pré-collecte couvre une partie des quartiers denses ; les dépôts sauvages reculent."
        ),
        "indicators": _indicators(
            ("Ménages abonnés", "0", "3 000", "2 150"),
            ("Dépôts sauvages recensés", "48", "15", "21"),
        ),
        "difficulties": _p("Le taux de paiement des abonnements baisse en saison des pluies."),
        "lessons": _ul(
            "Associer les chefs de bloc au recouvrement.", "Mesurer les tonnages dès le premier mois."
        ),
        "strengths": _p("Des emplois pour les jeunes ; une assistance technique ciblée et courte."),
        "weaknesses": _p("Le lien avec la décharge contrôlée n'était pas réglé au départ."),
        "recommendations": _p("Traiter la chaîne entière, de la pré-collecte à l'élimination."),
    },
    {
        "slug": "etat-civil-kayes",
        "title": "Moderniser l'état civil dans le cercle de Kayes",
        "summary": "Des communes maliennes et une région française forment les officiers d'état civil et "
        "lancent des audiences foraines pour enregistrer les naissances non déclarées.",
        "local": ("Communes du cercle de Kayes", "ML"),
        "foreign": ("Région Centre-Val de Loire", "FR"),
        "type": CooperationType.DEVELOPMENT_PROJECT,
        "themes": ["etat-civil"],
        "stages": [1, 2, 3],
        "years": (2021, 2024),
        "budget": 260000,
        "funding": "Région partenaire, appel à projets du ministère français des affaires étrangères, "
        "communes.",
        "agreement": ("Convention-cadre et avenant annuel", date(2021, 11, 20)),
        "presenter": ("Koffi Mensah", "trainer", "Académie"),
        "context": _p(
            "De nombreux enfants n'ont pas d'acte de naissance, ce qui les empêche de passer les "
            "examens scolaires."
        ),
        "steps": _steps(
            (1, "Enquête auprès des centres d'état civil et des écoles."),
            (2, "Délibérations des conseils communaux et demande officielle à la région partenaire."),
            (3, "Plan détaillé, calendrier des audiences foraines, évaluation ex ante."),
        ),
        "results": _p("Le projet est approuvé et planifié ; les premières formations ont eu lieu."),
        "indicators": _indicators(("Officiers d'état civil formés", "0", "40", "18")),
        "difficulties": _p("L'insécurité a reporté plusieurs missions de terrain."),
        "lessons": _ul("Prévoir des formations à distance quand les déplacements sont impossibles."),
        "strengths": _p("Une demande officielle claire, portée par les élus."),
        "weaknesses": _p("Une planification qui dépend de missions en présentiel."),
        "recommendations": _p("Associer les services de l'État dès l'identification, sans les contourner."),
    },
    {
        "slug": "economie-locale-chefchaouen",
        "title": "Un label pour les produits du terroir de Chefchaouen",
        "summary": "Une commune marocaine et une province espagnole accompagnent des coopératives de femmes "
        "vers un label et des circuits de vente.",
        "local": ("Commune de Chefchaouen", "MA"),
        "foreign": ("Province de Grenade", "ES"),
        "type": CooperationType.TWINNING,
        "themes": ["developpement-economique-local"],
        "stages": [4, 5, 6],
        "years": (2016, 2020),
        "budget": 310000,
        "funding": "Jumelage, coopération espagnole, chambre de commerce régionale.",
        "agreement": ("Charte de jumelage et convention de projet", date(2016, 4, 8)),
        "presenter": ("Samira El Idrissi", "peer", "Commune de Chefchaouen"),
        "context": _p(
            "Des coopératives produisaient des fromages et des plantes aromatiques vendus sans marque."
        ),
        "steps": _steps(
            (4, "Accord sur les objectifs : un cahier des charges, un label, trois points de vente."),
            (5, "Formations à l'hygiène et à l'étiquetage, salon annuel, boutique partagée."),
            (
                6,
                "Évaluation ex post trois ans après : la plupart des coopératives vendent encore sous le "
                "label.",
            ),
        ),
        "results": _p("Les revenus des coopératives labellisées ont augmenté."),
        "indicators": _indicators(
            ("Coopératives labellisées", "0", "15", "12"),
            ("Points de vente", "0", "3", "4"),
        ),
        "difficulties": _p("La certification sanitaire a pris plus d'un an."),
        "lessons": _ul("Commencer les démarches sanitaires dès la formulation."),
        "strengths": _p("Une évaluation ex post réellement conduite et partagée."),
        "weaknesses": _p("Peu de jeunes dans les coopératives."),
        "recommendations": _p("Relier le label à l'offre touristique de la commune."),
    },
    {
        "slug": "numerique-ecoles-quelimane",
        "title": "Des ordinateurs reconditionnés pour les écoles de Quelimane",
        "summary": "Une municipalité mozambicaine et une ville portugaise équipent des écoles avec des "
        "postes "
        "reconditionnés et forment des enseignants référents.",
        "local": ("Municipalité de Quelimane", "MZ"),
        "foreign": ("Ville de Braga", "PT"),
        "type": CooperationType.TECHNICAL_ASSISTANCE,
        "themes": ["numerique-education"],
        "stages": [1, 5],
        "years": (2020, 2023),
        "budget": 95000,
        "funding": "Ville partenaire, entreprises donatrices de matériel, municipalité (locaux et "
        "électricité).",
        "agreement": ("Protocole d'accord", date(2020, 9, 1)),
        "presenter": ("Armando Sitoe", "peer", "Municipalité de Quelimane"),
        "context": _p(
            "Les écoles secondaires n'avaient pas de salle informatique ; l'électricité est instable."
        ),
        "steps": _steps(
            (1, "Inventaire des écoles, de leurs locaux et de leur alimentation électrique."),
            (5, "Atelier de reconditionnement, postes en mode terminal, onduleurs, formation des référents."),
        ),
        "results": _p("Des salles équipées fonctionnent dans plusieurs écoles."),
        "indicators": _indicators(
            ("Écoles équipées", "0", "10", "8"), ("Enseignants référents", "0", "20", "16")
        ),
        "difficulties": _p("Coupures de courant ; matériel arrivé en retard au port."),
        "lessons": _ul("Budgéter l'énergie (onduleurs, solaire) autant que les ordinateurs."),
        "strengths": _p("Un coût par poste faible grâce au reconditionnement."),
        "weaknesses": _p("La maintenance repose sur peu de personnes."),
        "recommendations": _p("Former des techniciens municipaux, pas seulement des enseignants."),
    },
    {
        "slug": "climat-sfax",
        "title": "Adapter les quartiers côtiers de Sfax aux fortes chaleurs",
        "summary": "Une commune tunisienne et une ville italienne cartographient les îlots de chaleur et "
        "végétalisent des cours d'école et des places.",
        "local": ("Commune de Sfax", "TN"),
        "foreign": ("Ville de Bologne", "IT"),
        "type": CooperationType.JOINT_SERVICE,
        "themes": ["adaptation-climat"],
        "stages": [1, 3, 4, 5],
        "years": (2022, 2025),
        "budget": 540000,
        "funding": "Fonds climat européen, ville partenaire, commune.",
        "agreement": ("Convention de partenariat climat", date(2022, 5, 17)),
        "presenter": ("Leïla Ben Salem", "peer", "Commune de Sfax"),
        "context": _p(
            "Les épisodes de chaleur se multiplient et touchent d'abord les quartiers les plus denses."
        ),
        "steps": _steps(
            (1, "Cartographie des températures avec des capteurs et des relevés d'habitants."),
            (3, "Choix des sites et évaluation ex ante des coûts d'entretien."),
            (4, "Accord sur un service commun de pépinière et d'arrosage."),
            (5, "Plantations, ombrières et suivi des températures de surface."),
        ),
        "results": _p("Les cours végétalisées sont nettement plus fraîches en été."),
        "indicators": _indicators(
            ("Arbres plantés", "0", "2 000", "1 350"), ("Cours d'école ombragées", "0", "12", "7")
        ),
        "difficulties": _p("Manque d'eau pour l'arrosage ; espèces à choisir avec soin."),
        "lessons": _ul("Choisir des espèces sobres en eau ; mesurer avant et après."),
        "strengths": _p("Un service partagé qui dure au-delà du projet."),
        "weaknesses": _p("Un coût d'entretien encore mal couvert par le budget communal."),
        "recommendations": _p("Inscrire l'entretien au budget pluriannuel dès la convention."),
    },
]


@register(200, "case studies")
def build_case_studies(context: DemoContext) -> None:
    home = context.objects.get("home") or HomePage.objects.first()
    index = CaseStudyIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
    if index is None:
        index = CaseStudyIndexPage(title="Études de cas", slug=INDEX_SLUG, show_in_menus=True)
        home.add_child(instance=index)
    index.show_in_menus = True
    index.introduction = (
        "<p>Des projets de coopération présentés par des pairs, du diagnostic à l'évaluation. "
        "Les six cas de démonstration sont <b>illustratifs</b> : partenaires et chiffres sont inventés.</p>"
    )
    index.save_revision().publish()
    case_index_setup(index=index)
    context.objects["case_index"] = index

    countries = {c.iso_code: c for c in Country.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    stages = {s.number: s for s in ProjectStage.objects.all()}
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=set(MODULE_FOR_STAGE.values()))}
    for data in CASES:
        case = CaseStudyPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if case is None:
            case = CaseStudyPage(slug=data["slug"])
        case.title, case.summary, case.is_illustrative = data["title"], data["summary"], True
        case.local_partner, case.local_country = data["local"][0], countries[data["local"][1]]
        case.foreign_partner, case.foreign_country = data["foreign"][0], countries[data["foreign"][1]]
        case.cooperation_type = data["type"]
        case.start_year, case.end_year = data["years"]
        case.budget, case.funding_sources = data["budget"], data["funding"]
        case.agreement_title, case.agreement_signed_on = data["agreement"]
        case.presenter_name, case.presenter_role, case.presenter_organisation = data["presenter"]
        for name in (
            "context",
            "results",
            "difficulties",
            "lessons",
            "strengths",
            "weaknesses",
            "recommendations",
        ):
            setattr(case, name, data[name])
        case.stage_steps, case.indicators = data["steps"], data["indicators"]
        case.themes = [themes[slug] for slug in data["themes"]]
        case.stages = [stages[number] for number in data["stages"]]
        slugs = {MODULE_FOR_STAGE[number] for number in data["stages"]}
        case.related_modules = [modules[slug] for slug in sorted(slugs) if slug in modules]
        if case.pk is None:
            index.add_child(instance=case)
        case.save_revision().publish()
    context.log(f"  {len(CASES)} case studies")
