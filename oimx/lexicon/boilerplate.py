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
    }),
    "en": frozenset({
        "news", "press release", "press releases", "story", "stories", "statement", "statements",
        "speeches and statements", "statements and speeches", "speeches and statements of the director general",
        "global", "local", "regional",
    }),
    "es": frozenset({
        "comunicado", "comunicado de prensa", "comunicados de prensa", "noticias", "noticia", "historias",
        "historia", "declaración", "declaraciones", "declaraciones y discursos",
        "declaraciones y discursos del director general", "declaraciones y discursos de la directora general",
        "global", "local", "regional",
    }),
}

# Markers of a photo caption or credit line standing right after the title.
CAPTION_MARKERS: tuple[str, ...] = (
    "photo :", "photo:", "photos :", "photo credit", "foto:", "foto :", "crédit photo", "©",
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
