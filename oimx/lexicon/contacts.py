"""Contact-block vocabulary: how blocks open, field labels, and words that mark an office."""

from __future__ import annotations

# Phrases that open a contact block at the start of a line (matched case-insensitively,
# with straight or curly apostrophes).
BLOCK_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "pour plus d'informations", "pour plus d'information", "pour de plus amples informations", "contact média",
        "contact media",
        "pour toute information", "pour tout renseignement", "pour plus de renseignements",
        "pour en savoir plus, veuillez contacter", "contact presse", "contacts presse", "contact médias",
        "contacts médias", "contact :", "contacts :", "contact:", "contacts:", "contact pour les médias",
        "contacts pour les médias", "relations avec les médias :", "informations presse", "renseignements presse",
        "pour toute demande d'information", "pour toute demande d'informations", "pour toute demande de renseignements",
        "pour toute question",
    ),
    "en": (
        "for further information", "for more information", "for further details", "for more details",
        "for media inquiries", "for media enquiries", "media contact", "media contacts", "press contact",
        "press contacts", "media enquiries:", "media inquiries:", "for any enquiries", "for any inquiries",
        "for all media enquiries", "for all media inquiries", "issued by:", "issued by :",
    ),
    "es": (
        "para más información", "para mayor información", "para más detalles", "para obtener más información",
        "contacto de prensa", "contactos de prensa", "contacto:", "contacto :", "contactos:", "contactos :",
        "contacto para medios", "contactos para medios", "contacto para los medios", "contactos para los medios",
        "contacto con los medios", "información para la prensa", "información para medios",
        "información para los medios", "para cualquier consulta", "para consultas de prensa", "para consultas",
    ),
    "pt": (
        "para mais informações", "para obter mais informações", "para mais detalhes", "contacto de imprensa",
        "contactos de imprensa", "contato de imprensa", "contatos de imprensa", "contacto:", "contacto :",
        "contato:", "contato :", "contatos:", "contatos :", "contacto para a imprensa", "contato para a imprensa",
        "contactos para a imprensa", "contatos para a imprensa", "informações para a imprensa",
        "informações à imprensa", "assessoria de imprensa", "para qualquer informação", "para pedidos de informação",
        "contacto para a comunicação social", "contactos para a comunicação social",
    ),
}

# A lead naming the press, then a contact verb, opens a block too, whatever its other words ("Pour toute demande des
# médias, veuillez contacter", "For interview requests, contact", "Journalists may contact"): the lead's first words,
# then within a few words one of these nouns, then (after a comma, or a modal verb) one of CONTACT_VERBS.
PRESS_LEAD_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("pour", "les"), "en": ("for",), "es": ("para", "los"), "pt": ("para", "os"),
}
PRESS_NOUNS: dict[str, tuple[str, ...]] = {
    "fr": ("médias", "média", "presse", "journalistes", "interviews", "interview", "entretiens", "entretien"),
    "en": ("media", "press", "journalists", "interviews", "interview"),
    "es": ("medios", "prensa", "periodistas", "entrevistas", "entrevista"),
    "pt": ("mídia", "média", "imprensa", "jornalistas", "entrevistas", "entrevista"),
}
PRESS_MODALS: dict[str, tuple[str, ...]] = {  # "Journalists may contact", "les journalistes peuvent contacter"
    "fr": ("peuvent", "sont invités à"), "en": ("may", "can", "should"), "es": ("pueden",), "pt": ("podem",),
}

# Labels that open a contact block standing alone on their line, when an address or a number follows closely
# ("Contacto" / "Ana Ríos, …, ana.rios@fao.org"); the same words open many a sentence, so never as a lead.
BARE_OPENERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"contact", "contacts"}),
    "en": frozenset({"contact", "contacts"}),
    "es": frozenset({"contacto", "contactos"}),
    "pt": frozenset({"contacto", "contactos", "contato", "contatos"}),
}

# The press office named alone on the line over the contacts ("Assessoria de Comunicação do PNUD", "Press Office"):
# it opens the block when an address or a number follows closely (the words also name offices in sentences).
PRESS_OFFICES: dict[str, tuple[str, ...]] = {
    "fr": ("service de presse", "service de communication", "bureau de presse", "relations presse",
           "service de l'information", "service d'information", "unité de communication"),
    "en": ("press office", "media office", "media relations", "communications office", "public information unit",
           "public information office", "communications unit"),
    "es": ("oficina de prensa", "oficina de comunicación", "oficina de comunicaciones", "unidad de información pública",
           "unidad de comunicación", "unidad de comunicaciones"),
    "pt": ("assessoria de comunicação", "assessoria de imprensa", "gabinete de imprensa", "gabinete de comunicação"),
}

