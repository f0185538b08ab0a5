"""Relative expressions: relative words, last/next, ago/in, units of time and counts."""

from __future__ import annotations

from oimx.text import all_languages

# Relative expressions -> stable key.  Keys are documented in oimx.extract.dates.
RELATIVE: dict[str, dict[str, str]] = {
    "fr": {
        "aujourd'hui": "today", "hier": "yesterday", "demain": "tomorrow",
        "avant-hier": "day_before_yesterday", "après-demain": "day_after_tomorrow",
        "ce matin": "this_morning", "cet après-midi": "this_afternoon", "ce soir": "this_evening",
        "cette nuit": "tonight", "hier soir": "last_night", "la nuit dernière": "last_night",
        "hier matin": "yesterday_morning",
        "hier après-midi": "yesterday_afternoon", "demain matin": "tomorrow_morning",
        "cette semaine": "this_week", "la semaine dernière": "last_week",
        "la semaine passée": "last_week", "la semaine précédente": "last_week",
        "la semaine prochaine": "next_week", "début de semaine": "early_this_week",
        "en début de semaine": "early_this_week", "en fin de semaine": "late_this_week",
        "plus tôt cette semaine": "earlier_this_week", "plus tard cette semaine": "later_this_week",
        "ce week-end": "this_weekend", "ce weekend": "this_weekend", "le week-end dernier": "last_weekend",
        "le week-end prochain": "next_weekend", "le week-end": "the_weekend", "le weekend": "the_weekend",
        "ce mois-ci": "this_month", "ce mois": "this_month", "le mois dernier": "last_month",
        "le mois passé": "last_month", "le mois prochain": "next_month",
        "plus tôt ce mois-ci": "earlier_this_month", "plus tard ce mois-ci": "later_this_month",
        "semaine dernière": "last_week", "semaine passée": "last_week", "semaine prochaine": "next_week",
        "mois dernier": "last_month", "mois passé": "last_month", "mois prochain": "next_month",
        "année dernière": "last_year", "année passée": "last_year", "année prochaine": "next_year",
        "an dernier": "last_year", "an passé": "last_year", "an prochain": "next_year",
        "ce trimestre": "this_quarter", "le trimestre dernier": "last_quarter",
        "trimestre précédent": "last_quarter", "le trimestre précédent": "last_quarter",
        "le trimestre prochain": "next_quarter",
        "cette année": "this_year", "cette nouvelle année": "this_year",
        "l'année dernière": "last_year", "l'année passée": "last_year",
        "l'an dernier": "last_year", "l'an passé": "last_year", "l'année prochaine": "next_year",
        "l'an prochain": "next_year", "plus tôt cette année": "earlier_this_year",
        "plus tard cette année": "later_this_year", "cette année-là": "that_year",
        "la même année": "that_year", "le même mois": "that_month", "la même semaine": "that_week",
        "le premier semestre de cette année": "first_half_this_year",
        "le second semestre de cette année": "second_half_this_year",
        "cet été": "this_summer", "l'été dernier": "last_summer", "l'été prochain": "next_summer",
        "cet hiver": "this_winter", "l'hiver dernier": "last_winter", "l'hiver prochain": "next_winter",
        "cet automne": "this_autumn", "l'automne dernier": "last_autumn",
        "l'automne prochain": "next_autumn", "ce printemps": "this_spring",
        "le printemps dernier": "last_spring", "le printemps prochain": "next_spring",
        "été prochain": "next_summer", "été dernier": "last_summer", "hiver prochain": "next_winter",
        "hiver dernier": "last_winter", "automne prochain": "next_autumn", "automne dernier": "last_autumn",
        "printemps prochain": "next_spring", "printemps dernier": "last_spring",
        "la prochaine semaine": "next_week", "la semaine à venir": "next_week", "la semaine en cours": "this_week",
        "le mois à venir": "next_month", "le mois en cours": "this_month", "l'année à venir": "next_year",
        "l'année en cours": "this_year", "plus tôt dans la semaine": "earlier_this_week",
        "plus tard dans la semaine": "later_this_week", "plus tôt dans l'année": "earlier_this_year",
        "plus tard dans l'année": "later_this_year", "plus tard dans le mois": "later_this_month",
        "en fin de mois": "late_this_month", "à la fin du mois": "late_this_month",
        "en début de mois": "early_this_month", "au début du mois": "early_this_month",
        "en fin d'année": "late_this_year", "en début d'année": "early_this_year",
        "au début de la semaine": "early_this_week", "à la fin de la semaine": "late_this_week",
        "cette décennie": "this_decade", "la prochaine décennie": "next_decade",
        "la décennie prochaine": "next_decade", "la dernière décennie": "last_decade",
        "ces derniers jours": "recent_days", "ces dernières semaines": "recent_weeks",
        "ces derniers mois": "recent_months", "ces dernières années": "recent_years",
        "avant hier": "day_before_yesterday", "après demain": "day_after_tomorrow",
        "apres-demain": "day_after_tomorrow", "le lendemain": "next_day", "lendemain": "next_day",
        "la veille": "previous_day", "le jour suivant": "next_day", "jour suivant": "next_day",
        "le jour précédent": "previous_day", "la semaine suivante": "next_week", "la semaine qui suit": "next_week",
        "le mois suivant": "next_month", "l'année suivante": "next_year", "le jour d'après": "next_day",
        "le jour d'avant": "previous_day", "la semaine d'après": "next_week", "le mois d'après": "next_month",
        "la décennie suivante": "next_decade", "dans la semaine": "this_week",
        "en milieu de semaine": "mid_this_week", "au milieu de la semaine": "mid_this_week",
        "début de l'année": "early_this_year", "au début de l'année": "early_this_year",
        "fin de l'année": "late_this_year", "à la fin de l'année": "late_this_year",
        "fin de l'année dernière": "late_last_year", "début de l'année dernière": "early_last_year",
        "fin de l'année prochaine": "late_next_year", "début de l'année prochaine": "early_next_year",
        "en début d'année prochaine": "early_next_year", "en fin d'année prochaine": "late_next_year",
        "fin du mois dernier": "late_last_month", "début du mois dernier": "early_last_month",
        "fin du mois prochain": "late_next_month", "début du mois prochain": "early_next_month",
        "reste de la semaine": "later_this_week", "reste de semaine": "later_this_week",
        "reste du mois": "later_this_month", "reste de l'année": "later_this_year",
        "reste de ma semaine": "later_this_week", "reste de cette semaine": "later_this_week",
        "reste de ce mois": "later_this_month", "reste de cette année": "later_this_year",
        "du mois à venir": "next_month", "de l'année à venir": "next_year", "de la semaine à venir": "next_week",
        "le prochain printemps": "next_spring", "le prochain été": "next_summer", "le prochain hiver": "next_winter",
        "le prochain automne": "next_autumn", "prochain printemps": "next_spring", "prochain été": "next_summer",
        "prochain hiver": "next_winter", "prochain automne": "next_autumn",
        "le prochain mois": "next_month", "prochain mois": "next_month", "la prochaine année": "next_year",
        "prochaine année": "next_year", "prochaine semaine": "next_week", "le prochain trimestre": "next_quarter",
        "l'année écoulée": "last_year", "la semaine écoulée": "last_week", "le mois écoulé": "last_month",
        "dans le courant de l'année": "this_year", "dans le courant du mois": "this_month",
        "dans le courant de la semaine": "this_week", "ce jour": "today", "ce mois-là": "that_month",
        "cette semaine-là": "that_week", "l'année précédente": "last_year", "le mois précédent": "last_month",
        "l'année d'avant": "last_year", "le mois d'avant": "last_month", "la semaine d'avant": "last_week",
    },
    "en": {
        "today": "today", "yesterday": "yesterday", "tomorrow": "tomorrow",
        "this morning": "this_morning", "this afternoon": "this_afternoon",
        "this evening": "this_evening", "tonight": "tonight", "last night": "last_night",
        "yesterday morning": "yesterday_morning", "yesterday afternoon": "yesterday_afternoon",
        "this week": "this_week", "last week": "last_week", "next week": "next_week",
        "earlier this week": "earlier_this_week", "later this week": "later_this_week",
        "this weekend": "this_weekend", "last weekend": "last_weekend", "next weekend": "next_weekend",
        "the weekend": "the_weekend",
        "this month": "this_month", "last month": "last_month", "next month": "next_month",
        "earlier this month": "earlier_this_month", "later this month": "later_this_month",
        "this quarter": "this_quarter", "last quarter": "last_quarter", "next quarter": "next_quarter",
        "this year": "this_year", "this new year": "this_year", "last year": "last_year", "next year": "next_year",
        "the same year": "that_year", "the same month": "that_month", "the same week": "that_week",
        "earlier this year": "earlier_this_year", "later this year": "later_this_year",
        "the first half of this year": "first_half_this_year",
        "the second half of this year": "second_half_this_year",
        "the first half of the year": "first_half_this_year",
        "the second half of the year": "second_half_this_year",
        "the first half of last year": "first_half_last_year",
        "this summer": "this_summer", "last summer": "last_summer", "next summer": "next_summer",
        "this winter": "this_winter", "last winter": "last_winter", "next winter": "next_winter",
        "this spring": "this_spring", "last spring": "last_spring", "next spring": "next_spring",
        "this autumn": "this_autumn", "last autumn": "last_autumn", "next autumn": "next_autumn",
        "the coming week": "next_week", "the coming month": "next_month", "the coming year": "next_year",
        "the end of the month": "late_this_month", "the end of the year": "late_this_year",
        "the beginning of the year": "early_this_year", "the start of the year": "early_this_year",
        "early this year": "early_this_year", "late this year": "late_this_year",
        "late last year": "late_last_year", "early last year": "early_last_year",
        "early next year": "early_next_year", "late next year": "late_next_year",
        "the end of last year": "late_last_year", "the beginning of last year": "early_last_year",
        "the end of next year": "late_next_year", "the beginning of next year": "early_next_year",
        "the start of next year": "early_next_year", "late last month": "late_last_month",
        "early next month": "early_next_month", "the end of last month": "late_last_month",
        "the end of next month": "late_next_month", "the beginning of next month": "early_next_month",
        "this decade": "this_decade", "the next decade": "next_decade", "the last decade": "last_decade",
        "the past decade": "last_decade", "recent days": "recent_days", "recent weeks": "recent_weeks",
        "the past week": "last_week", "this past week": "last_week", "the past month": "last_month",
        "this past month": "last_month", "the past year": "last_year", "this past year": "last_year",
        "the past weekend": "last_weekend", "this past weekend": "last_weekend",
        "recent months": "recent_months", "recent years": "recent_years",
        "the past few days": "recent_days", "the past few weeks": "recent_weeks",
        "the past few months": "recent_months", "the past few years": "recent_years",
        "the last few days": "recent_days", "the last few weeks": "recent_weeks",
        "the last few months": "recent_months", "the last few years": "recent_years",
        "the day after tomorrow": "day_after_tomorrow", "the day before yesterday": "day_before_yesterday",
        "tomorrow morning": "tomorrow_morning", "the next day": "next_day", "the following day": "next_day",
        "the previous day": "previous_day", "the following week": "next_week", "the previous week": "last_week",
        "the following month": "next_month", "the previous month": "last_month", "the following year": "next_year",
        "the previous year": "last_year", "the week after next": "week_after_next",
        "the week before last": "week_before_last", "the year after next": "year_after_next",
        "the year before last": "year_before_last",
        "the rest of the year": "later_this_year", "the rest of the month": "later_this_month",
        "the rest of the week": "later_this_week", "the end of the week": "late_this_week",
        "end of the week": "late_this_week", "end of the month": "late_this_month", "end of the year": "late_this_year",
        # "fall" alone stays out ("since the fall of Kabul"); with its side word it is the season
        "last fall": "last_autumn", "this fall": "this_autumn", "next fall": "next_autumn",
    },
    "es": {
        "hoy": "today", "ayer": "yesterday", "anteayer": "day_before_yesterday",
        "pasado mañana": "day_after_tomorrow", "esta mañana": "this_morning",
        "esta tarde": "this_afternoon", "esta noche": "tonight", "anoche": "last_night",
        "esta semana": "this_week", "la semana pasada": "last_week", "la semana próxima": "next_week",
        "la próxima semana": "next_week", "la semana que viene": "next_week",
        "el fin de semana": "the_weekend", "este fin de semana": "this_weekend",
        "el fin de semana pasado": "last_weekend", "el pasado fin de semana": "last_weekend",
        "el próximo fin de semana": "next_weekend", "el fin de semana próximo": "next_weekend",
        "este mes": "this_month", "el mes pasado": "last_month", "el próximo mes": "next_month",
        "el mes próximo": "next_month", "el mes que viene": "next_month",
        "este año": "this_year", "este nuevo año": "this_year",
        "el año pasado": "last_year", "el próximo año": "next_year", "el pasado año": "last_year",
        "el año antepasado": "year_before_last", "la semana antepasada": "week_before_last",
        "el mismo año": "that_year", "el mismo mes": "that_month", "la misma semana": "that_week",
        "el año próximo": "next_year", "el año que viene": "next_year",
        "este verano": "this_summer", "el verano pasado": "last_summer", "el próximo verano": "next_summer",
        "este invierno": "this_winter", "el invierno pasado": "last_winter", "el próximo invierno": "next_winter",
        "esta década": "this_decade", "la próxima década": "next_decade", "la última década": "last_decade",
        "los últimos días": "recent_days", "las últimas semanas": "recent_weeks",
        "los últimos meses": "recent_months", "los últimos años": "recent_years",
        "a fin de mes": "late_this_month", "a finales de mes": "late_this_month",
        "a fin de año": "late_this_year", "a finales de año": "late_this_year",
        "mañana": "tomorrow", "mañana por la mañana": "tomorrow_morning", "ayer por la mañana": "yesterday_morning",
        "ayer por la tarde": "yesterday_afternoon", "el día siguiente": "next_day", "el día anterior": "previous_day",
        "la semana siguiente": "next_week", "la semana anterior": "last_week", "el mes siguiente": "next_month",
        "el mes anterior": "last_month", "el año siguiente": "next_year", "el año anterior": "last_year",
        "antier": "day_before_yesterday", "antes de ayer": "day_before_yesterday",
        "la semana entrante": "next_week", "el mes entrante": "next_month", "el año entrante": "next_year",
        "este trimestre": "this_quarter", "el trimestre pasado": "last_quarter",
        "el trimestre anterior": "last_quarter", "el próximo trimestre": "next_quarter",
        "el trimestre próximo": "next_quarter", "el trimestre que viene": "next_quarter",
        "esta primavera": "this_spring", "la primavera pasada": "last_spring", "la próxima primavera": "next_spring",
        "este otoño": "this_autumn", "el otoño pasado": "last_autumn", "el próximo otoño": "next_autumn",
        "a finales del mes": "late_this_month", "a fines de mes": "late_this_month",
        "a fines del mes": "late_this_month", "al final del mes": "late_this_month",
        "a finales del año": "late_this_year", "a fines de año": "late_this_year",
        "a fines del año": "late_this_year", "al final del año": "late_this_year",
        "a principios de mes": "early_this_month", "a principios del mes": "early_this_month",
        "a principios de año": "early_this_year", "a principios del año": "early_this_year",
        "a comienzos de año": "early_this_year", "a comienzos del año": "early_this_year",
        "en lo que va de año": "this_year", "en lo que va del año": "this_year",
        "a finales del año pasado": "late_last_year", "a fines del año pasado": "late_last_year",
        "a principios del año pasado": "early_last_year", "a principios del próximo año": "early_next_year",
        "a principios del año próximo": "early_next_year", "a comienzos del próximo año": "early_next_year",
        "a finales del próximo año": "late_next_year", "a finales del mes pasado": "late_last_month",
        "a principios del próximo mes": "early_next_month", "a principios del mes próximo": "early_next_month",
        "el primer semestre del año": "first_half_this_year", "el segundo semestre del año": "second_half_this_year",
        "la primera mitad del año": "first_half_this_year", "la segunda mitad del año": "second_half_this_year",
        "el resto del año": "later_this_year", "el resto del mes": "later_this_month",
        "a final de año": "late_this_year", "a final del año": "late_this_year", "a final de mes": "late_this_month",
        "a final del mes": "late_this_month", "al principio del año": "early_this_year",
        "al principio de año": "early_this_year", "al comienzo del año": "early_this_year",
        "al principio del mes": "early_this_month", "fin de año": "late_this_year",
    },
    "pt": {
        "hoje": "today", "ontem": "yesterday", "amanhã": "tomorrow", "anteontem": "day_before_yesterday",
        "antes de ontem": "day_before_yesterday", "o ano retrasado": "year_before_last",
        "depois de amanhã": "day_after_tomorrow", "esta manhã": "this_morning", "esta tarde": "this_afternoon",
        "esta noite": "tonight", "ontem à noite": "last_night", "esta semana": "this_week",
        "a semana passada": "last_week", "na semana passada": "last_week", "semana passada": "last_week",
        "a próxima semana": "next_week", "na próxima semana": "next_week", "próxima semana": "next_week",
        "este fim de semana": "this_weekend", "neste fim de semana": "this_weekend",
        "o fim de semana passado": "last_weekend", "no fim de semana passado": "last_weekend",
        "este mês": "this_month", "neste mês": "this_month", "o mês passado": "last_month",
        "no mês passado": "last_month", "mês passado": "last_month", "o próximo mês": "next_month",
        "no próximo mês": "next_month", "próximo mês": "next_month", "este ano": "this_year",
        "este novo ano": "this_year", "neste novo ano": "this_year",
        "o mesmo ano": "that_year", "o mesmo mês": "that_month", "a mesma semana": "that_week",
        "neste ano": "this_year", "o ano passado": "last_year", "no ano passado": "last_year",
        "ano passado": "last_year", "o próximo ano": "next_year", "no próximo ano": "next_year",
        "próximo ano": "next_year", "este verão": "this_summer", "o verão passado": "last_summer",
        "este inverno": "this_winter", "o inverno passado": "last_winter",
        "esta década": "this_decade", "a próxima década": "next_decade", "a última década": "last_decade",
        "os últimos dias": "recent_days", "as últimas semanas": "recent_weeks",
        "os últimos meses": "recent_months", "os últimos anos": "recent_years",
        "no final do mês": "late_this_month", "no final do ano": "late_this_year",
        "no final do ano passado": "late_last_year", "no início do ano passado": "early_last_year",
        "no início do próximo ano": "early_next_year", "no final do próximo ano": "late_next_year",
        "nos últimos dias": "recent_days", "nas últimas semanas": "recent_weeks",
        "nos últimos meses": "recent_months", "nos últimos anos": "recent_years",
        "dos últimos dias": "recent_days", "das últimas semanas": "recent_weeks",
        "dos últimos meses": "recent_months", "dos últimos anos": "recent_years",
        "a semana que vem": "next_week", "o mês que vem": "next_month", "o ano que vem": "next_year",
        "o fim de semana": "the_weekend", "o início do ano": "early_this_year", "o início do mês": "early_this_month",
        "o resto do ano": "later_this_year", "o final do ano": "late_this_year", "o final do mês": "late_this_month",
        "o fim do ano": "late_this_year", "o fim do mês": "late_this_month", "o começo do ano": "early_this_year",
        "o começo do mês": "early_this_month", "semana que vem": "next_week", "o fim do ano passado": "late_last_year",
        "mês que vem": "next_month", "ano que vem": "next_year",  # Brazil writes them without article too
        "o fim do mês passado": "late_last_month",
    },
}

