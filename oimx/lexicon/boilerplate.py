"""Words that mark site furniture rather than article text, per language."""

from __future__ import annotations

from oimx.text import all_languages

# Last item of the site menu on every variant of the site seen so far ("- 2030 AGENDA").
# The block is found by its structure; this anchor only confirms where it ends.
MENU_ANCHORS: frozenset[str] = frozenset({"2030 agenda", "agenda 2030", "agenda 2030 para el desarrollo sostenible"})

# Page-type labels that stand alone on their lines before the title.
PAGE_LABELS: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "communiqué", "communiqué de presse", "communiqués de presse", "actualités", "nouvelles", "article",
        "récit", "récits", "histoire", "histoires", "déclaration", "déclarations", "déclarations et discours",
        "déclarations et discours du directeur général", "déclarations et discours de la directrice générale",
        "déclarations et messages", "déclarations et messages du secrétaire général",
        "global", "local", "régional", "mondial",
        "centre de presse", "salle de presse", "communiqué de presse commun", "note aux médias", "avis aux médias",
        "discours", "allocution", "actualité", "reportage", "discours et déclarations",
        "rapport", "rapport de situation", "mise à jour flash",
        "couverture des réunions", "couverture des réunions et communiqués de presse",
        "couverture des réunions & communiqués de presse",
    }),
    "en": frozenset({
        "news", "press release", "press releases", "story", "stories", "statement", "statements",
        "speeches and statements", "statements and speeches", "speeches and statements of the director general",
        "statements and messages",
        "global", "local", "regional",
        "press centre", "press center", "news note", "media advisory", "storyline", "shotlist", "edited news",
        "joint press release", "news release", "news releases", "feature", "speech",
        "report", "situation report", "flash update", "news and press release",
        "meetings coverage", "meetings coverage and press releases", "meetings coverage & press releases",
    }),
    "es": frozenset({
        "comunicado", "comunicado de prensa", "comunicados de prensa", "noticias", "noticia", "historias",
        "historia", "declaración", "declaraciones", "declaraciones y discursos",
        "declaraciones y discursos del director general", "declaraciones y discursos de la directora general",
        "global", "local", "regional",
        "centro de prensa", "sala de prensa", "nota de prensa", "comunicado de prensa conjunto", "discurso",
        "informe", "informe de situación", "noticias y comunicados de prensa",
    }),
    "pt": frozenset({
        "comunicado", "comunicado de imprensa", "comunicados de imprensa", "notícias", "notícia", "histórias",
        "história", "declaração", "declarações", "declarações e discursos", "global", "local", "regional",
        "centro de imprensa", "sala de imprensa", "nota de imprensa", "nota à imprensa",
        "comunicado de imprensa conjunto", "discurso", "relatório", "relatório de situação",
    }),
}
# the labels of every language: a page's language is not known yet where they are read
ALL_PAGE_LABELS: frozenset[str] = frozenset().union(*PAGE_LABELS.values())

# The scope labels IOM's site prints under the page type ("Communiqué" / "Global"): they tell its layout.
SCOPE_LABELS: frozenset[str] = frozenset({"global", "local", "regional", "régional", "mondial"})

# Markers of a photo caption or credit line standing right after the title.
CAPTION_MARKERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("photo :", "photo:", "photos :", "crédit photo", "crédit :", "crédit:", "crédits :", "crédits:"),
    "en": ("photo:", "photo credit", "credit:"),
    "es": ("foto:", "foto :"),
    "pt": ("foto:", "foto :", "fotografia:", "créditos:"),
}
CAPTION_MARKERS: tuple[str, ...] = ("©", *dict.fromkeys(all_languages(CAPTION_MARKERS_BY_LANGUAGE)))

# The opening menu entries of each language version: they tell the page's language.
MENU_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("qui sommes nous", "notre travail"),
    "en": ("who we are", "our work"),
    "es": ("quiénes somos", "nuestro trabajo"),
    "pt": ("quem somos", "o nosso trabalho", "nosso trabalho"),
}
MENU_LANGUAGE: dict[str, str] = {entry: lang for lang, entries in MENU_WORDS.items() for entry in entries}