# Words naming a group of people, that with a press noun (PRESS_NOUNS) or a unit's word make a press unit:
# "WHO Media Team", "Cellule presse", "Equipo de prensa". Such a unit's line, after a person's own number or address,
# gives the unit's own: "… mokoenal@who.int" / "WHO Media Team" / "Email: mediainquiries@who.int".
TEAM_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"équipe", "equipe", "cellule", "pôle"}),
    "en": frozenset({"team", "desk", "newsroom", "staff"}),
    "es": frozenset({"equipo", "célula", "sala"}),
    "pt": frozenset({"equipe", "equipa", "núcleo"}),
}

# Verbs that send the reader to a web site: an opener followed by one on its line, with no address, is a pointer to
# a site ("Pour plus d'informations sur l'UNICEF et son travail, rendez-vous sur : www.unicef.org", "For more
# information about UNICEF, visit"), not a contact block.
SITE_VERBS: dict[str, tuple[str, ...]] = {
    "fr": ("rendez-vous sur", "rendez-vous à", "visitez", "consultez", "allez sur"),
    "en": ("visit", "go to"),
    "es": ("visite", "visita", "consulte", "ingrese a", "vaya a"),
    "pt": ("visite", "acesse", "consulte"),
}
# Verbs (with what may follow them) that end a block's lead: the people are named after them
# ("veuillez contacter Amina Touré", "please contact", "contactar a").
CONTACT_VERBS: dict[str, tuple[str, ...]] = {
    "fr": ("veuillez contacter", "prière de contacter", "merci de contacter", "contacter", "contactez",
           "s'adresser à", "adressez-vous à", "écrire à", "joindre"),
    "en": ("please contact", "contact", "please reach", "reach", "write to", "get in touch with"),
    "es": ("por favor contactar a", "por favor contacte a", "por favor contactar con", "contactar a",
           "contacte a", "contactar con", "contacte con", "comuníquese con", "comunicarse con", "escriba a",
           "contactar", "contacte", "contáctese con"),
    "pt": ("por favor contacte", "por favor, contacte", "por favor entre em contacto com",
           "entre em contacto com", "entre em contato com", "contactar", "contacte", "contate", "contatar",
           "escreva para"),
}

# Words that join two people in one sentence or line ("Amina Touré et Jean Dupont", "Ana or Luis").
JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("et", "ou"),
    "en": ("and", "or"),
    "es": ("y", "o", "e", "u"),
    "pt": ("e", "ou"),
}

# Words written in lower case between a verb or joiner and the next person
# ("o a Diego Salazar", "contacte a la Sra. Ana Torres", "contacter le Dr Sow").
NAME_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("à", "avec", "le", "la"),
    "en": ("with", "to", "the"),
    "es": ("a", "con", "la", "el", "al"),
    "pt": ("a", "com", "ao", "à"),
}

# Titles written before a name; the name is kept without them ("M. Ibrahima Sow" -> "Ibrahima Sow").
HONORIFICS: dict[str, tuple[str, ...]] = {
    "fr": ("m.", "mme", "mme.", "mlle", "mlle.", "dr", "dr.", "pr", "pr.", "monsieur", "madame"),
    "en": ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "prof"),
    "es": ("sr.", "sra.", "srta.", "dr.", "dra.", "doña", "lic.", "ing."),
    "pt": ("sr.", "sra.", "dr.", "dra.", "prof.", "eng."),
}

# Prepositions that put a person in an office or place ("Amina Touré à l'OIM Dakar", "Ana at IOM Haiti",
# "Au Burundi : Name", "En Bogotá: Name"); the office is kept without them.
PLACE_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("à l'", "à la", "au sein de l'", "auprès de l'", "de l'", "à", "au", "aux", "en", "auprès de"),
    "en": ("at the", "at", "in", "from", "with"),
    "es": ("en la", "de la", "en el", "en", "desde", "del"),
    "pt": ("na", "no", "em"),
}

# The same prepositions as written on a capital without their accent ("A Genève :", "A l'OIM Dakar"): read case
# as written, since "a" is a word of its own.
PLACE_LEADS_ON_CAPITALS: dict[str, tuple[str, ...]] = {"fr": ("A l'", "A"), "en": (), "es": (), "pt": ("A",)}

