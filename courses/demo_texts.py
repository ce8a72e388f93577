# ruff: noqa: E501 - long French sentences read better unbroken
"""The French teaching content of the demo cycle, written for the Academy from its domain brief.

Kept apart from the builders so trainers and reviewers can read the pedagogy in one place.
"""

import datetime


def H(text: str) -> tuple:  # noqa: N802 - short block constructors keep the content readable
    return ("heading", {"text": text, "level": "h2"})


def P(html: str) -> tuple:  # noqa: N802
    return ("paragraph", html)


def KP(points: list[str], title: str = "À retenir") -> tuple:  # noqa: N802
    return ("key_points", {"title": title, "points": points})


def ACT(title: str, instructions: str, minutes: int, answer: str = "") -> tuple:  # noqa: N802
    return (
        "activity",
        {
            "title": title,
            "instructions": instructions,
            "duration_minutes": minutes,
            "suggested_answer": answer,
        },
    )


def READ(items: list[tuple[str, str]]) -> tuple:  # noqa: N802
    return (
        "further_reading",
        {"title": "Pour aller plus loin", "items": [{"title": t, "url": "", "note": n} for t, n in items]},
    )


CYCLE = {
    "title": "Coopération décentralisée et action internationale des collectivités territoriales",
    "introduction": (
        "Un cycle hybride pour les cadres des collectivités territoriales africaines : des modules en ligne "
        "à suivre à son rythme, des quiz pour vérifier ses acquis et une session en présentiel pour "
        "apprendre des projets de ses pairs."
    ),
    "audience": (
        "<p>Chargés de coopération, secrétaires généraux, agents techniques et élus de communes, de "
        "départements et de régions qui préparent, négocient, suivent ou évaluent un partenariat avec une "
        "collectivité étrangère. Aucun prérequis juridique n'est demandé.</p>"
    ),
    "objectives": (
        "<ul><li>Expliquer ce qu'est la coopération décentralisée et qui y prend part.</li>"
        "<li>Identifier un partenaire pertinent et monter un projet avec lui.</li>"
        "<li>Rédiger une convention claire et la faire vivre.</li>"
        "<li>Suivre, évaluer et capitaliser un projet de coopération.</li>"
        "<li>Analyser avec des pairs les forces et faiblesses de projets réels.</li></ul>"
    ),
    "duration": "Environ 30 heures sur 12 semaines, dont une journée en présentiel",
    "trainers": [
        ("Koffi Mensah", "Formateur, spécialiste de la gouvernance locale"),
        ("Fatima Zahra Benali", "Experte en coopération décentralisée"),
    ],
}