# A part of a period written before it: "(au) début du mois", "(depuis la) fin de l'année dernière", "the end of
# last month", "(a) finales del año pasado", "(n)o início do mês que vem". A part word (PERIOD_PARTS), the link that
# joins it to the period and the period make a phrase keyed <part>_<period key>: early_this_month, late_last_year,
# mid_next_week. The periods are the table's own phrases of this, last or next week, month or year that open with an
# article or demonstrative, the link joined to it (PART_LINKS: "de" + "le mois dernier" = "du mois dernier"), and
# the periods named with their link alone (PART_PERIOD_NOUNS: "du mois", "d'année", "de mes"), which are this one. A
# phrase the table writes itself keeps its key.
PERIOD_PARTS: dict[str, dict[str, str]] = {
    "fr": {"début": "early", "fin": "late", "milieu": "mid"},
    "en": {"the start": "early", "the beginning": "early", "the end": "late", "the middle": "mid"},
    "es": {"principios": "early", "comienzos": "early", "inicios": "early", "finales": "late", "fines": "late",
           "mediados": "mid"},
    "pt": {"o início": "early", "o começo": "early", "o fim": "late", "o final": "late", "meados": "mid"},
}
PART_LINKS: dict[str, dict[str, str]] = {  # the link joined to the article opening a period: "de" + "le" = "du"
    "fr": {"le": "du", "la": "de la", "l'": "de l'", "ce": "de ce", "cet": "de cet", "cette": "de cette"},
    "en": {"the": "of the", "this": "of this", "last": "of last", "next": "of next"},
    "es": {"el": "del", "la": "de la", "este": "de este", "esta": "de esta"},
    "pt": {"o": "do", "a": "da", "este": "deste", "esta": "desta"},
}
PART_PERIOD_NOUNS: dict[str, dict[str, str]] = {  # with their link; not es/pt "de semana": "fin de semana" is a weekend
    "fr": {"du mois": "this_month", "de l'année": "this_year", "de la semaine": "this_week", "de mois": "this_month",
           "d'année": "this_year", "de semaine": "this_week"},
    "en": {"of the month": "this_month", "of the year": "this_year", "of the week": "this_week"},
    "es": {"del mes": "this_month", "del año": "this_year", "de la semana": "this_week", "de mes": "this_month",
           "de año": "this_year"},
    "pt": {"do mês": "this_month", "do ano": "this_year", "da semana": "this_week", "de mês": "this_month",
           "de ano": "this_year"},
}
_PART_PERIODS = frozenset(f"{side}_{unit}" for side in ("this", "last", "next") for unit in ("week", "month", "year"))