# Lines that end a contact block: the article's footer, share or download links start again there.
BLOCK_ENDS: dict[str, tuple[str, ...]] = {
    "fr": ("à propos de l'oim", "à propos de l'organisation", "à propos de", "a propos de", "partager",
           "partagez", "suivez-nous", "suivez l'oim", "suivez", "imprimer", "articles liés", "voir aussi", "mots-clés",
           "restez informé", "lettre d'information", "télécharger", "téléchargez", "téléchargements",
           "téléchargement", "pays", "régions"),
    "en": ("about iom", "about the international organization", "about the", "share this", "share",
           "follow us", "follow iom", "follow", "stay in touch", "newsletter", "print", "related", "tags", "see also",
           "download", "downloads", "countries", "regions"),
    "es": ("acerca de la oim", "sobre la oim", "acerca de", "sobre la organización", "compartir", "comparte",
           "síguenos", "siga a la oim", "siga a", "imprimir", "noticias relacionadas", "ver también", "etiquetas",
           "boletín", "descargar", "descargue", "descarga", "descargas", "países", "regiones"),
    "pt": ("sobre a oim", "acerca da oim", "partilhar", "partilhe", "compartilhar", "compartilhe", "siga-nos",
           "siga a", "imprimir", "notícias relacionadas", "ver também", "etiquetas", "baixar", "baixe", "descarregar",
           "descarregue"),
}
# Share links: a line made only of these words, one of them a platform, ends a block too
# ("Facebook Twitter E-mail", "Partager sur LinkedIn").
SHARE_PLATFORMS: frozenset[str] = frozenset({
    "facebook", "twitter", "linkedin", "whatsapp", "reddit", "telegram", "tweet", "tweeter", "instagram",
    "youtube", "share", "partager", "partagez", "compartir", "comparte", "compartilhe", "compartilhar", "partilhe",
    "partilhar",
})
SHARE_WORDS: frozenset[str] = SHARE_PLATFORMS | frozenset({
    "x", "email", "e-mail", "courriel", "correo", "print", "imprimer", "imprimir", "copy", "link", "copier",
    "le", "lien", "copiar", "enlace", "on", "sur", "en", "this", "cette", "page", "article", "página",
    "via", "par", "por", "by",  # "Share via Email", "Partager par courriel", "Compartir por correo"
})

# Labels that introduce a phone number, with the kind of line they name.
PHONE_LABELS: dict[str, str] = {
    "tél": "phone", "tel": "phone", "tél.": "phone", "tel.": "phone", "téléphone": "phone", "telephone": "phone",
    "phone": "phone", "teléfono": "phone", "telefono": "phone", "tfno": "phone", "tf": "phone",
    "mobile": "mobile", "mob": "mobile", "mob.": "mobile", "portable": "mobile", "port.": "mobile",
    "cell": "mobile", "cel": "mobile", "cel.": "mobile", "celular": "mobile", "móvil": "mobile", "movil": "mobile",
    "whatsapp": "mobile", "gsm": "mobile", "fax": "fax", "télécopie": "fax",
    "telefone": "phone", "telemóvel": "mobile", "telemovel": "mobile", "tlm": "mobile", "tlm.": "mobile",
}

# Labels that introduce an e-mail address.
EMAIL_LABELS: tuple[str, ...] = (
    "e-mail", "email", "e-mails", "emails", "courriel", "mail", "correo", "correo electrónico",
    "correio eletrónico", "correio electrónico", "correio eletrônico",
)

# Labels that introduce an extension.
EXTENSION_LABELS: tuple[str, ...] = (
    "ext.", "ext", "extension", "poste", "post.", "int.", "interno", "anexo", "x", "ramal", "extensão",
)

# Organisations: a segment that names one is an office ("OIM Niamey", "IOM Haiti", "OCHA RCA").
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "oim", "iom", "oit", "ilo", "unhcr", "hcr", "acnur", "onu", "un", "unicef", "pam", "wfp", "ocha", "pnud",
    "undp", "unfpa", "fnuap", "oms", "who", "ops", "paho", "fao", "unesco", "unep", "pnue", "onusida", "unaids",
})

# Words that make a contact-block line an office, a unit or a role rather than a person.
OFFICE_WORDS: frozenset[str] = ORGANISATION_WORDS | frozenset({
    "bureau", "office", "oficina", "mission", "misión", "mision", "division", "división", "unité", "unit",
    "unidad", "département", "department", "departamento", "service", "servicio", "section", "sección",
    "siège", "headquarters", "sede", "organisation", "organization", "organización", "media", "médias",
    "medios", "presse", "press", "prensa", "communication", "communications", "comunicación",
    "comunicaciones", "information", "información", "public", "publique", "pública", "regional", "régional",
    "programme", "program", "programa", "centre", "center", "centro", "ministère", "ministry", "ministerio",
    "ambassade", "embassy", "embajada", "coordination", "coordinación", "porte-parole", "spokesperson",
    "portavoz", "chargé", "chargée", "officer", "oficial", "responsable", "chef", "head", "jefe", "jefa",
    "directeur", "directrice", "director", "directora", "conseiller", "conseillère", "adviser", "advisor",
    "asesor", "asesora", "assistant", "assistante", "asistente", "senior", "associate", "associé",
    "coordinator", "coordonnateur", "coordonnatrice", "coordinador", "coordinadora", "manager", "gestionnaire",
    "specialist", "spécialiste", "especialista", "représentant", "représentante", "representative",
    "representante", "attaché", "attachée", "agregado", "agregada", "encargado", "encargada", "porta-voz",
    "relations", "relaciones", "affairs", "affaires", "asuntos", "públicas", "externes", "external",
    "news", "actualités", "noticias", "notícias",
    # Portuguese
    "escritório", "missão", "gabinete", "unidade", "divisão", "secção", "seção", "ministério", "embaixada",
    "comunicação", "imprensa", "informação", "coordenação", "assessoria", "relações", "assessor", "assessora",
    "assistente", "coordenador", "coordenadora", "diretor", "diretora", "responsável", "chefe",
    "analista", "analyst", "analyste",
    # public bodies and societies a person may speak for
    "commissariat", "croix-rouge", "cruz roja", "red cross", "croissant-rouge", "red crescent", "agence", "agency",
    "agencia", "institut", "institute", "instituto", "fondation", "foundation", "fundación", "fundação",
    "gouvernement", "government", "gobierno", "governo", "commission", "comisión", "comissão", "comité",
    "committee", "conseil", "council", "consejo", "conselho",
})