MODULE_INTRO = {
    "slug": "module-introductif",
    "number": 1,
    "title": "Comprendre la coopération décentralisée et l'AICT",
    "hours": "4",
    "stages": [],
    "introduction": (
        "Le socle du cycle : ce que recouvrent la coopération décentralisée (CD) et l'action internationale "
        "des collectivités territoriales (AICT), qui en sont les acteurs, dans quel cadre ils agissent et "
        "quels principes distinguent une coopération utile d'un simple échange de visites."
    ),
    "objectives": (
        "<ul><li>Donner une définition précise de la CD et la distinguer de l'AICT.</li>"
        "<li>Citer les principales formes de coopération.</li>"
        "<li>Situer les acteurs et les dispositifs d'appui.</li>"
        "<li>Énoncer les cinq principes d'une coopération de qualité.</li></ul>"
    ),
    "quiz_title": "Quiz du module introductif",
    "quiz": [
        (
            "Qu'est-ce qui distingue une action de coopération décentralisée d'un simple échange amical "
            "entre deux villes ?",
            [
                (
                    "Elle repose sur une convention signée entre les collectivités.",
                    True,
                    "Oui : la convention formalise l'intérêt partagé et les engagements de chacun.",
                ),
                (
                    "Elle est obligatoirement financée par l'État.",
                    False,
                    "Non : les financements peuvent venir des collectivités elles-mêmes, d'agences ou "
                    "d'autres bailleurs.",
                ),
                (
                    "Elle est réservée aux capitales.",
                    False,
                    "Non : communes, départements, régions et leurs groupements peuvent coopérer.",
                ),
            ],
            "La définition retient trois éléments : une convention, un intérêt partagé et le respect des "
            "compétences de chaque collectivité.",
        ),
        (
            "Parmi ces actions, lesquelles sont des formes reconnues de coopération décentralisée ?",
            [
                ("Un jumelage entre deux communes", True, "Le jumelage est la forme la plus ancienne."),
                ("Une assistance technique entre services", True, "Oui, c'est une forme très courante."),
                (
                    "La gestion commune d'un bien ou d'un service",
                    True,
                    "Oui : par exemple un équipement partagé de part et d'autre d'une frontière.",
                ),
                (
                    "Une campagne électorale menée à l'étranger",
                    False,
                    "Non : la coopération porte sur des compétences locales, pas sur la vie politique "
                    "partisane.",
                ),
            ],
        ),
        (
            "Selon le principe de concertation et de complémentarité, une collectivité qui coopère doit :",
            [
                (
                    "Agir seule pour aller plus vite.",
                    False,
                    "Agir seul crée des doublons et fragilise la durabilité du projet.",
                ),
                (
                    "Articuler son action avec les niveaux régional et national, sans contourner l'État.",
                    True,
                    "Exactement : c'est l'approche programme.",
                ),
                (
                    "Demander l'autorisation préalable de chaque bailleur.",
                    False,
                    "Non : il s'agit de coordination, pas d'autorisation.",
                ),
            ],
        ),
        (
            "Quel principe donne la priorité au renforcement des capacités des institutions partenaires ?",
            [
                ("Le renforcement des capacités et le développement institutionnel", True, "C'est bien lui."),
                (
                    "Le contrôle a priori",
                    False,
                    "Au contraire : les praticiens privilégient le suivi des résultats au contrôle "
                    "préalable.",
                ),
                (
                    "La réciprocité financière",
                    False,
                    "La réciprocité existe (volontariat), mais ce n'est pas l'un des cinq principes.",
                ),
            ],
        ),
    ],
    "lessons": [
        {
            "slug": "definir-la-cooperation-decentralisee",
            "title": "Définir la coopération décentralisée et l'AICT",
            "minutes": 20,
            "introduction": (
                "Avant de monter un projet, il faut savoir nommer ce que l'on fait. Cette leçon pose les "
                "définitions que tout le cycle utilisera."
            ),
            "body": [
                H("Une définition en trois éléments"),
                P(
                    "<p>On parle de <b>coopération décentralisée</b> lorsqu'une ou plusieurs collectivités "
                    "territoriales (régions, départements, communes et leurs groupements) mènent des actions "
                    "de coopération internationale avec une ou plusieurs autorités locales étrangères. Trois "
                    "éléments la caractérisent :</p><ol><li><b>une convention signée</b> entre les "
                    "collectivités partenaires, qui fixe le cadre et les engagements ;</li><li><b>un intérêt "
                    "partagé</b> : chaque partie doit y trouver un bénéfice pour son territoire ;</li>"
                    "<li><b>le respect des compétences</b> de chacune : une commune coopère sur ce qu'elle "
                    "sait et peut faire chez elle (eau, état civil, déchets, marchés…).</li></ol>"
                ),
                P(
                    "<p>L'<b>action internationale des collectivités territoriales</b> (AICT) est une notion "
                    "plus large : elle englobe toute l'activité internationale d'une collectivité, y compris "
                    "la promotion économique, l'attractivité, la participation à des réseaux de villes ou "
                    "l'accueil de délégations. La coopération décentralisée en est le cœur, parce qu'elle "
                    "repose sur un partenariat formalisé.</p>"
                ),
                H("Les formes de la coopération"),
                P(
                    "<p>La coopération prend des formes variées, souvent combinées dans un même partenariat "
                    ":</p><ul><li>le <b>jumelage</b>, qui crée des liens durables entre populations ;</li>"
                    "<li>les <b>programmes et projets de développement</b>, avec des objectifs, un budget et "
                    "un calendrier ;</li><li>l'<b>assistance technique</b>, quand les agents d'un service "
                    "accompagnent leurs homologues ;</li><li>l'<b>action humanitaire</b>, en réponse à une "
                    "crise ;</li><li>la <b>gestion commune de biens et de services</b>, par exemple un "
                    "équipement partagé.</li></ul>"
                ),
                KP(
                    [
                        "Pas de coopération décentralisée sans convention signée.",
                        "L'intérêt doit être partagé : la coopération n'est pas une aide à sens unique.",
                        "Chaque collectivité coopère dans la limite de ses compétences.",
                        "L'AICT englobe la CD et d'autres actions internationales.",
                    ]
                ),
                ACT(
                    "Qualifier les actions de votre collectivité",
                    "<p>Listez les actions internationales menées par votre collectivité ces cinq dernières "
                    "années. Pour chacune, indiquez s'il existe une convention, quel intérêt chaque partie "
                    "en retire et de quelle compétence locale elle relève. Lesquelles sont de la coopération "
                    "décentralisée au sens strict ?</p>",
                    20,
                    "<p>Une visite de délégation sans suite ni convention relève de l'AICT mais pas de la "
                    "CD. Un programme d'appui à l'état civil encadré par une convention entre deux communes "
                    "en relève pleinement.</p>",
                ),
            ],
        },
        {
            "slug": "acteurs-et-cadres",
            "title": "Les acteurs, les cadres et les dispositifs d'appui",
            "minutes": 25,
            "introduction": (
                "Une collectivité ne coopère jamais seule : elle s'appuie sur des services de l'État, des "
                "associations, des entreprises et des dispositifs de financement qu'il faut connaître."
            ),
            "body": [
                H("Qui agit ?"),
                P(
                    "<p>Au centre se trouvent les <b>collectivités partenaires</b> : leurs élus, qui portent "
                    "la décision politique, et leurs services, qui font vivre les projets. Autour d'elles, "
                    "l'<b>État</b> fixe le cadre juridique et veille à la cohérence avec les politiques "
                    "nationales : la coopération décentralisée ne doit pas le contourner. Les "
                    "<b>associations</b>, les <b>acteurs économiques</b>, les universités et les "
                    "<b>diasporas</b> apportent des compétences, des réseaux et parfois des "
                    "financements.</p>"
                ),
                H("Un cadre juridique"),
                P(
                    "<p>Dans la plupart des pays, la loi autorise les collectivités à conclure des "
                    "conventions avec des autorités locales étrangères, dans le respect de leurs compétences "
                    "et des engagements internationaux de l'État. Concrètement, une convention est approuvée "
                    "par l'assemblée délibérante avant d'être signée, et l'autorité de tutelle en est "
                    "informée selon les règles nationales.</p>"
                ),
                H("Des dispositifs pour s'informer et se financer"),
                P(
                    "<p>L'exemple français montre la palette des outils qu'un partenaire peut mobiliser "
                    ":</p><ul><li>un <b>atlas ouvert des partenariats</b>, consultable par pays, collectivité "
                    "et thème — il recensait déjà près de 6 000 liens en 2007 ;</li><li>une <b>bourse aux "
                    "partenariats</b> où une collectivité publie son profil : localisation, communautés "
                    "étrangères présentes, objectifs recherchés ;</li><li>un <b>programme de labellisation</b> "
                    "qui finance des missions exploratoires ;</li><li>une <b>facilité de cofinancement</b> de "
                    "l'agence de développement pour les projets dans les pays les moins avancés et à revenu "
                    "intermédiaire ;</li><li>des <b>appels à projets annuels</b> du ministère des affaires "
                    "étrangères, dont un appel dédié à la jeunesse ;</li><li>des <b>programmes de "
                    "volontariat</b> fondés sur la réciprocité.</li></ul>"
                ),
                KP(
                    [
                        "Les élus décident, les services mettent en œuvre.",
                        "L'État fixe le cadre : on coopère avec lui, pas à côté de lui.",
                        "Atlas, bourse aux partenariats, appels à projets : des outils pour trouver et financer.",
                    ]
                ),
                ACT(
                    "Cartographier les acteurs",
                    "<p>Dessinez sur une feuille la carte des acteurs d'un partenariat que vous connaissez : "
                    "collectivités, services de l'État, associations, entreprises, diaspora, bailleurs. "
                    "Reliez-les par des flèches qui disent ce qui circule (argent, expertise, information, "
                    "décision).</p>",
                    25,
                ),
                READ(
                    [
                        (
                            "La législation de votre pays sur les collectivités territoriales",
                            "Le chapitre sur les relations extérieures fixe ce que vous pouvez signer.",
                        ),
                        (
                            "L'atlas des partenariats de la coopération décentralisée",
                            "Pour voir qui coopère déjà avec des collectivités comparables à la vôtre.",
                        ),
                    ]
                ),
            ],
        },
        {
            "slug": "principes-dune-cooperation-de-qualite",
            "title": "Les cinq principes d'une coopération de qualité",
            "minutes": 20,
            "introduction": (
                "Les praticiens ont tiré de leurs expériences cinq principes qui servent de boussole, de la "
                "conception d'un projet à son évaluation."
            ),
            "body": [
                H("1. La participation active"),
                P(
                    "<p>Les bénéficiaires ne sont pas des destinataires passifs : le projet doit leur "
                    "permettre de devenir des acteurs capables de conduire leur propre développement. On les "
                    "associe dès le diagnostic et on leur confie des responsabilités réelles.</p>"
                ),
                H("2. La concertation et la complémentarité"),
                P(
                    "<p>Une approche programme relie les niveaux local, régional et national. Avant d'agir, "
                    "on vérifie ce que font déjà l'État, les autres partenaires et les bailleurs, pour "
                    "s'inscrire dans les politiques existantes plutôt que de créer des îlots.</p>"
                ),
                H("3. La gestion décentralisée"),
                P(
                    "<p>Les responsabilités, y compris financières, sont déléguées au plus près des acteurs. "
                    "Un comité de quartier qui gère lui-même le budget d'une borne-fontaine apprend davantage "
                    "qu'un comité qui attend chaque décaissement d'une capitale lointaine.</p>"
                ),
                H("4. Une démarche de processus"),
                P(
                    "<p>La coopération est itérative. Elle laisse du temps à l'appropriation et à "
                    "l'évaluation conjointe, et préfère le suivi des résultats au contrôle préalable de "
                    "chaque dépense.</p>"
                ),
                H("5. La priorité au renforcement des capacités"),
                P(
                    "<p>Le but premier est de renforcer les institutions locales : former des agents, "
                    "structurer des services, outiller la décision. Un équipement livré sans personne pour "
                    "l'entretenir ne renforce rien.</p>"
                ),
                KP(
                    [
                        "Participation active des bénéficiaires.",
                        "Concertation entre niveaux et complémentarité entre acteurs.",
                        "Gestion décentralisée, y compris financière.",
                        "Démarche de processus : du temps et une évaluation conjointe.",
                        "Priorité au renforcement des capacités.",
                    ],
                    title="Les cinq principes",
                ),
                ACT(
                    "Passer un projet au crible des principes",
                    "<p>Choisissez un projet de coopération que vous connaissez. Notez de 1 à 4 son respect "
                    "de chacun des cinq principes et justifiez chaque note par un fait observable. Quel "
                    "principe faudrait-il renforcer en priorité ?</p>",
                    20,
                ),
            ],
        },
    ],
}

