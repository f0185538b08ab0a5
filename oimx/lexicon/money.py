"""Money vocabulary: currency names, symbols and codes, magnitude words, number words.

The names, heads and symbols of every ISO 4217 currency come from CLDR
(:mod:`oimx.lexicon.currencies`); the tables here add what CLDR does not say: how people
write the common ones in running text (``dollars US``, ``francs CFA``), which unqualified
name means which currency, and the grammar around amounts. Every table is plain data
read by :mod:`oimx.extract.money`, which builds its patterns from them. Phrases are
written as in running text; the pattern builder lets any space in a phrase match a line
break or a no-break space, lets an apostrophe match ``'`` or ``’``, and matches tokens
written in capitals (``USD``, ``US``, ``FCFA``) only in capitals. ``"CFA"`` is not an ISO
code: it marks a franc CFA whose code (``XOF`` or ``XAF``) is chosen from the page's country.
"""

from __future__ import annotations

#: ISO 4217 codes recognised when written as such, before or after a number.
CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "CHF", "GBP", "CAD", "AUD", "NZD", "JPY", "CNY", "SEK", "NOK", "DKK",
    "XOF", "XAF", "MAD", "TND", "DZD", "EGP", "LBP", "LYD", "HTG", "CDF", "GNF",
    "BIF", "RWF", "KES", "UGX", "TZS", "ETB", "NGN", "GHS", "ZAR", "MXN", "CLP",
    "ARS", "PEN", "BRL", "VES", "GTQ", "HNL", "INR", "PKR", "BDT", "AFN", "IQD", "SYP",
    "JOD", "YER", "TRY", "UAH", "PHP", "IDR", "THB", "MMK",
)  # fmt: skip

#: Current ISO codes that are also words written in capitals (``ALL``, ``TOP``) or acronyms
#: of the field (``SDG`` goals, ``CRC`` convention, ``COP`` conferences): not read as codes
#: unless listed in CURRENCY_CODES above.
CODES_THAT_ARE_WORDS: frozenset[str] = frozenset(
    {"ALL", "TOP", "CUP", "BOB", "PEN", "MOP", "SOS", "BAM", "GEL", "DOP", "SAR", "NIO", "AMD", "LAK",
     "MKD", "KES", "MUR", "GIP", "SHP", "BND", "LSL", "ANG", "AOA", "ERN", "COP", "CUC",
     "SDG", "CVE", "NPR", "CRC"}
)  # fmt: skip

#: Codes also read in lower case, and followed by ``$`` (``usd 20``, ``cad$ 15``).
LOWERCASE_CODES: tuple[str, ...] = ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY", "MXN")

#: Abbreviations written like codes that are not ISO 4217.
CODE_LIKE: dict[str, str] = {"RMB": "CNY", "rmb": "CNY"}

#: An unqualified currency noun shared by several currencies names the first of these that
#: shares it (``dollars`` is USD, ``pounds`` GBP); the page's country comes next (``francs``
#: in Mali is XOF); else the currency is not told (``XXX``, with a note).
SHARED_NOUN_DEFAULTS: tuple[str, ...] = ("USD", "GBP", "EUR")

#: Currency nouns (CLDR heads) that are also common words, read as money only inside a
#: full name (``livres sterling``, not ``neuf livres``; ``un franc succès``, ``1 million mark``).
COMMON_WORD_HEADS: dict[str, frozenset[str]] = {
    "fr": frozenset({"livre", "livres", "franc", "or", "sol", "sols", "lire", "mark", "marks", "sucre",
                     "sucres", "sum", "sums", "coupon", "coupons", "type", "couronne", "couronnes"}),
    "en": frozenset({"mark", "marks", "real", "won", "gold", "sum", "ley", "sol", "sucre", "cupon", "pound"}),
    "es": frozenset({"real", "corona", "coronas", "marco", "marcos", "oro", "ley", "sol", "soles", "super",
                     "sum", "sums", "bat", "libra", "libras", "bir", "colón"}),
    "pt": frozenset({"real", "coroa", "coroas", "marca", "marco", "marcos", "ouro", "ouros", "lei", "sol", "sóis",
                     "libra", "libras", "lira", "liras", "som", "sons", "cupom", "cupon", "dobra", "dobras",
                     "escudo", "escudos", "colon", "colons", "cruzado", "cruzados", "cruzeiro", "cruzeiros",
                     "pula", "pulas", "tala", "talas"}),
}  # fmt: skip

