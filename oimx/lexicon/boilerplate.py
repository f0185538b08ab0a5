"""Words that mark site furniture rather than article text, per language."""

from __future__ import annotations

# Last item of the site menu on every variant of the site seen so far ("- 2030 AGENDA").
# The block is found by its structure; this anchor only confirms where it ends.
MENU_ANCHORS: frozenset[str] = frozenset({"2030 agenda", "agenda 2030", "agenda 2030 para el desarrollo sostenible"})

# Page-type labels that stand alone on their lines before the title.
PAGE_LABELS: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "communiqué", "communiqué de presse", "communiqués de presse", "actualités", "nouvelles", "article",
        "récit", "récits", "histoire", "histoires", "déclaration", "déclarations", "déclarations et discours",
        "déclarations et discours du directeur général", "déclarations et discours de la directrice générale",
        "global", "local", "régional", "mondial",
        "centre de presse", "salle de presse", "communiqué de presse commun", "note aux médias", "avis aux médias",
        "discours", "allocution", "actualité", "reportage", "discours et déclarations",
    }),
    "en": frozenset({
        "news", "press release", "press releases", "story", "stories", "statement", "statements",
        "speeches and statements", "statements and speeches", "speeches and statements of the director general",
        "global", "local", "regional",
        "press centre", "press center", "news note", "media advisory", "storyline", "shotlist", "edited news",
        "joint press release", "news release", "news releases", "feature", "speech",
    }),
    "es": frozenset({
        "comunicado", "comunicado de prensa", "comunicados de prensa", "noticias", "noticia", "historias",
        "historia", "declaración", "declaraciones", "declaraciones y discursos",
        "declaraciones y discursos del director general", "declaraciones y discursos de la directora general",
        "global", "local", "regional",
        "centro de prensa", "sala de prensa", "nota de prensa", "comunicado de prensa conjunto", "discurso",
    }),
}
# the labels of every language: a page's language is not known yet where they are read
ALL_PAGE_LABELS: frozenset[str] = frozenset().union(*PAGE_LABELS.values())

# The scope labels IOM's site prints under the page type ("Communiqué" / "Global"): they tell its layout.
SCOPE_LABELS: frozenset[str] = frozenset({"global", "local", "regional", "régional", "mondial"})

# Markers of a photo caption or credit line standing right after the title.
CAPTION_MARKERS: tuple[str, ...] = (
    "photo :", "photo:", "photos :", "photo credit", "foto:", "foto :", "crédit photo", "©", "crédit :", "crédit:",
    "credit:", "crédits :", "crédits:",
)

# The opening menu entries of each language version: they tell the page's language.
MENU_LANGUAGE: dict[str, str] = {
    "qui sommes nous": "fr",
    "notre travail": "fr",
    "who we are": "en",
    "our work": "en",
    "quiénes somos": "es",
    "nuestro trabajo": "es",
}


# Whole lines that are site furniture on any site: skip links, breadcrumbs, calls to action, buttons.
NAV_LINES: frozenset[str] = frozenset({
    # fr
    "aller au contenu principal", "aller au contenu", "passer au contenu principal", "fil d'ariane",
    "vous êtes ici", "vous êtes ici :", "accueil", "retour", "fermer", "menu", "rechercher", "partager",
    "découvrir", "en savoir plus", "lire la suite", "lire plus", "voir plus", "version imprimable", "imprimer",
    "télécharger", "pièces jointes", "écouter", "s'abonner", "faire un don",
    # en
    "skip to main content", "skip to content", "jump to content", "breadcrumb", "you are here", "you are here:",
    "home", "back", "go back", "go back go back", "close", "search", "share", "read more", "learn more",
    "discover", "print", "printer-friendly version", "download", "attachments", "listen", "subscribe", "donate",
    # es
    "ir al contenido principal", "saltar al contenido principal", "usted está aquí", "inicio", "volver",
    "cerrar", "buscar", "compartir", "leer más", "ver más", "descubrir", "imprimir", "descargar", "escuchar",
})

# Openings of furniture lines: archive banners, cookie notices, site-transition notices.
NAV_LEADS: tuple[str, ...] = (
    "you are viewing an archived web page", "vous consultez une page web archivée", "loading media",
    "we use cookies", "nous utilisons des cookies", "utilizamos cookies", "this site uses cookies",
    "ce site utilise des cookies",
)