MODULE_PARTNERS = {
    "slug": "identifier-partenaires-monter-projet",
    "number": 2,
    "title": "Identifier ses partenaires et monter un projet",
    "hours": "6",
    "stages": [1, 2, 3],
    "introduction": (
        "Du territoire au projet : savoir pourquoi on coopère, trouver le bon partenaire et transformer un "
        "besoin partagé en projet finançable."
    ),
    "objectives": (
        "<ul><li>Formuler les motivations et les objectifs de sa collectivité.</li>"
        "<li>Utiliser les outils de recherche de partenaires.</li>"
        "<li>Conduire l'identification et la formulation d'un projet avec le partenaire.</li></ul>"
    ),
    "prerequisites": "<p>Avoir suivi le module introductif ou en connaître les définitions.</p>",
    "quiz_title": "Quiz : partenaires et montage de projet",
    "quiz": [
        (
            "Par quoi commence le cycle d'un projet de coopération ?",
            [
                (
                    "L'identification et la formulation, avec un diagnostic mené avec le partenaire",
                    True,
                    "Oui : c'est la première des six étapes.",
                ),
                ("La signature de l'accord sur les activités", False, "C'est la quatrième étape."),
                ("L'évaluation ex ante", False, "Elle intervient à la troisième étape, avec l'approbation."),
            ],
        ),
        (
            "Quelles informations une collectivité publie-t-elle dans une bourse aux partenariats ?",
            [
                ("Sa localisation", True, "Oui, pour situer le territoire."),
                (
                    "Les communautés étrangères présentes sur son territoire",
                    True,
                    "Oui : les diasporas sont souvent à l'origine des partenariats.",
                ),
                ("Les objectifs du partenariat recherché", True, "Oui, c'est l'essentiel du profil."),
                (
                    "Le budget détaillé du futur projet",
                    False,
                    "Non : le budget se construit plus tard, avec le partenaire.",
                ),
            ],
        ),
        (
            "Lors de la conférence franco-béninoise de Cotonou (2016), quels objectifs ont été mis en avant ?",
            [
                ("Améliorer les services publics locaux", True, "Oui."),
                ("Lutter contre le changement climatique", True, "Oui, notamment par l'atténuation."),
                ("Associer les acteurs économiques et la société civile", True, "Oui."),
                (
                    "Remplacer l'aide de l'État par celle des communes",
                    False,
                    "Non : on ne contourne pas l'État.",
                ),
            ],
        ),
        (
            "Une mission exploratoire sert avant tout à :",
            [
                (
                    "Vérifier sur place l'intérêt partagé et la volonté des deux parties",
                    True,
                    "Exactement : on se rencontre avant de s'engager.",
                ),
                ("Inaugurer les équipements du projet", False, "Trop tôt : le projet n'existe pas encore."),
                (
                    "Signer la convention le jour de l'arrivée",
                    False,
                    "La convention vient après la délibération.",
                ),
            ],
        ),
    ],
    "lessons": [
        {
            "slug": "partir-de-son-territoire",
            "title": "Partir de son territoire : motivations et diagnostic",
            "minutes": 25,
            "introduction": (
                "Une coopération solide commence chez soi : pourquoi ma collectivité veut-elle coopérer, et "
                "qu'a-t-elle à offrir comme à apprendre ?"
            ),
            "body": [
                H("Clarifier les motivations"),
                P(
                    "<p>Les motivations sont multiples : améliorer un service public, accéder à une "
                    "expertise, répondre à l'attente d'une diaspora, renforcer l'image du territoire. Toutes "
                    "sont légitimes si elles sont dites. Les écrire dans une note validée par l'exécutif "
                    "évite les malentendus quand viendront les arbitrages budgétaires.</p>"
                ),
                P(
                    "<p>À Cotonou, en novembre 2016, une conférence franco-béninoise a retenu trois grands "
                    "objectifs qui restent une bonne grille : <b>de meilleurs services publics locaux</b>, "
                    "<b>l'atténuation du changement climatique</b> et <b>l'implication des acteurs économiques "
                    "et de la société civile</b>.</p>"
                ),
                H("Faire le diagnostic de sa collectivité"),
                P(
                    "<p>Quels services fonctionnent bien et pourraient partager leur savoir-faire ? Lesquels "
                    "peinent ? Quelles ressources humaines peuvent être mobilisées sans désorganiser le "
                    "quotidien ? Quel budget, même modeste, peut être inscrit chaque année ? Ce diagnostic "
                    "honnête évite de promettre au partenaire ce que l'on ne pourra pas tenir.</p>"
                ),
                KP(
                    [
                        "Écrire ses motivations et les faire valider par l'exécutif.",
                        "Le diagnostic porte sur les forces, les faiblesses et les moyens réels.",
                        "On coopère pour son territoire autant que pour celui du partenaire.",
                    ]
                ),
                ACT(
                    "Rédiger la note d'intention",
                    "<p>En une page, rédigez la note d'intention de votre collectivité : pourquoi coopérer, "
                    "sur quels thèmes, avec quels moyens humains et financiers, et ce que vous attendez en "
                    "retour.</p>",
                    30,
                ),
            ],
        },
        {
            "slug": "trouver-et-choisir-un-partenaire",
            "title": "Trouver et choisir un partenaire",
            "minutes": 25,
            "introduction": (
                "Le bon partenaire n'est pas forcément le plus riche ni le plus proche : c'est celui avec "
                "qui l'intérêt est réellement partagé."
            ),
            "body": [
                H("Les pistes pour trouver"),
                P(
                    "<p>Plusieurs chemins mènent à un partenaire : l'<b>atlas des partenariats</b>, qui "
                    "montre quelles collectivités coopèrent déjà et sur quels thèmes ; la <b>bourse aux "
                    "partenariats</b>, où chacun publie son profil ; les <b>diasporas</b> installées sur le "
                    "territoire ; les réseaux de villes et les associations nationales d'élus.</p>"
                ),
                H("Les critères de choix"),
                P(
                    "<p>Quelques questions aident à choisir : nos compétences sont-elles comparables ? Nos "
                    "élus ont-ils une volonté politique réelle et durable ? Nos forces sont-elles "
                    "complémentaires ? Pouvons-nous communiquer facilement (langue, outils, décalage "
                    "horaire) ? Un partenariat qui dépend d'une seule personne s'éteint souvent avec son "
                    "mandat.</p>"
                ),
                H("La mission exploratoire"),
                P(
                    "<p>Avant tout engagement, une mission exploratoire permet de se rencontrer, de visiter "
                    "les services, d'entendre les habitants et de vérifier l'intérêt partagé. Certains "
                    "dispositifs de labellisation la financent. Elle se conclut par un compte rendu commun, "
                    "pas par une signature précipitée.</p>"
                ),
                KP(
                    [
                        "Chercher dans l'atlas, la bourse aux partenariats, les réseaux et les diasporas.",
                        "Choisir sur la volonté politique, la complémentarité et la capacité à communiquer.",
                        "Se rencontrer en mission exploratoire avant de s'engager.",
                    ]
                ),
                ACT(
                    "Comparer deux partenaires possibles",
                    "<p>Pour deux collectivités partenaires possibles, remplissez un tableau : compétences, "
                    "volonté politique, complémentarité, communication, risques. Laquelle retiendriez-vous "
                    "et pourquoi ?</p>",
                    20,
                ),
            ],
        },
        {
            "slug": "du-besoin-au-projet",
            "title": "Du besoin au projet : identification et formulation",
            "minutes": 30,
            "introduction": (
                "Le projet naît d'un besoin analysé ensemble. Cette leçon suit les premières étapes du "
                "cycle de projet, jusqu'à l'accord sur les objectifs et les activités."
            ),
            "body": [
                H("Les étapes du cycle de projet"),
                P(
                    "<p>Le cycle de projet compte six étapes : <b>1.</b> identification et formulation, avec "
                    "un diagnostic des besoins mené avec le partenaire ; <b>2.</b> demande officielle ; "
                    "<b>3.</b> approbation, planification détaillée et évaluation ex ante ; <b>4.</b> accord "
                    "sur les objectifs, les produits et les activités ; <b>5.</b> mise en œuvre et suivi ; "
                    "<b>6.</b> achèvement, suites et évaluation ex post, environ trois ans après la fin. Ce "
                    "module couvre les quatre premières.</p>"
                ),
                H("Un exemple : le numérique à l'école"),
                P(
                    "<p>Une ville française et des écoles sénégalaises ont monté ensemble un projet "
                    "d'équipement informatique. Le diagnostic a montré que des postes neufs seraient trop "
                    "chers à entretenir. La solution retenue : un centre de reconditionnement d'ordinateurs, "
                    "des postes en mode terminal revenant à une centaine d'euros chacun, et un espace "
                    "numérique de travail partagé. Objectif, produits (salles équipées, techniciens formés) "
                    "et activités ont été écrits ensemble avant tout achat.</p>"
                ),
                H("Formuler : objectifs, produits, activités, budget"),
                P(
                    "<p>Un projet bien formulé dit <b>pourquoi</b> (l'objectif), <b>quoi</b> (les produits "
                    "attendus), <b>comment</b> (les activités), <b>avec quoi</b> (le budget et les "
                    "cofinancements) et <b>comment on saura</b> (les indicateurs). La demande officielle, "
                    "puis l'approbation, s'appuient sur ce document.</p>"
                ),
                KP(
                    [
                        "Le diagnostic des besoins se fait avec le partenaire, pas pour lui.",
                        "Objectif, produits, activités, budget, indicateurs : cinq rubriques indispensables.",
                        "Prévoir dès le départ l'entretien et la durabilité de ce qui sera livré.",
                    ]
                ),
                ACT(
                    "Esquisser la fiche projet",
                    "<p>À partir d'un besoin réel de votre territoire, rédigez une fiche projet d'une page "
                    "avec les cinq rubriques. Qu'attendez-vous du partenaire, et qu'apportez-vous ?</p>",
                    30,
                ),
                READ(
                    [
                        (
                            "Les appels à projets annuels pour l'action extérieure des collectivités",
                            "Leurs règlements montrent ce qu'un financeur attend d'une fiche projet.",
                        ),
                    ]
                ),
            ],
        },
    ],
}