# Whole lines that are site furniture on any site: skip links, breadcrumbs, calls to action, buttons.
NAV_LINES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "aller au contenu principal", "aller au contenu", "passer au contenu principal", "fil d'ariane",
        "vous êtes ici", "vous êtes ici :", "accueil", "retour", "fermer", "menu", "rechercher", "partager",
        "découvrir", "en savoir plus", "lire la suite", "lire plus", "voir plus", "version imprimable", "imprimer",
        "télécharger", "pièces jointes", "écouter", "s'abonner", "faire un don",
    }),
    "en": frozenset({
        "skip to main content", "skip to content", "jump to content", "breadcrumb", "you are here", "you are here:",
        "home", "back", "go back", "go back go back", "close", "search", "share", "read more", "learn more",
        "discover", "print", "printer-friendly version", "download", "attachments", "listen", "subscribe",
        "donate", "menu",
    }),
    "es": frozenset({
        "ir al contenido principal", "saltar al contenido principal", "usted está aquí", "inicio", "volver",
        "cerrar", "buscar", "compartir", "leer más", "ver más", "descubrir", "imprimir", "descargar", "escuchar",
    }),
    "pt": frozenset({
        "ir para o conteúdo principal", "saltar para o conteúdo principal", "você está aqui", "está aqui",
        "início", "voltar", "fechar", "pesquisar", "partilhar", "compartilhar", "ler mais", "saiba mais",
        "ver mais", "descobrir", "imprimir", "descarregar", "baixar", "ouvir", "subscrever",
    }),
}
NAV_LINES: frozenset[str] = frozenset(all_languages(NAV_LINES_BY_LANGUAGE))

# The buttons of those lines that sites set between a title and its text: share, print, download, listen.
BUTTON_LINES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"partager", "imprimer", "version imprimable", "télécharger", "écouter", "s'abonner",
                     "pièces jointes"}),
    "en": frozenset({"share", "print", "printer-friendly version", "download", "listen", "subscribe", "attachments"}),
    "es": frozenset({"compartir", "imprimir", "descargar", "escuchar"}),
    "pt": frozenset({"partilhar", "compartilhar", "imprimir", "descarregar", "baixar", "ouvir", "subscrever"}),
}
BUTTON_LINES: frozenset[str] = frozenset(all_languages(BUTTON_LINES_BY_LANGUAGE))
# Verbs opening a download link with the file it names: "Download PDF (1.2 MB)", "Télécharger le rapport (PDF)"
DOWNLOAD_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("télécharger", "téléchargez"),
    "en": ("download",),
    "es": ("descargar", "descargue", "descarga"),
    "pt": ("baixar", "baixe", "descarregar", "descarregue"),
}
DOWNLOAD_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(DOWNLOAD_LEADS_BY_LANGUAGE)))
# File types a link names in brackets at its end, with or without the file's size: "(PDF, 1.4 MB)", "(docx)"
FILE_TYPES: tuple[str, ...] = ("pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "csv", "ppt", "pptx", "zip", "epub")

# Words of a meeting's line over the release covering it: "9510e séance – matin", "45th Plenary Meeting (PM)"
MEETING_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("séance plénière", "séance"),
    "en": ("plenary meeting", "meeting"),
    "es": ("sesión plenaria", "sesión"),
    "pt": ("sessão plenária", "sessão", "reunião plenária"),
}

# Openings of furniture lines: archive banners, cookie notices, site-transition notices.
NAV_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("vous consultez une page web archivée", "nous utilisons des cookies", "ce site utilise des cookies"),
    "en": ("you are viewing an archived web page", "loading media", "we use cookies", "this site uses cookies"),
    "es": ("utilizamos cookies",),
    "pt": ("utilizamos cookies", "este site utiliza cookies", "este site usa cookies"),
}
NAV_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(NAV_LEADS_BY_LANGUAGE)))