# Lines standing between title and body that only qualify the text: delivery notes, date labels.
FRONT_LINES: frozenset[str] = frozenset({
    "seul le prononcé fait foi.", "seul le prononcé fait foi", "seul le texte prononcé fait foi.",
    "seul le texte prononcé fait foi", "vérifier au prononcé", "check against delivery", "check against delivery.",
    "as delivered", "as prepared for delivery", "sólo el texto pronunciado es válido",
    "cotejar con el discurso pronunciado",
    "date:", "date :", "fecha:", "fecha :", "[ pdf ]", "[pdf]", "pdf", "attachments", "pièces jointes",
    "traduction non officielle", "unofficial translation", "traducción no oficial", "adapté de l'anglais",
    "(adapté de l'anglais)", "écouter", "écouter /", "listen", "listen /", "escuchar", "telle que prononcée",
    "tel que prononcé", "as delivered.", "texte prononcé",
})

# Openings of notes standing between title and body: "Pour l'utilisation des médias d'information - …".
FRONT_LEADS: tuple[str, ...] = (
    "pour l'utilisation des médias d'information", "à l'intention des organes d'information",
    "for use of information media", "for information media", "not an official record", "document non officiel",
    "para información de los medios", "documento no oficial",
)

# Openings of a date label between title and body: "Publié le 3 mai 2021", "Date: 4 June 2019".
DATE_LEADS: tuple[str, ...] = (
    "publié le", "publié :", "mis à jour le", "dernière mise à jour", "date :", "date:", "published", "posted on",
    "last updated", "updated", "publicado el", "publicado:", "fecha:", "fecha :", "actualizado",
)

# Openings of a byline standing under the title: it is body, never the title.
BYLINE_LEADS: tuple[str, ...] = (
    "déclaration de ", "déclaration d'", "déclaration du ", "déclaration de la ", "allocution de ", "allocution du ",
    "message de ", "message du ", "discours de ", "discours du ", "par ",
    "statement by ", "remarks by ", "message by ", "by ",
    "declaración de ", "declaración del ", "discurso de ", "discurso del ", "mensaje de ", "mensaje del ", "por ",
)

# Openings of what follows an article on many sites: footers, newsletter and app invitations, "about us" blocks.
FOOTER_LEADS: tuple[str, ...] = (
    "à l'intention des organes d'information", "for use of information media", "for information media",
    "document non officiel", "not an official record", "recevez des mises à jour", "téléchargez l'application",
    "inscrivez-vous", "abonnez-vous à", "suivez-nous", "partagez cet article", "articles connexes",
    "sur le même sujet", "à propos de l'", "à propos du ", "à propos de la ", "about unicef", "about the ",
    "about undp", "about unfpa", "related content", "related stories", "related news", "subscribe to",
    "download the app", "follow us", "share this", "sign up for", "acerca de", "suscríbase", "descargue la aplicación",
    "noticias relacionadas", "síganos", "download the ", "téléchargez l'", "descargue la ", "descarga la ",
)

# Openings of a short "about us" heading after the article: "À propos de l'UNFPA", "About WFP", "Acerca de UNICEF"
ABOUT_LEADS: tuple[str, ...] = (
    "à propos d", "a propos d", "about ", "acerca de", "acerca del", "sobre el ", "sobre la ",
)

# Words of the heading over a related-content list after the article: "Articles connexes", "Related Stories"
RELATED_WORDS: frozenset[str] = frozenset({
    "connexe", "connexes", "similaires", "related", "relacionadas", "relacionados", "relacionada", "relacionado",
})
# Whole lines heading what follows an article: "Lire aussi", "See also", "Lea también"
FOOTER_HEADINGS: frozenset[str] = frozenset({
    "lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "dans la même rubrique",
    "see also", "read also", "more on this topic", "more stories", "you may also like",
    "lea también", "ver también", "más sobre este tema", "también le puede interesar",
})

# A media player's line: the line under it is the media's caption ("Écouter /" then "Name, role")
MEDIA_LINES: frozenset[str] = frozenset({
    "écouter", "écouter /", "regarder", "regarder la vidéo", "lire la vidéo",
    "listen", "listen /", "watch", "watch the video", "play video",
    "escuchar", "escuchar /", "ver", "ver el video", "ver vídeo",
})