def _part_phrases(lang: str) -> dict[str, str]:
    """The phrases of a part of a period in ``lang`` (see PERIOD_PARTS), keyed <part>_<period key>."""
    joins = PART_LINKS[lang]
    periods = dict(PART_PERIOD_NOUNS[lang])
    for phrase, key in RELATIVE[lang].items():
        head = phrase[:2] if phrase.startswith("l'") else phrase.split(" ", 1)[0]
        if key in _PART_PERIODS and head in joins:
            periods[joins[head] + phrase[len(head):]] = key
    return {f"{part} {period}": f"{side}_{key}" for period, key in periods.items()
            for part, side in PERIOD_PARTS[lang].items()}


for _lang in RELATIVE:
    RELATIVE[_lang] = _part_phrases(_lang) | RELATIVE[_lang]

# French demonstratives are often written one for another ("cette mois", "cette week-end", "cet
# semaine"): each phrase that opens with one is also read with the others, to the same key.
FR_DEMONSTRATIVES = ("ce", "cet", "cette")
RELATIVE["fr"].update({
    f"{other} {rest}": key
    for phrase, key in list(RELATIVE["fr"].items()) for first, _, rest in [phrase.partition(" ")]
    if first in FR_DEMONSTRATIVES for other in FR_DEMONSTRATIVES if f"{other} {rest}" not in RELATIVE["fr"]
})