# Lines standing between title and body that only qualify the text: delivery notes, date labels.
FRONT_LINES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "seul le prononcé fait foi.", "seul le prononcé fait foi", "seul le texte prononcé fait foi.",
        "seul le texte prononcé fait foi", "vérifier au prononcé", "date:", "date :", "pièces jointes",
        "pièces jointes :",
        "traduction non officielle", "adapté de l'anglais", "(adapté de l'anglais)", "écouter", "écouter /",
        "telle que prononcée", "tel que prononcé", "texte prononcé",
    }),
    "en": frozenset({
        "check against delivery", "check against delivery.", "as delivered", "as prepared for delivery",
        "attachments", "unofficial translation", "listen", "listen /", "as delivered.",
    }),
    "es": frozenset({
        "sólo el texto pronunciado es válido", "cotejar con el discurso pronunciado", "fecha:", "fecha :",
        "traducción no oficial", "escuchar", "adjuntos",
    }),
    "pt": frozenset({
        "só faz fé o texto proferido", "confrontar com o discurso proferido", "data:", "data :",
        "tradução não oficial", "ouvir", "anexos",
    }),
}
FRONT_LINES: frozenset[str] = frozenset({"[ pdf ]", "[pdf]", "pdf", *all_languages(FRONT_LINES_BY_LANGUAGE)})

# Openings of notes standing between title and body: "Pour l'utilisation des médias d'information - …".
# and the languages a page is also available in: "Disponible en English", "Also available in: Français".
FRONT_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("pour l'utilisation des médias d'information", "à l'intention des organes d'information",
           "document non officiel", "disponible en ", "disponible en:", "également disponible en",
           "aussi disponible en"),
    "en": ("for use of information media", "for information media", "not an official record", "available in ",
           "available in:", "also available in"),
    "es": ("para información de los medios", "documento no oficial", "disponible en ", "disponible en:",
           "también disponible en"),
    "pt": ("para uso dos meios de comunicação", "documento não oficial", "disponível em ", "disponível em:",
           "também disponível em"),
}
FRONT_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(FRONT_LEADS_BY_LANGUAGE)))

# Openings of a date label between title and body: "Publié le 3 mai 2021", "Date: 4 June 2019".
DATE_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("publié le", "publié :", "mis à jour le", "dernière mise à jour", "date :", "date:", "dates :", "dates:"),
    "en": ("published", "posted on", "last updated", "updated", "dates:"),
    "es": ("publicado el", "publicado:", "fecha:", "fecha :", "fechas:", "fechas :", "actualizado"),
    "pt": ("publicado em", "publicado a", "publicado:", "atualizado em", "atualizado", "datas:", "datas :"),
}
DATE_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(DATE_LEADS_BY_LANGUAGE)))
# Words before the date of a line that is only a date, the state of a report: "As of 13 March 2024",
# "Au 4 septembre 2024", "Al 3 de abril de 2024", "Situation as of 13 March 2024".
DATE_LINE_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("au", "situation au", "en date du", "état au", "à la date du"),
    "en": ("as of", "as at", "situation as of", "status as of", "data as of"),
    "es": ("al", "situación al", "con corte al", "a fecha de", "datos al"),
    "pt": ("até", "situação em", "dados até", "em"),
}
DATE_LINE_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(DATE_LINE_LEADS_BY_LANGUAGE)))

# Openings of the name of an agency's office, a line of a site's header over the title ("Bureau régional pour …")
OFFICE_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("bureau régional ", "bureau sous-régional ", "bureau de pays ", "bureau de liaison ", "bureau du "),
    "en": ("regional office ", "subregional office ", "country office ", "liaison office "),
    "es": ("oficina regional ", "oficina subregional ", "oficina de país ", "oficina de enlace "),
    "pt": ("escritório regional ", "escritório sub-regional ", "escritório de país ", "escritório de ligação "),
}
OFFICE_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(OFFICE_LEADS_BY_LANGUAGE)))