MODULE_CONVENTIONS = {
    "slug": "conventions-de-cooperation",
    "number": 3,
    "title": "Rédiger et suivre une convention de coopération",
    "hours": "5",
    "stages": [4],
    "introduction": (
        "La convention est l'acte fondateur du partenariat. Bien écrite, elle protège les deux parties et "
        "guide l'action ; mal écrite ou oubliée dans un tiroir, elle n'engage personne."
    ),
    "objectives": (
        "<ul><li>Expliquer le rôle juridique et politique de la convention.</li>"
        "<li>En connaître les clauses essentielles.</li>"
        "<li>Organiser son suivi et sa révision.</li></ul>"
    ),
    "quiz_title": "Quiz : les conventions",
    "quiz": [
        (
            "Avant sa signature, une convention de coopération est en principe :",
            [
                ("Approuvée par l'assemblée délibérante de chaque collectivité", True, "Oui."),
                (
                    "Validée par un bailleur",
                    False,
                    "Le bailleur finance des projets ; il ne valide pas la convention.",
                ),
                ("Publiée dans la presse étrangère", False, "Non, ce n'est pas une condition."),
            ],
        ),
        (
            "Quelles clauses une bonne convention contient-elle ?",
            [
                ("Les engagements de chaque partie", True, "Oui, c'est le cœur du texte."),
                ("Une instance de pilotage commune", True, "Oui : comité de pilotage ou de suivi."),
                ("Les modalités de modification et de résiliation", True, "Oui : avenant, préavis."),
                (
                    "La liste nominative des habitants bénéficiaires",
                    False,
                    "Non : ce serait inutile et contraire à la protection des données.",
                ),
            ],
        ),
        (
            "Comment faire évoluer une convention en cours d'exécution ?",
            [
                ("Par un avenant approuvé dans les mêmes formes", True, "Oui."),
                (
                    "Par un simple échange de courriels entre techniciens",
                    False,
                    "Cela n'engage pas les collectivités.",
                ),
                ("On ne peut pas : il faut attendre son terme", False, "Non, l'avenant est fait pour cela."),
            ],
        ),
        (
            "Quel est le signe le plus sûr d'une convention « dormante » ?",
            [
                (
                    "Le comité de pilotage ne s'est pas réuni depuis deux ans",
                    True,
                    "Oui : plus de pilotage, plus de vie.",
                ),
                (
                    "La convention a été signée il y a longtemps",
                    False,
                    "L'ancienneté n'est pas un problème en soi.",
                ),
                ("La convention est écrite en deux langues", False, "C'est au contraire une bonne pratique."),
            ],
        ),
    ],
    "lessons": [
        {
            "slug": "pourquoi-une-convention",
            "title": "Pourquoi une convention ?",
            "minutes": 15,
            "introduction": "La convention donne une existence juridique et politique au partenariat.",
            "body": [
                H("Un acte juridique"),
                P(
                    "<p>La convention matérialise l'engagement de deux collectivités. Elle est approuvée par "
                    "les assemblées délibérantes puis signée par les exécutifs. Elle fonde les dépenses de "
                    "coopération : sans elle, un comptable public peut refuser de payer.</p>"
                ),
                H("Un acte politique"),
                P(
                    "<p>La convention affirme l'intérêt partagé et engage les élus au-delà d'un mandat. Elle "
                    "rend le partenariat visible pour les habitants, les services et les autres acteurs du "
                    "territoire.</p>"
                ),
                H("Un outil de travail"),
                P(
                    "<p>Enfin, c'est un outil : elle dit qui fait quoi, qui décide et comment on rend "
                    "compte. Les équipes y reviennent quand un désaccord surgit.</p>"
                ),
                H("Et sans convention ?"),
                P(
                    "<p>Sans convention, les échanges dépendent de la bonne volonté de quelques personnes. "
                    "Au premier changement d'équipe, au premier désaccord sur une dépense, rien ne permet de "
                    "dire qui s'était engagé à quoi. Les financeurs, de leur côté, demandent presque toujours "
                    "la convention signée avant d'examiner un dossier : elle prouve que les deux collectivités "
                    "portent vraiment le projet.</p>"
                ),
                KP(
                    [
                        "Approuvée par les assemblées, signée par les exécutifs.",
                        "Elle fonde juridiquement les dépenses de coopération.",
                        "Elle engage au-delà d'un mandat.",
                    ]
                ),
                ACT(
                    "Retrouver ses conventions",
                    "<p>Retrouvez les conventions de coopération de votre collectivité. Pour chacune, notez "
                    "la date de délibération, la date de signature, la durée et la date de la dernière "
                    "réunion de pilotage.</p>",
                    15,
                ),
            ],
        },
        {
            "slug": "contenu-dune-bonne-convention",
            "title": "Le contenu d'une bonne convention",
            "minutes": 30,
            "introduction": "Une convention utile est précise sans être un catalogue. Voici les clauses qui comptent.",
            "body": [
                H("Les clauses essentielles"),
                P(
                    "<ul><li><b>Les parties</b> et leurs représentants, avec la référence des "
                    "délibérations.</li><li><b>L'objet</b> et l'intérêt partagé.</li><li><b>Les domaines et "
                    "objectifs</b>, rattachés aux compétences de chaque partie.</li><li><b>Les engagements "
                    "réciproques</b> : expertise, accueil, financement, mise à disposition.</li><li><b>La "
                    "gouvernance</b> : un comité de pilotage paritaire, sa fréquence, ses "
                    "décisions.</li><li><b>Le financement</b> : contributions, gestion des fonds, "
                    "justification.</li><li><b>Le suivi et l'évaluation</b> : rapports, indicateurs, "
                    "évaluation conjointe.</li><li><b>La durée</b>, le renouvellement, la modification par "
                    "avenant, la résiliation et le règlement amiable des différends.</li><li><b>Les "
                    "langues</b> faisant foi.</li></ul>"
                ),
                H("Les pièges fréquents"),
                P(
                    "<p>Une convention trop vague (« développer les échanges ») ne guide rien ; une "
                    "convention trop détaillée devient caduque au premier changement. La bonne pratique "
                    "consiste à fixer le cadre dans la convention et le détail dans des plans d'action "
                    "annuels qui s'y réfèrent.</p>"
                ),
                KP(
                    [
                        "Le cadre dans la convention, le détail dans les plans d'action annuels.",
                        "Toujours une instance de pilotage commune.",
                        "Prévoir avenant, résiliation et règlement des différends.",
                    ]
                ),
                ACT(
                    "Relire une convention",
                    "<p>Relisez une convention existante avec la liste des clauses essentielles. Lesquelles "
                    "manquent ? Rédigez la clause de gouvernance qui vous paraît la plus utile.</p>",
                    30,
                    "<p>Exemple : « Un comité de pilotage composé de trois élus et deux techniciens de chaque "
                    "partie se réunit au moins une fois par an, alternativement dans chaque collectivité ou "
                    "par visioconférence. Il adopte le plan d'action annuel et le rapport d'activité. »</p>",
                ),
            ],
        },
        {
            "slug": "faire-vivre-la-convention",
            "title": "Faire vivre et suivre la convention",
            "minutes": 20,
            "introduction": "Signer n'est que le début : le suivi fait la différence entre un partenariat vivant et un document oublié.",
            "body": [
                H("Le comité de pilotage"),
                P(
                    "<p>Le comité de pilotage se réunit à date fixe, avec un ordre du jour, un compte rendu "
                    "partagé et des décisions suivies. La visioconférence réduit les coûts entre deux "
                    "réunions en présentiel.</p>"
                ),
                H("Plans d'action et avenants"),
                P(
                    "<p>Chaque année, un plan d'action traduit la convention en activités datées et "
                    "budgétées. Quand le contexte change (nouvelles compétences, nouvelle équipe, crise), on "
                    "révise par avenant plutôt que de laisser le texte s'éloigner de la réalité.</p>"
                ),
                H("Archiver et transmettre"),
                P(
                    "<p>Conventions, délibérations, comptes rendus et rapports sont archivés dans un dossier "
                    "partagé. Après une élection, ce dossier permet aux nouvelles équipes de reprendre le "
                    "fil.</p>"
                ),
                KP(
                    [
                        "Un comité de pilotage qui se réunit vraiment.",
                        "Un plan d'action annuel, des avenants quand le contexte change.",
                        "Un dossier partagé pour survivre aux changements d'équipe.",
                    ]
                ),
                ACT(
                    "Préparer un ordre du jour",
                    "<p>Préparez l'ordre du jour du prochain comité de pilotage d'une de vos conventions : "
                    "bilan de l'année, difficultés, plan d'action suivant, besoin éventuel d'avenant.</p>",
                    15,
                ),
            ],
        },
    ],
}