# An article or demonstrative opening a phrase and the forms it takes joined to a preposition: Spanish "el" with
# "de" and "a" ("las cifras del año pasado", "al día siguiente"), Portuguese "o", "a", "este", "esta" with "em"
# and "de" ("no ano passado", "desta semana"). Each phrase that opens with one form is also read opening with the
# others, to the same key.
ARTICLE_CONTRACTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (),
    "en": (),
    "es": (("el", "del", "al"),),
    "pt": (("o", "no", "do", "ao"), ("a", "na", "da"), ("os", "nos", "dos", "aos"), ("as", "nas", "das"),
           ("este", "neste", "deste"), ("esta", "nesta", "desta")),
}
for _lang, _groups in ARTICLE_CONTRACTIONS.items():
    for _forms in _groups:
        RELATIVE[_lang].update({
            f"{other} {rest}": key
            for phrase, key in list(RELATIVE[_lang].items()) for first, _, rest in [phrase.partition(" ")]
            if first in _forms for other in _forms if f"{other} {rest}" not in RELATIVE[_lang]
        })

# Words between a relative month and the month it names: "el próximo mes de julio", "(fin du) mois d'avril", "(the
# end of the) month of March": one mention, that month.
PERIOD_MONTH_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de", "d'"), "en": ("of",), "es": ("de",), "pt": ("de",)}