# Openings of a byline standing under the title: it is body, never the title.
BYLINE_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("déclaration de ", "déclaration d'", "déclaration du ", "déclaration de la ", "allocution de ",
           "allocution du ", "message de ", "message du ", "discours de ", "discours du ", "par "),
    "en": ("statement by ", "remarks by ", "message by ", "by "),
    "es": ("declaración de ", "declaración del ", "discurso de ", "discurso del ", "mensaje de ", "mensaje del ",
           "por "),
    "pt": ("declaração de ", "declaração do ", "declaração da ", "discurso de ", "discurso do ", "discurso da ",
           "mensagem de ", "mensagem do ", "mensagem da ", "por "),
}
BYLINE_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(BYLINE_LEADS_BY_LANGUAGE)))

# Openings of what follows an article on many sites: footers, newsletter and app invitations, "about us" blocks.
FOOTER_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("à l'intention des organes d'information", "document non officiel", "recevez des mises à jour",
           "ce communiqué est destiné à", "ce communiqué de presse est destiné à", "ce document est destiné à",
           "téléchargez l'application", "inscrivez-vous", "abonnez-vous à", "suivez-nous", "partagez cet article",
           "articles connexes", "sur le même sujet", "à propos de l'", "à propos du ", "à propos de la ",
           "téléchargez l'", "citation recommandée"),
    "en": ("citable reference", "suggested citation",
           "for use of information media", "for information media", "not an official record", "about unicef",
           "this release is intended for", "this press release is intended for", "this document is intended for",
           "about the ", "about undp", "about unfpa", "related content", "related stories", "related news",
           "subscribe to", "download the app", "follow us", "share this", "sign up for", "download the "),
    "es": ("cita recomendada", "acerca de", "suscríbase", "este comunicado está destinado a",
           "este documento está destinado a",
           "descargue la aplicación", "noticias relacionadas", "síganos", "descargue la ",
           "descarga la "),
    "pt": ("citação recomendada", "sobre a oim",
           "acerca da oim", "subscreva", "este comunicado destina-se", "este documento destina-se",
           "inscreva-se", "descarregue a aplicação",
           "notícias relacionadas", "siga-nos", "partilhe este artigo"),
}
FOOTER_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(FOOTER_LEADS_BY_LANGUAGE)))

# Short words a line cannot end on: the line goes on below ("… d'un montant de\nProgramme …").
LINE_CONTINUES: dict[str, tuple[str, ...]] = {
    "fr": ("de", "du", "des", "la", "le", "les", "à", "au", "aux", "pour", "et", "un", "une"),
    "en": ("of", "the", "to", "for", "and", "a", "an"),
    "es": ("el", "los", "las", "del", "y", "con", "para", "de", "la", "un"),
    "pt": ("da", "dos", "das", "ao", "aos", "com", "uma", "em", "para", "de", "a"),  # not "do", "um": English
}

# The word of an end-of-release mark written between dashes ("- 30 -", "-FIN-", "- End -", "-Fim-").
END_MARK_WORDS: dict[str, tuple[str, ...]] = {"fr": ("fin",), "en": ("end",), "es": ("fin",), "pt": ("fim",)}

# Openings of a short "about us" heading after the article: "À propos de l'UNFPA", "About WFP", "Acerca de UNICEF"
ABOUT_LEADS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("à propos d", "a propos d"),
    "en": ("about ",),
    "es": ("acerca de", "acerca del", "sobre el ", "sobre la "),
    "pt": ("sobre o ", "sobre a ", "acerca do ", "acerca da "),
}
ABOUT_LEADS: tuple[str, ...] = tuple(dict.fromkeys(all_languages(ABOUT_LEADS_BY_LANGUAGE)))

# Words of the heading over a related-content list after the article: "Articles connexes", "Related Stories"
RELATED_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"connexe", "connexes", "similaires"}),
    "en": frozenset({"related"}),
    "es": frozenset({"relacionadas", "relacionados", "relacionada", "relacionado"}),
    "pt": frozenset({"relacionadas", "relacionados", "relacionada", "relacionado", "semelhantes"}),
}
RELATED_WORDS: frozenset[str] = frozenset(all_languages(RELATED_WORDS_BY_LANGUAGE))