MODULE_IMPLEMENTATION = {
    "slug": "mise-en-oeuvre-suivi-evaluation",
    "number": 4,
    "title": "Mettre en œuvre, suivre, rendre compte, évaluer et capitaliser",
    "hours": "6",
    "stages": [5, 6],
    "introduction": (
        "La vie d'un projet après sa signature : le piloter au quotidien, suivre ses résultats, en rendre "
        "compte, l'évaluer avec le partenaire et transmettre ce que l'on a appris."
    ),
    "objectives": (
        "<ul><li>Organiser la mise en œuvre selon le principe de gestion décentralisée.</li>"
        "<li>Construire des indicateurs et un suivi axé sur les résultats.</li>"
        "<li>Conduire une évaluation conjointe et capitaliser.</li></ul>"
    ),
    "quiz_title": "Quiz : mise en œuvre et évaluation",
    "quiz": [
        (
            "Le suivi recommandé par les praticiens privilégie :",
            [
                ("Les résultats obtenus", True, "Oui : un suivi axé sur les résultats."),
                (
                    "Le contrôle préalable de chaque dépense",
                    False,
                    "C'est l'approche que les principes invitent à dépasser.",
                ),
                ("Le nombre de missions effectuées", False, "Une mission est un moyen, pas un résultat."),
            ],
        ),
        (
            "Quand conduit-on l'évaluation ex post d'un projet ?",
            [
                ("Environ trois ans après son achèvement", True, "Oui, pour mesurer ce qui reste."),
                ("Le jour de la clôture", False, "Trop tôt pour mesurer la durabilité."),
                ("Avant le démarrage", False, "Ça, c'est l'évaluation ex ante."),
            ],
        ),
        (
            "Parmi ces éléments, lesquels relèvent de la capitalisation ?",
            [
                ("Documenter les difficultés rencontrées et leurs solutions", True, "Oui."),
                ("Partager les leçons apprises avec d'autres collectivités", True, "Oui."),
                ("Rédiger des fiches pratiques réutilisables", True, "Oui."),
                (
                    "Archiver les factures",
                    False,
                    "Utile pour la comptabilité, mais ce n'est pas capitaliser.",
                ),
            ],
        ),
        (
            "Un bon indicateur est :",
            [
                ("Mesurable, avec une valeur de départ et une cible", True, "Oui."),
                (
                    "Le plus ambitieux possible",
                    False,
                    "Une cible irréaliste décourage et fausse le pilotage.",
                ),
                ("Défini par un seul des partenaires", False, "Il se définit ensemble."),
            ],
        ),
    ],
    "lessons": [
        {
            "slug": "piloter-la-mise-en-oeuvre",
            "title": "Piloter la mise en œuvre",
            "minutes": 25,
            "introduction": "La mise en œuvre est la cinquième étape du cycle : c'est là que les engagements deviennent des réalisations.",
            "body": [
                H("Un plan opérationnel partagé"),
                P(
                    "<p>Le plan opérationnel découpe le projet en activités, avec pour chacune un "
                    "responsable, une date, un budget et un produit attendu. Il est partagé par les deux "
                    "équipes et mis à jour à chaque réunion de suivi.</p>"
                ),
                H("Déléguer au plus près"),
                P(
                    "<p>Selon le principe de gestion décentralisée, les responsabilités, y compris "
                    "financières, sont confiées au plus près des acteurs : service technique, comité de "
                    "gestion, association de quartier. Cela suppose des règles claires de justification et "
                    "un accompagnement, pas une surveillance de chaque dépense.</p>"
                ),
                H("Gérer les imprévus"),
                P(
                    "<p>Retards de fournisseurs, changement d'équipe, saison des pluies : les imprévus sont "
                    "la règle. On les note dans un registre des risques, on décide ensemble en comité et on "
                    "adapte le plan plutôt que de le cacher.</p>"
                ),
                KP(
                    [
                        "Un responsable, une date, un budget et un produit par activité.",
                        "Déléguer la gestion, y compris financière, au plus près des acteurs.",
                        "Un registre des risques tenu à jour.",
                    ]
                ),
                ACT(
                    "Construire le plan d'un trimestre",
                    "<p>Pour votre projet, listez les activités du prochain trimestre avec responsable, "
                    "date, budget et produit attendu. Identifiez deux risques et la réponse prévue.</p>",
                    30,
                ),
            ],
        },
        {
            "slug": "suivre-et-rendre-compte",
            "title": "Suivre les résultats et rendre compte",
            "minutes": 25,
            "introduction": "Suivre, c'est savoir où l'on en est ; rendre compte, c'est le dire à ceux qui ont le droit de savoir.",
            "body": [
                H("Des indicateurs utiles"),
                P(
                    "<p>Un indicateur se définit avec le partenaire. Il a une valeur de départ, une cible et "
                    "une source de vérification : « nombre d'actes d'état civil délivrés en moins de trois "
                    "jours, de 20 % à 80 %, source : registre du service ». On distingue les indicateurs de "
                    "réalisation (ce que le projet a produit) et de résultat (ce qui a changé pour les "
                    "habitants).</p>"
                ),
                H("Rendre compte à trois publics"),
                P(
                    "<p>On rend compte aux <b>élus</b> des deux collectivités, qui ont engagé l'argent "
                    "public ; aux <b>financeurs</b>, selon leurs formats ; et aux <b>habitants</b>, par des "
                    "moyens simples : réunion publique, affichage, radio locale. Un rapport annuel commun, "
                    "adopté en comité de pilotage, sert de base aux trois.</p>"
                ),
                KP(
                    [
                        "Valeur de départ, cible et source pour chaque indicateur.",
                        "Distinguer réalisations et résultats.",
                        "Rendre compte aux élus, aux financeurs et aux habitants.",
                    ]
                ),
                ACT(
                    "Écrire trois indicateurs",
                    "<p>Écrivez trois indicateurs pour votre projet : deux de réalisation, un de résultat. "
                    "Pour chacun, indiquez la valeur de départ, la cible et la source.</p>",
                    20,
                ),
            ],
        },
        {
            "slug": "evaluer-et-capitaliser",
            "title": "Évaluer ensemble et capitaliser",
            "minutes": 25,
            "introduction": "L'évaluation juge ; la capitalisation transmet. Les deux se font avec le partenaire.",
            "body": [
                H("Évaluer conjointement"),
                P(
                    "<p>L'évaluation conjointe réunit les deux partenaires, et si possible les "
                    "bénéficiaires, autour de questions simples : le projet a-t-il atteint ses objectifs "
                    "(efficacité) ? À quel coût (efficience) ? Répondait-il aux besoins (pertinence) ? Ses "
                    "effets durent-ils (durabilité) ? L'évaluation ex post, environ trois ans après la fin, "
                    "mesure ce qui reste vraiment.</p>"
                ),
                H("Capitaliser"),
                P(
                    "<p>Capitaliser, c'est transformer l'expérience en savoir réutilisable : fiches "
                    "pratiques, récits de difficultés et de solutions, modèles de documents. Ce savoir se "
                    "partage avec d'autres collectivités, dans des réseaux ou sur une plateforme commune, et "
                    "nourrit la formation des futurs chargés de coopération.</p>"
                ),
                KP(
                    [
                        "Efficacité, efficience, pertinence, durabilité.",
                        "L'évaluation ex post a lieu environ trois ans après la fin du projet.",
                        "Capitaliser, c'est rendre l'expérience réutilisable par d'autres.",
                    ]
                ),
                ACT(
                    "Rédiger une fiche de capitalisation",
                    "<p>Choisissez une difficulté rencontrée dans un projet. En une demi-page, décrivez le "
                    "contexte, ce qui a été tenté, ce qui a marché et ce que vous conseilleriez à une autre "
                    "collectivité.</p>",
                    25,
                ),
                READ(
                    [
                        (
                            "Les rapports d'évaluation publiés par les agences de développement",
                            "Pour voir comment sont formulées des conclusions et recommandations.",
                        ),
                    ]
                ),
            ],
        },
    ],
}