# Relative words that do not count when followed by these words ("hoy en día" = nowadays).
RELATIVE_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": (),
    "en": (),
    "es": ("en día",),
    "pt": ("em dia",),
}

# Relative words that do not count right after these words: "mañana" is tomorrow, but "por la
# mañana", "cada mañana" are a morning.
RELATIVE_NOT_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"ce jour": ("à", "a", "jusqu'à", "jusqu'a", "depuis")},  # "à ce jour": to date
    "en": {},
    "es": {"mañana": ("la", "esta", "esa", "cada", "de", "una", "toda", "misma", "aquella", "media", "las")},
    "pt": {},
}

# Words after a relative day that make it the day of another event ("au lendemain du typhon",
# "à la veille du Sommet"): the keys below are then not read.
EVENT_DAY_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de", "du", "des", "d'"), "en": ("of",), "es": ("de", "del"),
                                               "pt": ("de", "do", "da", "dos", "das")}
EVENT_DAY_KEYS = frozenset({"next_day", "previous_day"})

# Words set after a weekday: part of the day or last/next ("vendredi matin", "jeudi dernier").
WEEKDAY_PARTS: dict[str, dict[str, str]] = {
    "fr": {"matin": "", "après-midi": "", "soir": "", "soir-là": "", "dernier": "last",
           "passé": "last", "prochain": "next", "suivant": "next", "d'après": "next",
           "en huit": "+1", "en 8": "+1", "en quinze": "+2", "en 15": "+2"},  # lundi en huit: a week later
    "en": {"morning": "", "afternoon": "", "evening": "", "night": ""},
    "es": {"por la mañana": "", "por la tarde": "", "por la noche": "", "pasado": "last",
           "próximo": "next", "que viene": "next"},  # el lunes que viene
    "pt": {"de manhã": "", "à tarde": "", "à noite": "", "passada": "last", "passado": "last",
           "próxima": "next", "próximo": "next", "que vem": "next"},  # segunda-feira que vem
}