# Headings of the notes to editors after a release: background, not the article ("Notes aux rédactions",
# "Note for editors"); whole lines, like the footer headings below
EDITOR_NOTES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"note aux rédactions", "notes aux rédactions", "note à la rédaction", "notes à la rédaction",
                     "note aux rédacteurs", "notes aux rédacteurs", "note aux éditeurs", "notes aux éditeurs",
                     "note à l'intention des rédactions", "notes à l'intention des rédactions"}),
    "en": frozenset({"note to editors", "notes to editors", "note for editors", "notes for editors",
                     "note to the editor", "notes to the editor", "notes to editor"}),
    "es": frozenset({"nota para los editores", "notas para los editores", "nota a los editores",
                     "notas a los editores", "nota para la redacción", "nota a la redacción",
                     "notas para la redacción", "nota para los redactores", "notas para los redactores"}),
    "pt": frozenset({"nota aos editores", "notas aos editores", "nota para os editores", "notas para os editores",
                     "nota à redação", "nota para a redação", "notas para a redação", "nota à redacção"}),
}

# Whole lines heading what follows an article: "Lire aussi", "See also", "Lea también"
FOOTER_HEADINGS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "dans la même rubrique",
                     "plus sur ce sujet", "sur le même thème", "contenu connexe", "complément d'information",
                     "galerie photos", "galerie de photos"}),
    "en": frozenset({"see also", "read also", "more on this topic", "more stories", "you may also like",
                     "related content", "more on this", "further information", "photo gallery"}),
    "es": frozenset({"lea también", "ver también", "más sobre este tema", "también le puede interesar",
                     "contenido relacionado", "galería de fotos", "galería fotográfica"}),
    "pt": frozenset({"leia também", "ler também", "veja também", "ver também", "mais sobre este tema",
                     "conteúdo relacionado", "galeria de fotos"}),
}
FOOTER_HEADINGS: frozenset[str] = frozenset(all_languages(FOOTER_HEADINGS_BY_LANGUAGE) + all_languages(
    EDITOR_NOTES_BY_LANGUAGE))

# Labels of a link line closing an article, the label then a colon and the title of a page: "Read more: Energy
# access report 2023", "Lire aussi : …", "Saiba mais: …" (within the article, such a line stays in it)
LINK_LABELS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"lire aussi", "à lire aussi", "voir aussi", "lire la suite", "en savoir plus",
                     "pour en savoir plus"}),
    "en": frozenset({"read more", "read also", "see also", "learn more", "find out more"}),
    "es": frozenset({"lea también", "leer más", "lea más", "ver también", "vea también", "conozca más"}),
    "pt": frozenset({"leia também", "leia mais", "saiba mais", "veja também", "ver também", "ler mais"}),
}
LINK_LABELS: frozenset[str] = frozenset(all_languages(LINK_LABELS_BY_LANGUAGE))

# A site's legal and help links, in its footer, alone or in a row between bars: "Contact | Copyright | FAQ |
# Privacy Notice | Terms of Use".
LEGAL_LINKS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"droits d'auteur", "mentions légales", "politique de confidentialité", "confidentialité",
                     "conditions d'utilisation", "alerte à la fraude", "alerte fraude", "faq", "plan du site",
                     "nous contacter", "accessibilité"}),
    "en": frozenset({"copyright", "privacy notice", "privacy policy", "privacy", "terms of use", "terms and conditions",
                     "fraud alert", "faq", "contact us", "accessibility", "sitemap", "site map"}),
    "es": frozenset({"derechos de autor", "aviso de privacidad", "política de privacidad", "privacidad",
                     "condiciones de uso", "términos de uso", "aviso de fraude", "alerta de fraude",
                     "preguntas frecuentes", "mapa del sitio", "contáctenos", "accesibilidad"}),
    "pt": frozenset({"direitos autorais", "direitos de autor", "privacidade", "política de privacidade",
                     "termos de uso", "aviso de fraude", "alerta de fraude", "perguntas frequentes", "mapa do site",
                     "acessibilidade"}),
}
LEGAL_LINKS: frozenset[str] = frozenset(all_languages(LEGAL_LINKS_BY_LANGUAGE))