#: Hundredths of a currency unit, per language (all languages' words are read in every
#: language). After an amount they take its currency (``15 dollars et 15 cents``); alone,
#: the currency given here, or none told (``XXX``) when None.
SUBUNITS: dict[str, str | None] = {
    "cent": None, "cents": None, "centime": None, "centimes": None, "céntimo": None,
    "céntimos": None, "centavo": None, "centavos": None, "penny": "GBP", "pence": "GBP",
}  # fmt: skip

#: Symbols and symbol-like marks written before a number (``$5``, ``US$ 5``, ``€10``).
SYMBOLS_BEFORE: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "CA$": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "R$": "BRL",
    "Mex$": "MXN",
    "C $": "CAD",
    "S/.": "PEN",  # CLDR writes S/; Peru long wrote S/.
    "¥": "JPY",  # CLDR's English symbol of the yen (the yuan's is CN¥)
}

#: Symbols made of letters (CLDR's "Ksh", "Rs", "MTn", "Bs" are shipped in ``currencies.json``) that press
#: texts also write otherwise, to their currencies; read case as written, with or without a closing dot.
LETTER_SYMBOLS: dict[str, tuple[str, ...]] = {
    "KSh": ("KES",),  # CLDR: Ksh
    "Tk": ("BDT",),  # CLDR: ৳; Bangladesh's English press writes Tk
    "Rs": ("INR", "NPR"),  # CLDR gives Rs to PKR, MUR and (Rs.) LKR; India and Nepal write it too
}
#: Symbols of capitals that press texts write and CLDR does not, to their currencies: like CLDR's ("Q", "FG"), read
#: case as written and only on a page of a country using one of them ("2 000 DH" in Morocco, "DH 500" in Dubai).
CAPITAL_SYMBOLS: dict[str, tuple[str, ...]] = {
    "DH": ("MAD", "AED"),  # dirham: Morocco's press, the Emirates' English press
    "DHS": ("MAD", "AED"),
}
#: CLDR letter symbols that are words of the supported languages: never read as symbols.
LETTER_SYMBOLS_THAT_ARE_WORDS: frozenset[str] = frozenset({"Le", "den"})

#: Symbols written after a number (``10 000 €``, ``5 M$``, ``300 $ US``).
SYMBOLS_AFTER: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "$US": "USD",
    "$ US": "USD",
    "$ É.-U.": "USD",
    "$ CA": "CAD",
    "$ CAN": "CAD",
    "£": "GBP",
    "FCFA": "CFA",
    "F CFA": "CFA",
}