# Words between a weekday and the week it falls in ("lundi de la semaine prochaine", "el lunes de
# la próxima semana"); the week is one of the RELATIVE phrases for this, last or next week.
WEEKDAY_WEEK_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("de",),
    "en": ("of",),
    "es": ("de", "del"),
    "pt": ("da",),
}
WEEKDAY_WEEK_LINKS = tuple(dict.fromkeys(all_languages(WEEKDAY_WEEK_LINKS_BY_LANGUAGE)))

# Words set before a weekday or a month: last/next ("last Friday", "next September", "el pasado lunes").
BEFORE_LAST_NEXT: dict[str, dict[str, str]] = {
    "fr": {"ce": "this"},
    "en": {"last": "last", "next": "next", "this": "this", "this past": "last", "this coming": "next"},
    "es": {"el pasado": "last", "el próximo": "next", "este": "this"},
    "pt": {"na próxima": "next", "no próximo": "next", "na passada": "last", "no passado": "last", "nesta": "this",
           "neste": "this"},
}

# Words set after a month: "septembre prochain", "octobre dernier", "julio pasado".
MONTH_LAST_NEXT: dict[str, dict[str, str]] = {
    "fr": {"prochain": "next", "dernier": "last", "passé": "last"},
    "en": {},
    "es": {"próximo": "next", "pasado": "last"},
    "pt": {"próximo": "next", "passado": "last"},
}

