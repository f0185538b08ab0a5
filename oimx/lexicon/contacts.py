"""Contact-block vocabulary: how blocks open, field labels, and words that mark an office."""

from __future__ import annotations

# Phrases that open a contact block at the start of a line (matched case-insensitively,
# with straight or curly apostrophes).
BLOCK_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "pour plus d'informations", "pour plus d'information", "pour de plus amples informations",
        "pour toute information", "pour tout renseignement", "pour plus de renseignements",
        "pour en savoir plus, veuillez contacter", "contact presse", "contacts presse", "contact médias",
        "contacts médias", "contact :", "contacts :", "contact:", "contacts:",
    ),
    "en": (
        "for further information", "for more information", "for further details", "for more details",
        "for media inquiries", "for media enquiries", "media contact", "media contacts", "press contact",
    ),
    "es": (
        "para más información", "para mayor información", "para más detalles", "para obtener más información",
        "contacto de prensa", "contactos de prensa", "contacto:", "contacto :", "contactos:", "contactos :",
    ),
}

# Labels that introduce a phone number, with the kind of line they name.
PHONE_LABELS: dict[str, str] = {
    "tél": "phone", "tel": "phone", "tél.": "phone", "tel.": "phone", "téléphone": "phone", "telephone": "phone",
    "phone": "phone", "teléfono": "phone", "telefono": "phone", "tfno": "phone", "tf": "phone",
    "mobile": "mobile", "mob": "mobile", "mob.": "mobile", "portable": "mobile", "port.": "mobile",
    "cell": "mobile", "cel": "mobile", "cel.": "mobile", "celular": "mobile", "móvil": "mobile", "movil": "mobile",
    "whatsapp": "mobile", "gsm": "mobile", "fax": "fax", "télécopie": "fax",
}

# Labels that introduce an e-mail address.
EMAIL_LABELS: tuple[str, ...] = (
    "e-mail", "email", "e-mails", "emails", "courriel", "mail", "correo", "correo electrónico",
)

# Labels that introduce an extension.
EXTENSION_LABELS: tuple[str, ...] = ("ext.", "ext", "extension", "poste", "post.", "int.", "interno", "anexo", "x")

# Words that make a contact-block line an office or organisation rather than a person.
OFFICE_WORDS: frozenset[str] = frozenset({
    "oim", "iom", "oit", "ilo", "unhcr", "hcr", "acnur", "onu", "un", "unicef", "pam", "wfp", "ocha",
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
})

# Small words that may stand inside a person's name.
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "des", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter",
    "bin", "ben", "ibn", "al", "el", "y", "e", "st.", "mc",
})

# Words written in place of "@" and "." by people who hide addresses from robots.
EMAIL_AT_WORDS: tuple[str, ...] = ("at", "arobase", "arroba", "chez")
EMAIL_DOT_WORDS: tuple[str, ...] = ("dot", "point", "punto")