#: Currency names per language, written after the number (or after ``de``/``d'``/``of``).
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "dollar": "USD",
        "dollars": "USD",
        "dollar US": "USD",
        "dollars US": "USD",
        "dollar américain": "USD",
        "dollars américains": "USD",
        "dollar des États-Unis": "USD",
        "dollars des États-Unis": "USD",
        "dollars É.-U.": "USD",
        "dollar canadien": "CAD",
        "dollars canadiens": "CAD",
        "dollar australien": "AUD",
        "dollars australiens": "AUD",
        "dollars néo-zélandais": "NZD",
        "dollars de Hong Kong": "HKD",
        "euro": "EUR",
        "euros": "EUR",
        "franc suisse": "CHF",
        "francs suisses": "CHF",
        "franc CFA": "CFA",
        "francs CFA": "CFA",
        "franc congolais": "CDF",
        "francs congolais": "CDF",
        "franc guinéen": "GNF",
        "francs guinéens": "GNF",
        "franc burundais": "BIF",
        "francs burundais": "BIF",
        "franc rwandais": "RWF",
        "francs rwandais": "RWF",
        "livre sterling": "GBP",
        "livres sterling": "GBP",
        "livre britannique": "GBP",
        "livres britanniques": "GBP",
        "livre libanaise": "LBP",
        "livres libanaises": "LBP",
        "livre égyptienne": "EGP",
        "livres égyptiennes": "EGP",
        "livre soudanaise": "SDG",
        "livres soudanaises": "SDG",
        "yen": "JPY",
        "yens": "JPY",
        "yuan": "CNY",
        "yuans": "CNY",
        "couronnes norvégiennes": "NOK",
        "couronnes suédoises": "SEK",
        "couronnes danoises": "DKK",
        "dirham marocain": "MAD",
        "dirhams marocains": "MAD",
        "dinar tunisien": "TND",
        "dinars tunisiens": "TND",
        "dinar libyen": "LYD",
        "dinars libyens": "LYD",
        "gourde": "HTG",
        "gourdes": "HTG",
    },
    "en": {
        "dollar": "USD",
        "dollars": "USD",
        "US dollar": "USD",
        "US dollars": "USD",
        "U.S. dollars": "USD",
        "American dollars": "USD",
        "Canadian dollars": "CAD",
        "Australian dollars": "AUD",
        "New Zealand dollars": "NZD",
        "Hong Kong dollars": "HKD",
        "euro": "EUR",
        "euros": "EUR",
        "Swiss franc": "CHF",
        "Swiss francs": "CHF",
        "CFA franc": "CFA",
        "CFA francs": "CFA",
        "pound sterling": "GBP",
        "pounds sterling": "GBP",
        "British pounds": "GBP",
        "yen": "JPY",
        "yuan": "CNY",
        "Norwegian kroner": "NOK",
        "Swedish kronor": "SEK",
        "Danish kroner": "DKK",
        "Haitian gourdes": "HTG",
    },
    "es": {
        "dólar": "USD",
        "dólares": "USD",
        "dólares estadounidenses": "USD",
        "dólares americanos": "USD",
        "dólares de los Estados Unidos": "USD",
        "dólares EE.UU.": "USD",
        "dólares canadienses": "CAD",
        "dólares australianos": "AUD",
        "euro": "EUR",
        "euros": "EUR",
        "franco suizo": "CHF",
        "francos suizos": "CHF",
        "francos CFA": "CFA",
        "libra esterlina": "GBP",
        "libras esterlinas": "GBP",
        "yenes": "JPY",
        "pesos mexicanos": "MXN",
        "pesos colombianos": "COP",
        "pesos chilenos": "CLP",
        "pesos argentinos": "ARS",
        "soles": "PEN",
        "quetzales": "GTQ",
        "lempiras": "HNL",
        "bolívares": "VES",
        "reales": "BRL",
        "gourdes": "HTG",
    },
    "pt": {
        "dólar": "USD",
        "dólares": "USD",
        "dólares americanos": "USD",
        "dólares norte-americanos": "USD",
        "dólares dos Estados Unidos": "USD",
        "euro": "EUR",
        "euros": "EUR",
        "franco suíço": "CHF",
        "francos suíços": "CHF",
        "francos CFA": "CFA",
        "libra esterlina": "GBP",
        "libras esterlinas": "GBP",
        "reais": "BRL",
        "kwanzas": "AOA",
        "meticais": "MZN",
    },
}

#: Magnitude words, matched in any case: ``23 millions`` → 23 × 10**6.
MAGNITUDE_WORDS: dict[str, dict[str, int]] = {
    "fr": {
        "mille": 10**3,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
        "billion": 10**12,
        "billions": 10**12,
    },
    "en": {
        "thousand": 10**3,
        "million": 10**6,
        "millions": 10**6,
        "billion": 10**9,
        "billions": 10**9,
        "trillion": 10**12,
        "trillions": 10**12,
        "lakh": 10**5,
        "lakhs": 10**5,
        "crore": 10**7,
        "crores": 10**7,
    },
    "es": {
        "mil": 10**3,
        "millón": 10**6,
        "millon": 10**6,
        "millones": 10**6,
        "mil millones": 10**9,
        "billón": 10**12,
        "billones": 10**12,
    },
    "pt": {
        "mil": 10**3,
        "milhão": 10**6,
        "milhões": 10**6,
        "mil milhões": 10**9,
        "bilhão": 10**9,
        "bilhões": 10**9,
        "bilião": 10**12,
        "biliões": 10**12,
        "trilhão": 10**12,  # Brazil's short scale
        "trilhões": 10**12,
    },
}