# Words set after a period noun, that put a part of "this" period on its side: "à la fin de l'année dernière",
# "al final del año pasado", "no início do mês que vem" (English sets its side words before: "late last year").
PERIOD_LAST_NEXT: dict[str, dict[str, str]] = {
    "fr": {"dernière": "last", "dernier": "last", "passée": "last", "passé": "last", "prochaine": "next",
           "prochain": "next"},
    "en": {},
    "es": {"pasado": "last", "pasada": "last", "próximo": "next", "próxima": "next", "que viene": "next"},
    "pt": {"passado": "last", "passada": "last", "próximo": "next", "próxima": "next", "que vem": "next"},
}

# Words between a month (or day) and the relative year it is in: "March of last year", "mars de l'année
# dernière", "junio de este año" (a space alone too: "March last year", "junio del año pasado", "março do ano
# passado": the preposition is part of the relative phrase, see ARTICLE_CONTRACTIONS).
RELATIVE_YEAR_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de",), "en": ("of",), "es": ("de",), "pt": ("de",)}

# "il y a deux ans", "two years ago", "hace 4 años".
AGO_BEFORE: dict[str, tuple[str, ...]] = {"fr": ("il y a",), "en": (), "es": ("hace",), "pt": ("há", "faz")}
AGO_AFTER: dict[str, tuple[str, ...]] = {"fr": ("auparavant", "plus tôt"), "en": ("ago", "earlier"), "es": (),
                                         "pt": ("atrás",)}