MODULE_PEERS = {
    "slug": "apprentissage-entre-pairs",
    "number": 5,
    "title": "Apprendre entre pairs : analyse de cas pratiques",
    "hours": "8",
    "stages": [1, 2, 3, 4, 5, 6],
    "introduction": (
        "Le module de clôture : des pairs présentent des projets réels, puis le groupe les analyse pour en "
        "tirer des recommandations. Il comprend une journée en présentiel."
    ),
    "objectives": (
        "<ul><li>Présenter un projet de coopération de façon structurée.</li>"
        "<li>Analyser les forces et faiblesses d'un projet.</li>"
        "<li>Formuler des recommandations d'amélioration.</li></ul>"
    ),
    "prerequisites": "<p>Avoir terminé les modules 1 à 4.</p>",
    "quiz_title": "Quiz : apprendre entre pairs",
    "quiz": [
        (
            "Lors de la session entre pairs de Marrakech (mai 2023), des projets de quels pays ont été présentés ?",
            [
                ("Bénin", True, "Oui."),
                ("Cameroun", True, "Oui."),
                ("Mozambique", True, "Oui."),
                (
                    "Madagascar",
                    False,
                    "Non : les pays étaient le Bénin, le Cameroun, le Mali, le Maroc, le Mozambique et la Tunisie.",
                ),
            ],
        ),
        (
            "Dans la seconde partie de la session, le groupe analysait surtout :",
            [
                ("Les forces et faiblesses de chaque projet", True, "Oui, pour en améliorer la qualité."),
                ("Le classement des meilleurs projets", False, "Il ne s'agit pas d'un concours."),
                ("Le budget de chaque collectivité", False, "Le budget n'est qu'un élément parmi d'autres."),
            ],
        ),
        (
            "Quelles recommandations la session a-t-elle formulées ?",
            [
                ("Un guide de planification de la CD-AICT", True, "Oui."),
                ("Une plateforme numérique mondiale d'information et d'échange", True, "Oui."),
                (
                    "Plus de renforcement des capacités, notamment par la formation en ligne",
                    True,
                    "Oui — c'est l'origine de ce cycle !",
                ),
                ("La suppression des conventions", False, "Non : la convention reste le socle."),
            ],
        ),
        (
            "Une bonne présentation de projet à ses pairs couvre :",
            [
                (
                    "Chaque étape, de la conception à l'évaluation, avec les difficultés et les leçons",
                    True,
                    "Oui : c'est ce qui rend l'analyse possible.",
                ),
                ("Uniquement les réussites", False, "Les difficultés sont ce qui instruit le plus."),
                ("Le seul budget", False, "Trop partiel pour une analyse."),
            ],
        ),
    ],
    "sessions": [
        {
            "title": "Journée d'analyse de cas entre pairs",
            "mode": "in_person",
            "in_days": 45,
            "start_time": datetime.time(9, 0),
            "end_time": datetime.time(17, 0),
            "time_zone": "Africa/Casablanca",
            "place": "Marrakech, centre de formation des collectivités territoriales",
            "capacity": 30,
            "attendance_required": True,
            "description": (
                "Matin : présentation de projets par les participants. Après-midi : analyse collective des "
                "forces et faiblesses et recommandations."
            ),
        },
        {
            "title": "Préparer sa présentation (visioconférence)",
            "mode": "videoconference",
            "in_days": 30,
            "start_time": datetime.time(14, 0),
            "end_time": datetime.time(15, 30),
            "time_zone": "Africa/Porto-Novo",
            "link": "https://visio.academie.example/preparation-pairs",
            "capacity": 50,
            "attendance_required": False,
            "description": "Questions-réponses avec les formateurs pour préparer la présentation de votre projet.",
        },
    ],
    "lessons": [
        {
            "slug": "presenter-un-projet-a-ses-pairs",
            "title": "Présenter un projet à ses pairs",
            "minutes": 20,
            "introduction": "Apprendre des autres commence par savoir raconter son propre projet avec franchise.",
            "body": [
                H("L'expérience de Marrakech"),
                P(
                    "<p>En mai 2023, à Marrakech, des cadres de collectivités ont présenté à leurs pairs des "
                    "projets réels menés au <b>Bénin</b>, au <b>Cameroun</b>, au <b>Mali</b>, au "
                    "<b>Maroc</b>, au <b>Mozambique</b> et en <b>Tunisie</b>. Chaque présentation couvrait "
                    "toutes les étapes, de la conception à l'évaluation, sans cacher les difficultés.</p>"
                ),
                H("Une trame en six points"),
                P(
                    "<ol><li>Le contexte et les partenaires.</li><li>Le besoin de départ et la façon dont il "
                    "a été identifié.</li><li>Les étapes, de la conception à l'évaluation.</li><li>Les "
                    "difficultés rencontrées.</li><li>Les leçons apprises.</li><li>Les résultats, chiffrés "
                    "si possible.</li></ol>"
                ),
                H("Préparer un support léger"),
                P(
                    "<p>Cinq ou six diapositives suffisent : une carte pour situer les partenaires, une frise "
                    "pour les étapes, un tableau pour les résultats, une photo pour montrer une réalisation. "
                    "Prévoyez aussi une version imprimée ou un document de deux pages : dans la salle, la "
                    "connexion ou le projecteur peuvent faire défaut. Entraînez-vous à tenir dans le temps "
                    "imparti, car l'essentiel de la valeur de la session vient des questions et des échanges "
                    "qui suivent la présentation.</p>"
                ),
                KP(
                    [
                        "Dix minutes, six points, un support simple.",
                        "Les difficultés instruisent plus que les réussites.",
                        "Des résultats chiffrés quand c'est possible.",
                    ]
                ),
                ACT(
                    "Préparer sa présentation",
                    "<p>Préparez la présentation de votre projet selon la trame en six points. Vous la "
                    "présenterez lors de la journée en présentiel.</p>",
                    45,
                ),
            ],
        },
        {
            "slug": "analyser-forces-et-faiblesses",
            "title": "Analyser les forces et les faiblesses d'un projet",
            "minutes": 25,
            "introduction": "Une grille commune permet de discuter des projets sans juger les personnes.",
            "body": [
                H("Une grille en trois questions"),
                P(
                    "<p>Pour chaque projet présenté, le groupe se demande comment améliorer sa "
                    "<b>qualité</b> (répond-il au besoin, respecte-t-il les principes ?), son "
                    "<b>efficience</b> (les moyens sont-ils bien utilisés ?) et son <b>efficacité</b> (les "
                    "objectifs sont-ils atteints ?).</p>"
                ),
                H("Des règles de discussion"),
                P(
                    "<p>On commence par les forces, on formule les faiblesses comme des questions, et on "
                    "termine par une proposition concrète. Celui qui présente choisit ce qu'il retient : "
                    "l'analyse est une aide, pas un jugement.</p>"
                ),
                H("Un exemple de lecture croisée"),
                P(
                    "<p>Imaginons un projet d'adduction d'eau entre une commune rurale et une commune "
                    "européenne. Forces : un diagnostic mené avec les usagers, un comité de gestion élu. "
                    "Faiblesses, posées en questions : qui paie les réparations après la fin du financement ? "
                    "Les tarifs ont-ils été discutés avec les ménages les plus modestes ? Proposition : "
                    "inscrire dès maintenant une redevance d'entretien dans le règlement du service et former "
                    "deux fontainiers. La grille aide à passer d'une impression générale à une proposition "
                    "que la collectivité peut mettre en œuvre.</p>"
                ),
                KP(
                    [
                        "Qualité, efficience, efficacité.",
                        "Les forces d'abord, les faiblesses en questions, une proposition pour finir.",
                    ]
                ),
                ACT(
                    "Analyser une étude de cas",
                    "<p>Lisez une étude de cas de l'Académie et remplissez la grille : deux forces, deux "
                    "faiblesses formulées en questions, une proposition d'amélioration.</p>",
                    30,
                ),
            ],
        },
        {
            "slug": "recommandations-pour-lavenir",
            "title": "Des recommandations pour l'avenir",
            "minutes": 15,
            "introduction": "Ce que les pairs ont demandé, et ce que chacun peut en faire chez soi.",
            "body": [
                H("Cinq recommandations"),
                P(
                    "<ul><li>Un <b>guide de planification</b> de la CD-AICT.</li><li>Une <b>plateforme "
                    "numérique mondiale</b> d'information et d'échange entre acteurs.</li><li>Des "
                    "<b>regroupements multi-niveaux et multi-acteurs</b>.</li><li>Davantage de "
                    "<b>renforcement des capacités</b>, notamment par la formation en ligne.</li><li>Une "
                    "<b>assistance technique</b> pour structurer les services de coopération des "
                    "collectivités.</li></ul>"
                ),
                P(
                    "<p>Cette Académie est une réponse directe à la quatrième recommandation. À vous de "
                    "jouer pour les autres : un service de coopération structuré commence souvent par une "
                    "personne formée qui écrit les procédures.</p>"
                ),
                H("Du groupe à l'institution"),
                P(
                    "<p>Les pairs ont insisté sur un point : la coopération ne doit pas reposer sur une seule "
                    "personne motivée. Un service de coopération, même réduit à deux agents, tient un "
                    "registre des partenariats, prépare les délibérations, suit les conventions et archive "
                    "les rapports. Les regroupements de collectivités d'un même pays ou d'une même région "
                    "permettent de partager ces fonctions, de mutualiser une expertise et de parler d'une "
                    "seule voix aux bailleurs et aux services de l'État.</p>"
                ),
                KP(["Planifier, échanger, se regrouper, se former, se structurer."]),
                ACT(
                    "Votre plan personnel",
                    "<p>Choisissez une recommandation et écrivez trois actions que vous pouvez mener dans "
                    "votre collectivité dans les six prochains mois.</p>",
                    15,
                ),
            ],
        },
    ],
}

MODULES = [MODULE_INTRO, MODULE_PARTNERS, MODULE_CONVENTIONS, MODULE_IMPLEMENTATION, MODULE_PEERS]