#: Abbreviated magnitudes, matched in the case given: ``12,5 M€``, ``$5m``, ``$2bn``.
MAGNITUDE_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "fr": {"k": 10**3, "K": 10**3, "M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9,
           "mio": 10**6, "Mio": 10**6},  # Swiss French: "CHF 12 mio", "1,2 mio de francs"
    "en": {"k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9,
           "B": 10**9},
    "es": {"k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**9, "mill.": 10**6},
    "pt": {"k": 10**3, "K": 10**3, "M": 10**6, "mi": 10**6, "bi": 10**9, "tri": 10**12},  # R$ 2 bi, R$ 300 mi
}

#: Words allowed between a magnitude and a currency name: ``millions de dollars``.
#: A form ending in an apostrophe may be followed directly by the next word.
ATTACH_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("de", "d'"),
    "en": ("of",),
    "es": ("de",),
    "pt": ("de",),
}

#: Number words spotted in text and read by text2num (``un million``, ``cinq cents``).
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": (
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
        "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante", "cent", "cents", "mille",
    ),  # septante, huitante, nonante: Belgium and Switzerland
    "en": (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "a", "an",
    ),
    "es": (
        "un", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
        "diez", "once", "doce", "trece", "catorce", "quince", "veinte", "treinta", "cuarenta",
        "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento",
        "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
        "setecientos", "ochocientos", "novecientos", "mil",
    ),
    "pt": (
        "um", "uma", "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
        "onze", "doze", "treze", "catorze", "quatorze", "quinze", "dezasseis", "dezesseis", "dezassete",
        "dezessete", "dezoito", "dezanove", "dezenove", "vinte", "trinta", "quarenta", "cinquenta",
        "sessenta", "setenta", "oitenta", "noventa", "cem", "cento", "duzentos", "duzentas", "trezentos",
        "trezentas", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos", "mil",
    ),
}  # fmt: skip

#: Words joining number words: ``vingt et un``, ``one hundred and fifty``, ``treinta y cinco``.
NUMBER_WORD_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("et",),
    "en": ("and",),
    "es": ("y",),
    "pt": ("e",),
}

#: Number words text2num does not read, given as the words it does read.
NUMBER_WORD_ALIASES: dict[str, dict[str, str]] = {
    "fr": {},
    "en": {"a": "one", "an": "one"},
    "es": {},
    "pt": {},
}

#: Fractions written before a magnitude: ``un demi-million de dollars``.
#: Words between an amount and its hundredths: "15 dollars et 15 cents", "3 dólares con 50 centavos".
SUBUNIT_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("et",),
    "en": ("and",),
    "es": ("y", "con"),
    "pt": ("e", "com"),
}

#: Words after an amount written with its magnitude and no currency that keep it an amount of the currency named
#: before it in the sentence ("… y otros 5 millones en 2025", "and 12 million for 2024"); a noun after it makes it a
#: count ("5 millones de personas").
IMPLIED_AMOUNT_FOLLOWERS: dict[str, tuple[str, ...]] = {
    "fr": ("en", "pour", "cette", "cet", "ce", "l'an", "l'année", "d'ici", "au", "dès"),
    "en": ("in", "for", "this", "last", "next", "by", "from", "over"),
    "es": ("en", "para", "este", "esta", "el año", "a partir de", "hasta"),
    "pt": ("em", "para", "este", "esta", "neste", "nesta", "no", "na", "até"),
}