# A count of units after the reference, written after the unit: "deux semaines plus tard", "two
# days later", "tres días más tarde".
IN_AFTER: dict[str, tuple[str, ...]] = {"fr": ("plus tard", "dans le futur"), "en": ("later", "from now"),
                                        "es": ("más tarde",), "pt": ("mais tarde",)}
# The same with "avant" / "après", read only when they end the clause ("deux jours après.", not
# "deux jours après l'attaque", which counts from the attack).
AGO_AFTER_AT_CLAUSE_END: dict[str, tuple[str, ...]] = {"fr": ("avant",), "en": ("before",), "es": ("antes",),
                                                       "pt": ("antes",)}
IN_AFTER_AT_CLAUSE_END: dict[str, tuple[str, ...]] = {"fr": ("après",), "en": ("after",), "es": ("después",),
                                                      "pt": ("depois",)}
AGO_QUANTIFIERS: dict[str, tuple[str, ...]] = {
    "fr": ("plus de", "près de", "environ", "moins de", "presque", "plus d'", "près d'", "moins d'", "une"),
    "en": ("more than", "over", "about", "nearly", "almost", "some", "less than", "a"),
    "es": ("más de", "casi", "unos", "unas", "cerca de", "menos de", "una", "un", "apenas", "solo", "sólo"),
    "pt": ("mais de", "cerca de", "quase", "menos de", "uns", "umas", "uma", "um", "apenas", "só"),
}
# Words between a count noun and its unit: "une vingtaine d'années", "una decena de días".
COUNT_UNIT_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de", "d'"), "en": ("of",), "es": ("de",), "pt": ("de",)}
TIME_UNITS: dict[str, dict[str, str]] = {
    "fr": {"jour": "day", "jours": "day", "journée": "day", "journées": "day", "semaine": "week",
           "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year",
           "décennie": "decade", "décennies": "decade", "heures": "hour"},
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
           "hours": "hour"},
    "es": {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
           "meses": "month", "año": "year", "años": "year", "década": "decade", "décadas": "decade", "horas": "hour"},
    "pt": {"dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mês": "month",
           "meses": "month", "ano": "year", "anos": "year", "década": "decade", "décadas": "decade", "horas": "hour"},
}
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quelques": 0,
           "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "centaine": 100},  # counts in words, and count nouns ("une vingtaine d'années")
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "a few": 0, "dozen": 12, "couple": 2},  # count nouns too: "a couple of days", "un par de días"
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
           "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "unos": 0,
           "unas": 0, "decena": 10, "docena": 12, "veintena": 20, "par": 2},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
           "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "cem": 100,
           "alguns": 0, "algumas": 0, "dezena": 10, "dúzia": 12, "par": 2},
}