# Headings of a section of the article, never its title, though they may stand right over its first
# paragraph: "HIGHLIGHTS", "Points clés", "Aperçu de la situation".
SECTION_HEADINGS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"points clés", "points saillants", "faits saillants", "messages clés", "chiffres clés",
                     "en bref", "résumé", "aperçu de la situation", "aperçu", "contexte", "faits marquants"}),
    "en": frozenset({"highlights", "key points", "key messages", "key facts", "key figures", "at a glance",
                     "situation at a glance", "summary", "overview", "background", "key highlights"}),
    "es": frozenset({"puntos clave", "aspectos destacados", "mensajes clave", "datos clave", "cifras clave",
                     "resumen", "panorama", "contexto", "lo más destacado", "puntos destacados", "aspectos clave",
                     "situación general", "panorama general"}),
    "pt": frozenset({"destaques", "pontos-chave", "pontos principais", "mensagens-chave", "resumo", "contexto"}),
}
SECTION_HEADINGS: frozenset[str] = frozenset(all_languages(SECTION_HEADINGS_BY_LANGUAGE))

# Labels of a page's fields standing alone on their line over their value ("Source" / "OCHA", "Posted" /
# "14 Mar 2024", "Publié" / "15 avr. 2024"): front matter, as the "Source: OCHA" field line is.
FIELD_LABELS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"source", "sources", "publié", "publié le", "date de publication", "format", "thème", "thèmes",
                     "pays", "type de catastrophe", "langue", "langues", "auteur", "auteurs", "origine"}),
    "en": frozenset({"source", "sources", "posted", "originally published", "origin", "format", "theme", "themes",
                     "country", "countries", "disaster type", "language", "languages", "author", "authors",
                     "published", "date published"}),
    "es": frozenset({"fuente", "fuentes", "publicado", "fecha de publicación", "formato", "tema", "temas", "país",
                     "países", "tipo de desastre", "idioma", "idiomas", "autor", "autores", "origen"}),
    "pt": frozenset({"fonte", "fontes", "publicado", "data de publicação", "formato", "tema", "temas", "país",
                     "países", "idioma", "idiomas", "autor", "autores", "origem"}),
}
FIELD_LABELS: frozenset[str] = frozenset(all_languages(FIELD_LABELS_BY_LANGUAGE))

# Labels of the line of a page's tags, after the article: "Mots-clés : Niger, Mali", "Topics: Climate, SDGs"
TAG_LABELS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"mots-clés", "mots clés", "mot-clé", "étiquettes", "thèmes", "thématiques", "sujets", "tags"}),
    "en": frozenset({"topics", "tags", "keywords", "themes", "related topics", "filed under"}),
    "es": frozenset({"etiquetas", "temas", "tópicos", "palabras clave"}),
    "pt": frozenset({"etiquetas", "temas", "tópicos", "assuntos", "palavras-chave", "tags"}),
}
TAG_LABELS: frozenset[str] = frozenset(all_languages(TAG_LABELS_BY_LANGUAGE))

# A media player's line: the line under it is the media's caption ("Écouter /" then "Name, role")
MEDIA_LINES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"écouter", "écouter /", "regarder", "regarder la vidéo", "lire la vidéo"}),
    "en": frozenset({"listen", "listen /", "watch", "watch the video", "play video"}),
    "es": frozenset({"escuchar", "escuchar /", "ver", "ver el video", "ver vídeo"}),
    "pt": frozenset({"ouvir", "ouvir /", "assistir", "ver o vídeo", "assistir ao vídeo"}),
}
MEDIA_LINES: frozenset[str] = frozenset(all_languages(MEDIA_LINES_BY_LANGUAGE))