#: A half written after a number or its magnitude: "two and a half million dollars", "un million et demi
#: d'euros", "un millón y medio de dólares", "um milhão e meio de reais" (the number and a half).
HALVES: dict[str, tuple[str, ...]] = {
    "fr": ("et demi", "et demie"),
    "en": ("and a half", "and one half"),
    "es": ("y medio", "y media"),
    "pt": ("e meio", "e meia"),
}

FRACTIONS: dict[str, dict[str, float]] = {
    "fr": {"un demi": 0.5, "un quart de": 0.25, "trois quarts de": 0.75},
    "en": {"half a": 0.5, "half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "quarter of a": 0.25,
           "three quarters": 0.75, "three quarters of a": 0.75},
    "es": {"medio": 0.5, "un cuarto de": 0.25, "tres cuartos de": 0.75},
    "pt": {"meio": 0.5, "um quarto de": 0.25, "três quartos de": 0.75},
}

#: Words opening a range whose first bound may lack magnitude and currency:
#: ``entre 2 et 3 millions de dollars``, ``between $2 and $3 million``.
RANGE_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": ("entre", "de"),
    "en": ("between", "from"),
    "es": ("entre", "de"),
    "pt": ("entre", "de"),
}

#: Words between the two bounds of a range after an opener.
RANGE_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("et", "à"),
    "en": ("and", "to"),
    "es": ("y", "a"),
    "pt": ("e", "a"),
}

#: Dashes joining two bounds without an opener: ``2-3 millions de dollars``, ``$2–3 million``.
RANGE_DASHES: tuple[str, ...] = ("-", "–", "—")

#: Of the joiners, those that make a range without an opener before its first bound: ``10 to 20 dollars``.
RANGE_TO: dict[str, tuple[str, ...]] = {
    "fr": ("à",),
    "en": ("to",),
    "es": ("a",),
    "pt": ("a",),
}

#: Decimal mark per language: a single other mark followed by three digits groups
#: thousands (``200.000`` in French is two hundred thousand; ``1,500`` in English).
DECIMAL_MARK: dict[str, str] = {"fr": ",", "en": ".", "es": ",", "pt": ","}

#: Place names that tell the franc CFA zone when no country is given (all languages).
#: Names mapped to None are outside the zones and listed so that a longer name
#: (``République démocratique du Congo``, ``Guinée``) is not read as a shorter one.
CFA_PLACES: dict[str, str | None] = {
    "Sénégal": "XOF", "Senegal": "XOF", "Dakar": "XOF",
    "Mali": "XOF", "Bamako": "XOF",
    "Niger": "XOF", "Niamey": "XOF", "Agadez": "XOF",
    "Burkina Faso": "XOF", "Ouagadougou": "XOF",
    "Côte d'Ivoire": "XOF", "Ivory Coast": "XOF", "Costa de Marfil": "XOF", "Abidjan": "XOF",
    "Bénin": "XOF", "Benin": "XOF", "Cotonou": "XOF",
    "Togo": "XOF", "Lomé": "XOF",
    "Guinée-Bissau": "XOF", "Guinea-Bissau": "XOF", "Bissau": "XOF",
    "Cameroun": "XAF", "Cameroon": "XAF", "Camerún": "XAF", "Yaoundé": "XAF", "Douala": "XAF",
    "Tchad": "XAF", "Chad": "XAF", "N'Djamena": "XAF",
    "Centrafrique": "XAF", "République centrafricaine": "XAF",
    "Central African Republic": "XAF", "República Centroafricana": "XAF", "Bangui": "XAF",
    "Congo": "XAF", "Brazzaville": "XAF",
    "Gabon": "XAF", "Gabón": "XAF", "Libreville": "XAF",
    "Guinée équatoriale": "XAF", "Equatorial Guinea": "XAF", "Guinea Ecuatorial": "XAF",
    "Malabo": "XAF",
    "République démocratique du Congo": None, "Democratic Republic of the Congo": None,
    "República Democrática del Congo": None, "RD Congo": None, "RDC": None, "DRC": None,
    "Guinée": None, "Guinea": None, "Nigeria": None, "Nigéria": None,
}  # fmt: skip