# Of those, the words of a person's job title: a title alone names no office ("Assistant médias et communication",
# "Communication Officer"); a unit ("Communications Section", "Service de presse") or an organisation does.
ROLE_WORDS: frozenset[str] = frozenset({
    "chargé", "chargée", "officer", "oficial", "responsable", "chef", "head", "jefe", "jefa", "directeur",
    "directrice", "director", "directora", "conseiller", "conseillère", "adviser", "advisor", "asesor", "asesora",
    "assistant", "assistante", "asistente", "senior", "associate", "associé", "coordinator", "coordonnateur",
    "coordonnatrice", "coordinador", "coordinadora", "manager", "gestionnaire", "specialist", "spécialiste",
    "especialista", "représentant", "représentante", "representative", "representante", "attaché", "attachée",
    "agregado", "agregada", "encargado", "encargada", "porte-parole", "spokesperson", "portavoz", "porta-voz",
    "assessor", "assessora", "assistente", "coordenador", "coordenadora", "diretor", "diretora", "responsável",
    "chefe", "analista", "analyst", "analyste",
})

# And the words that name a unit: a title that holds one names an office ("Service de presse", "Office of the
# Spokesperson", "Communications Section"); the others ("communication", "presse", "media") qualify either.
UNIT_WORDS: frozenset[str] = frozenset({
    "bureau", "office", "oficina", "mission", "misión", "mision", "division", "división", "unité", "unit", "unidad",
    "département", "department", "departamento", "service", "servicio", "section", "sección", "siège", "headquarters",
    "sede", "organisation", "organization", "organización", "centre", "center", "centro", "ministère", "ministry",
    "ministerio", "ambassade", "embassy", "embajada", "escritório", "missão", "gabinete", "unidade", "divisão",
    "secção", "seção", "ministério", "embaixada", "assessoria", "coordination", "coordinación", "coordenação",
    "commissariat", "croix-rouge", "agence", "agency", "agencia", "institut", "institute", "instituto", "fondation",
    "foundation", "fundación", "fundação", "gouvernement", "government", "gobierno", "governo", "commission",
    "comisión", "comissão", "comité", "committee", "conseil", "council", "consejo", "conselho",
})

# Words of direction that end an office's region before a joiner ("Regional Office for West and Central Africa",
# "Bureau régional pour l'Afrique de l'Ouest et du Centre"): the joiner goes on in the office.
COMPASS_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "nord", "sud", "est",
    "ouest", "centre", "centrale", "australe", "orientale", "occidentale", "norte", "sur", "este", "oeste", "centro",
    "oriental", "occidental", "meridional", "sul", "leste",
})

# Words that open a street address: a line or segment naming one is no person ("Rua Viriato, 7").
ADDRESS_WORDS: frozenset[str] = frozenset({
    "rue", "avenue", "boulevard", "chemin", "route", "place", "street", "road", "avenida", "calle", "carrera",
    "rua", "praça", "travessa", "estrada", "alameda", "paseo", "plaza", "av.", "bd", "bd.",
})

# Small words that may stand inside a person's name.
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "des", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter",
    "bin", "ben", "ibn", "al", "el", "st.", "mc", "ould", "ag", "dit",
})

# Words closing a person's name, written with their dot ("Ramon Villanueva Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "jnr", "snr"})

# Words written in place of "@" and "." by people who hide addresses from robots.
EMAIL_AT_WORDS: tuple[str, ...] = ("at", "arobase", "arroba", "chez")
EMAIL_DOT_WORDS: tuple[str, ...] = ("dot", "point", "punto")
