"""Dates written in the forms other projects' suites use (Recognizers-Text, Duckling): tables of
positive, negative and strict-xfail cases per family, as in tests/test_dates_families.py."""

from __future__ import annotations

import pytest

from oimx.extract.dates import find
from tests.dates_tables import summary, tables

MONTH_FIRST_DAYS = tables(positive=[
    pytest.param("Je reviendrai Oct-2", "fr", [("Oct-2", "date", "XXXX-10-02")], id="fr-abbr-dash"),
    pytest.param("Je reviendrai Jan/1", "fr", [("Jan/1", "date", "XXXX-01-01")], id="fr-abbr-slash"),
    pytest.param("Je reviendrai Octobre. 2", "fr", [("Octobre. 2", "date", "XXXX-10-02")], id="fr-name-dot"),
    pytest.param("Le mois de septembre.16", "fr", [("septembre.16", "date", "XXXX-09-16")], id="fr-glued"),
    pytest.param("Je serai sorti Novembre 19 au 20", "fr",
                 [("Novembre 19 au 20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-range-au"),
    pytest.param("Je serai dehors Novembre 19-20", "fr",
                 [("Novembre 19-20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-range-dash"),
    pytest.param("La reunión será el 14 y 15 de noviembre, y el 2 y el 3 de mayo.", "es",
                 [("14 y 15 de noviembre", "range", "XXXX-11-14", "XXXX-11-15"),
                  ("2 y el 3 de mayo", "range", "XXXX-05-02", "XXXX-05-03")],
                 id="es-a-pair-of-days-after-a-singular-article"),
    pytest.param("Le forum aura lieu le 7 et le 9 mai, on the 1st and 2nd of July.", "fr",
                 [("7", "date", "XXXX-05-07"), ("9 mai", "date", "XXXX-05-09"),
                  ("1st and 2nd of July", "range", "XXXX-07-01", "XXXX-07-02")],
                 id="fr-en-two-days-after-singular-articles"),
    pytest.param("The talks on June 12-14 in Geneva and Feb. 6 to 7 across the region.", "en",
                 [("June 12-14", "range", "XXXX-06-12", "XXXX-06-14"), ("Feb. 6 to 7", "range", "XXXX-02-06",
                                                                         "XXXX-02-07")],
                 id="en-range-of-days-then-a-word"),
    pytest.param("On June 12-4 died, on June 12 to 14 people died.", "en",
                 [("June 12", "date", "XXXX-06-12"), ("June 12", "date", "XXXX-06-12")],
                 id="en-a-number-after-a-day-that-is-no-later-day"),
    pytest.param("Je serai dehors Oct. 2 a Octobre 22", "fr",
                 [("Oct. 2 a Octobre 22", "range", "XXXX-10-02", "XXXX-10-22")], id="fr-range-two-months"),
    pytest.param("Absent 3 jusqu'a 12 de Sept.", "fr",
                 [("3 jusqu'a 12 de Sept.", "range", "XXXX-09-03", "XXXX-09-12")], id="fr-jusqu-a-unaccented"),
    pytest.param("Du 3 mai au 20, rien.", "fr", [("Du 3 mai au 20", "range", "XXXX-05-03", "XXXX-05-20")],
                 id="fr-last-day-takes-month"),
    pytest.param("Llegará el Marzo 5.", "es", [("Marzo 5", "date", "XXXX-03-05")], id="es-clause-end"),
    pytest.param("le dimanche janvier 21 2018", "fr", [("dimanche janvier 21 2018", "date", "2018-01-21")],
                 id="fr-weekday-month-day-year"),
    pytest.param("Back on October 26, 2016.", "en", [("October 26, 2016", "date", "2016-10-26")], id="en-mdy"),
    pytest.param("The night of August 4, 1789, privileges were abolished.", "en",
                 [("August 4, 1789", "date", "1789-08-04")], id="en-mdy-an-earlier-century"),
    pytest.param("On August 4, 1500 people marched.", "en", [("August 4", "date", "XXXX-08-04")],
                 id="en-mdy-a-count-after-the-comma-is-no-year"),
    pytest.param("The museum is closed Monday, Oct. 24 through Thursday, Oct. 27.", "en",
                 [("Monday, Oct. 24 through Thursday, Oct. 27", "range", "XXXX-10-24", "XXXX-10-27")],
                 id="en-mdy-range-opening-on-a-weekday"),
    pytest.param("The forum, held March 3-5, 2024, drew 900 delegates.", "en",
                 [("March 3-5, 2024", "range", "2024-03-03", "2024-03-05")], id="en-range-dash-year-after-comma"),
    pytest.param("The talks ran from March 3 to 5, 2024 in Geneva.", "en",
                 [("from March 3 to 5, 2024", "range", "2024-03-03", "2024-03-05")], id="en-from-to-year-after-comma"),
    pytest.param("Le forum aura lieu du 3 au 5, 2024 sera l'année du vote.", "fr",
                 [("du 3 au 5", "range", "XXXX-XX-03", "XXXX-XX-05"), ("2024", "date", "2024")],
                 id="fr-days-without-month-take-no-year-after-comma"),
    pytest.param("En novembre 19 personnes sont mortes.", "fr", [("novembre", "date", "XXXX-11")],
                 id="fr-count-after-month"),
    pytest.param("En novembre 19 000 personnes sont arrivées.", "fr", [("novembre", "date", "XXXX-11")],
                 id="fr-thousands-after-month"),
    pytest.param("Je reviendrai Mai vingt et un", "fr", [("Mai vingt et un", "date", "XXXX-05-21")],
                 id="fr-spelled-day-after-month"),
    pytest.param("Je reviendrai aout deuxieme", "fr", [("aout deuxieme", "date", "XXXX-08-02")],
                 id="fr-ordinal-day-after-month"),
    pytest.param("Je reviendrai seconde de Aout", "fr", [("seconde de Aout", "date", "XXXX-08-02")],
                 id="fr-ordinal-day-de-month"),
    pytest.param("Back on the third of May, then home.", "en", [("third of May", "date", "XXXX-05-03")],
                 id="en-ordinal-of-month"),
    pytest.param("Back on August twenty-first.", "en", [("August twenty-first", "date", "XXXX-08-21")],
                 id="en-month-compound-ordinal"),
    pytest.param("Le premier sept.", "fr", [("premier sept.", "date", "XXXX-09-01")], id="fr-premier-abbreviation"),
    pytest.param("En mars deux équipes sont parties.", "fr", [("mars", "date", "XXXX-03")],
                 id="fr-count-word-after-month"),
], negative=[
    pytest.param("Les sept 2 premiers rangs.", "fr", id="fr-number-word-then-count"),
    pytest.param("Il est arrivé le deuxième.", "fr", id="fr-ordinal-alone-a-rank"),
    pytest.param("Le deuxième de la liste.", "fr", id="fr-ordinal-de-not-month"),
], xfail=[
    pytest.param("Je serai sorti Novembre entre 19 et 20", "fr",
                 [("Novembre entre 19 et 20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-month-then-between"),
])

ABBREVIATIONS_ALONE = tables(positive=[
    pytest.param("Je serai dans Jan", "fr", [("Jan", "date", "XXXX-01")], id="fr-dans-clause-end"),
    pytest.param("Je ne serai pas ici le mois de sept.", "fr", [("sept.", "date", "XXXX-09")], id="fr-sept-dot"),
    pytest.param("Je serai dans déc.", "fr", [("déc.", "date", "XXXX-12")], id="fr-dans-dot"),
    pytest.param("They will be back in Dec, then leave.", "en", [("Dec", "date", "XXXX-12")], id="en-in-comma"),
    pytest.param("Volverá hasta dic.", "es", [("hasta dic.", "range", None, "XXXX-12")], id="es-hasta"),
    pytest.param("je vai cette Jan", "fr", [("Jan", "date", "XXXX-01")], id="fr-cette-abbr"),
    pytest.param("Je pars ce Nov.", "fr", [("Nov.", "date", "XXXX-11")], id="fr-ce-abbr-dot"),
], negative=[
    pytest.param("J'ai croisé cette Jan Kowalski au marché.", "fr", id="fr-cette-first-name"),
    pytest.param("Un appel de Jan Kowalski.", "fr", id="fr-first-name"),
    pytest.param("Le gâteau est divisé en sept", "fr", id="fr-number-word-without-dot"),
    pytest.param("We met Jan in Geneva.", "en", id="en-first-name"),
    pytest.param("It may rain and we march on.", "en", id="en-verbs-lower-case"),
], xfail=[
    pytest.param("Le gâteau est divisé en sept.", "fr", [], id="fr-number-word-with-dot"),  # read as "en sept. (2019)"
])

NUMERIC_FORMS = tables(positive=[
    pytest.param("Period covered: 01/2021 to 06/2021.", "en", [("01/2021 to 06/2021", "range", "2021-01", "2021-06")],
                 id="en-numeric-months-joined-by-to"),
    pytest.param("Êtes-vous libre le 2015.5.13", "fr", [("2015.5.13", "date", "2015-05-13")], id="fr-dotted-ymd"),
    pytest.param("Je vais partir 2015.3", "fr", [("2015.3", "date", "2015-03")], id="fr-dotted-ym"),
    pytest.param("Je serais sorti 2016 / 11.", "fr", [("2016 / 11", "date", "2016-11")], id="fr-spaced-slash-ym"),
    pytest.param("Je serais sorti 2016  -11", "fr", [("2016 -11", "date", "2016-11")], id="fr-spaced-dash-ym"),
    pytest.param("Je reviendrai 12/08,2015", "fr", [("12/08,2015", "date", "2015-08-12")], id="fr-comma-year"),
    pytest.param("je vais rentrer le 4/22", "fr", [("le 4/22", "date", "XXXX-04-22")], id="fr-article-month-first"),
    pytest.param("Il est né le 31 octobre 74.", "fr", [("31 octobre 74", "date", "1974-10-31")],
                 id="fr-two-digit-year"),
    pytest.param("Born on 1 April 78.", "en", [("1 April 78", "date", "1978-04-01")], id="en-two-digit-year"),
    pytest.param("Le 2016 - 2017.", "fr", [("2016 - 2017", "range", "2016", "2017")], id="fr-years-stay-a-range"),
    pytest.param("Le 31 octobre 74 personnes sont arrivées.", "fr", [("31 octobre", "date", "XXXX-10-31")],
                 id="fr-count-after-date"),
    pytest.param("Le bilan 2016 - 11 morts.", "fr", [("2016", "date", "2016")], id="fr-count-after-year"),
    pytest.param("je vais rentrer le 4.22", "fr", [("le 4.22", "date", "XXXX-04-22")], id="fr-article-dotted"),
    pytest.param("Je reviendrai le 10-02.", "fr", [("le 10-02", "date", "XXXX-02-10")], id="fr-article-dashed"),
    pytest.param("la semaine commençant le 2.4", "fr", [("le 2.4", "date", "XXXX-04-02")],
                 id="fr-article-dotted-day-first"),
    pytest.param("Je vais rentrer le 12/08, 2015", "fr", [("le 12/08, 2015", "date", "2015-08-12")],
                 id="fr-article-comma-year"),
    pytest.param("Je reviendrai 12/08,15", "fr", [("12/08,15", "date", "2015-08-12")], id="fr-comma-two-digit-year"),
    pytest.param("Je serais sorti 11  - 2016", "fr", [("11 - 2016", "date", "2016-11")], id="fr-spaced-dash-my"),
    pytest.param("Je ne serai pas ici 2016, nov", "fr", [("2016, nov", "date", "2016-11")], id="fr-year-comma-month"),
], negative=[
    pytest.param("Le taux est de 4.5 %, contre le 4.22 du modèle.", "fr", id="fr-article-dotted-not-clause-end"),
    pytest.param("Il en reste le 2.4 million.", "fr", id="fr-article-dotted-amount"),
    pytest.param("Le score était de 4-2.", "fr", id="fr-score-without-article"),
    pytest.param("Les chiffres 11/12,16 et 17.", "fr", id="fr-comma-list-not-clause-end"),
    pytest.param("Le Programme 2030, mars.", "fr", id="fr-year-comma-month-in-name"),
    pytest.param("Veuillez convertir 2000 $ en livre sterling.", "fr", id="fr-amount-symbol-after"),
    pytest.param("Il a payé $ 2019 pour le billet.", "fr", id="fr-amount-symbol-before"),
    pytest.param("Un budget de 2015.3 millions.", "fr", id="fr-decimal-amount"),
    pytest.param("Il a obtenu 4/22 à l'examen, puis 1 000 points.", "fr", id="fr-score"),
    pytest.param("Scores went from 3/10 to 5/10.", "en", id="en-scores-joined-by-to"),
    pytest.param("Appelez le 022 717 91 11.", "fr", id="fr-phone"),
    pytest.param("Voir l'article 12.3 de la Convention de 1951.", "fr", id="fr-article-number-and-name-year"),
], xfail=[
    pytest.param("Je reviendrai     22/4", "fr", [("22/4", "date", "XXXX-04-22")], id="fr-bare-single-digit-month"),
])

WEEKDAY_ABBREVIATIONS_AND_LINKS = tables(positive=[
    pytest.param("Je reviens Mer 22 Janvier", "fr", [("Mer 22 Janvier", "date", "XXXX-01-22")], id="fr-mer"),
    pytest.param("Dehors 1 Jan jusqu'a Mer, 22 Janv", "fr",
                 [("1 Jan jusqu'a Mer, 22 Janv", "range", "XXXX-01-01", "XXXX-01-22")], id="fr-range-to-mer"),
    pytest.param("Meeting on Wed, 3 May 2017.", "en", [("Wed, 3 May 2017", "date", "2017-05-03")], id="en-wed"),
    pytest.param("Reunión el mié 3 de mayo.", "es", [("mié 3 de mayo", "date", "XXXX-05-03")], id="es-mie"),
    pytest.param("Absent du 19 au 20 du mois de novembre.", "fr",
                 [("du 19 au 20 du mois de novembre", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-du-mois-de"),
], negative=[
    pytest.param("Il fait beau, sun and sea, mar y sol.", "en", id="en-abbreviations-alone"),
    pytest.param("Le Sam de la Croix-Rouge a aidé 22 personnes.", "fr", id="fr-abbreviation-then-count"),
], xfail=[
    pytest.param("Je reviendrai lun.", "fr", [("lun.", "relative", "weekday:monday")], id="fr-abbreviation-alone"),
])

WEEKDAY_AND_DAY_WITHOUT_MONTH = tables(positive=[
    pytest.param("Le ministre s'est rendu mardi 18 à Dakar.", "fr", [("mardi 18", "date", "XXXX-XX-18")],
                 id="fr-a-preposition-after-the-day"),
    pytest.param("Rendez-vous ce jeudi 15.", "fr", [("jeudi 15", "date", "XXXX-XX-15")],
                 id="fr-the-day-ends-its-clause"),
    pytest.param("We met on Tuesday the 18th.", "en", [("Tuesday the 18th", "date", "XXXX-XX-18")], id="en-the-18th"),
    pytest.param("Llegó el martes 18 en la mañana.", "es", [("martes 18", "date", "XXXX-XX-18")], id="es-en-after"),
    pytest.param("O acordo foi assinado nesta terça-feira (18) em Brasília.", "pt",
                 [("terça-feira (18)", "date", "XXXX-XX-18")], id="pt-the-day-in-brackets"),
    pytest.param("na terça-feira, 18, em Brasília", "pt", [("terça-feira, 18", "date", "XXXX-XX-18")],
                 id="pt-the-day-between-commas"),
    pytest.param("le 30 octobre et le mardi 31.", "fr",
                 [("30 octobre", "date", "XXXX-10-30"), ("mardi 31", "date", "XXXX-10-31")],
                 id="fr-the-month-of-the-date-before"),
    pytest.param("Tuesday the 18th we open the new library.", "en", [("Tuesday the 18th", "date", "XXXX-XX-18")],
                 id="en-an-article-says-it-is-a-day"),
    pytest.param("Tuesday 18th we open.", "en", [("Tuesday 18th", "date", "XXXX-XX-18")],
                 id="en-an-ordinal-says-it-is-a-day"),
    pytest.param("On Tuesday 18 migrants drowned.", "en", [("Tuesday", "relative", "weekday:tuesday")],
                 id="en-a-count-after-the-weekday-is-no-day"),
    pytest.param("Lundi, 15 personnes ont été secourues.", "fr", [("Lundi", "relative", "weekday:monday")],
                 id="fr-a-count-after-a-comma-is-no-day"),
], negative=[
    pytest.param("Il a compté 18 à Dakar et 15 à Thiès.", "fr", id="fr-no-weekday-no-day"),
], xfail=[
    pytest.param("Lundi 15 nous partons.", "fr", [("Lundi 15", "date", "XXXX-XX-15")],
                 id="fr-a-pronoun-after-the-day"),  # only a preposition or the clause's end says it is no count
])

DAY_NOUN_AND_DAY_WITHOUT_MONTH = tables(positive=[
    pytest.param("El día 24 se entregarán los kits.", "es", [("El día 24", "date", "XXXX-XX-24")], id="es-el-dia"),
    pytest.param("No próximo dia 20, a OIM abre o centro.", "pt", [("No próximo dia 20", "date", "XXXX-XX-20")],
                 id="pt-no-proximo-dia"),
    pytest.param("el día 24 de mayo", "es", [("24 de mayo", "date", "XXXX-05-24")], id="es-the-month-after-wins"),
], negative=[
    pytest.param("Trabajaron durante 15 días y 3 noches.", "es", id="es-a-count-of-days"),
    pytest.param("A dose é de 1,5 por dia 2 vezes.", "pt", id="pt-per-day"),
], xfail=[
])

CENTURIES = tables(positive=[
    pytest.param("Ça se passe au 15ème siècle", "fr", [("15ème siècle", "range", "1400", "1499")], id="fr-digits"),
    pytest.param("Le multilatéralisme du XXIe siècle.", "fr", [("XXIe siècle", "range", "2000", "2099")],
                 id="fr-roman"),
    pytest.param("The 21st century began.", "en", [("21st century", "range", "2000", "2099")], id="en-digits"),
    pytest.param("En el siglo XX hubo guerras.", "es", [("siglo XX", "range", "1900", "1999")], id="es-noun-first"),
], negative=[
    pytest.param("La Estación Migratoria Siglo XXI de Tapachula.", "es", id="es-name"),
    pytest.param("Au cours du demi-siècle écoulé, trois siècles.", "fr", id="fr-no-number"),
    pytest.param("The 22nd century club.", "en", id="en-future-century"),
], xfail=[
    pytest.param("The twentieth century.", "en", [("twentieth century", "range", "1900", "1999")], id="en-spelled"),
])

SPELLED_DECADES = tables(positive=[
    pytest.param("Dans les années soixante-dix.", "fr", [("les années soixante-dix", "range", "1970", "1979")],
                 id="fr-soixante-dix"),
    pytest.param("Dans les années deux mille.", "fr", [("les années deux mille", "range", "2000", "2009")],
                 id="fr-deux-mille"),
    pytest.param("En la década de los noventa.", "es", [("la década de los noventa", "range", "1990", "1999")],
                 id="es-article"),
    pytest.param("Nos anos oitenta.", "pt", [("Nos anos oitenta", "range", "1980", "1989")], id="pt-nos-anos"),
], negative=[
    pytest.param("Depuis trois années vingt personnes attendent.", "fr", id="fr-count-after"),
    pytest.param("Ils étaient quarante, puis soixante.", "fr", id="fr-counts"),
], xfail=[
    pytest.param("Back in the seventies.", "en", [("the seventies", "range", "1970", "1979")], id="en-one-word"),
])

WEEK_OF_A_DAY = tables(positive=[
    pytest.param("Organisez quelque chose pour la semaine du 18.", "fr",
                 [("la semaine du 18", "date", "XXXX-XX-18")], id="fr-bare-day"),
    pytest.param("Pendant la semaine du 7 octobre 2014, rien.", "fr",
                 [("la semaine du 7 octobre 2014", "date", "2014-10-07")], id="fr-full-date"),
    pytest.param("During the week of 3 May 2021.", "en", [("the week of 3 May 2021", "date", "2021-05-03")],
                 id="en-day-first"),
    pytest.param("La semaine du 18 au 22 mars.", "fr", [("du 18 au 22 mars", "range", "XXXX-03-18", "XXXX-03-22")],
                 id="fr-range-wins"),
], negative=[
    pytest.param("La semaine du 18 personnes a été dure.", "fr", id="fr-count"),
    pytest.param("Le programme de la semaine du migrant.", "fr", id="fr-name"),
], xfail=[
    pytest.param("During the week of March 3.", "en", [("the week of March 3", "date", "XXXX-03-03")],
                 id="en-month-first"),
])

SAME_PERIOD = tables(positive=[
    pytest.param("Je n'étais pas là le même mois.", "fr", [("le même mois", "relative", "that_month")], id="fr-mois"),
    pytest.param("La même année, 300 personnes sont arrivées.", "fr",
                 [("La même année", "relative", "that_year")], id="fr-annee"),
    pytest.param("They left the same week.", "en", [("the same week", "relative", "that_week")], id="en-week"),
    pytest.param("Volvió el mismo año.", "es", [("el mismo año", "relative", "that_year")], id="es-ano"),
], negative=[
    pytest.param("En même temps, le même jour de fête.", "fr", id="fr-other-nouns"),
    pytest.param("The same team came.", "en", id="en-other-noun"),
], xfail=[])

# A demonstrative written for another ("cette mois", "cet semaine"): read as the phrase it stands for.
MISSPELT_DEMONSTRATIVES = tables(positive=[
    pytest.param("cette mois fette", "fr", [("cette mois", "relative", "this_month")], id="fr-cette-mois"),
    pytest.param("Je serai en absence cette week-end", "fr", [("cette week-end", "relative", "this_weekend")],
                 id="fr-cette-week-end"),
    pytest.param("Je serai dehors ce weekend.", "fr", [("ce weekend", "relative", "this_weekend")],
                 id="fr-ce-weekend-unhyphenated"),
    pytest.param("Il viendra cet semaine.", "fr", [("cet semaine", "relative", "this_week")], id="fr-cet-semaine"),
    pytest.param("Ce année, rien.", "fr", [("Ce année", "relative", "this_year")], id="fr-ce-annee"),
], negative=[
    pytest.param("Cette moisson a été bonne.", "fr", id="fr-word-starting-like-a-unit"),
    pytest.param("Ce semainier est neuf.", "fr", id="fr-other-noun"),
], xfail=[
    pytest.param("Je vais partir dans la weekend", "fr", [("la weekend", "relative", "the_weekend")],
                 id="fr-article-of-the-other-gender"),
])

# French written without its accents: read as the accented words (oimx.lexicon.dates.spelling).
UNACCENTED_FRENCH = tables(positive=[
    pytest.param("Il y a 2 dernieres annees", "fr", [("2 dernieres annees", "relative", "last_n:2:year")],
                 id="fr-dernieres-annees"),
    pytest.param("Rien depuis l'annee derniere.", "fr", [("depuis l'annee derniere", "relative", "since:last_year")],
                 id="fr-l-annee-derniere"),
    pytest.param("Elle viendra jeudi apres-midi.", "fr", [("jeudi apres-midi", "relative", "weekday:thursday")],
                 id="fr-apres-midi"),
    pytest.param("Ils sont partis deux annees auparavant.", "fr",
                 [("deux annees auparavant", "relative", "ago:2:year")], id="fr-annees-auparavant"),
    pytest.param("Paques 2019 a été calme.", "fr", [("Paques 2019", "date", "2019-04-21")], id="fr-paques"),
], negative=[
    pytest.param("Le mois passe vite.", "fr", id="fr-passe-a-verb"),
    pytest.param("La semaine a venir est chargée.", "fr", id="fr-a-a-verb"),
], xfail=[
    pytest.param("Je serai dehors l'annee dernier", "fr", [("l'annee dernier", "relative", "last_year")],
                 id="fr-unaccented-and-wrong-gender"),
])


@pytest.mark.parametrize(("text", "lang", "expected"), MONTH_FIRST_DAYS)
def test_month_first_days(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), ABBREVIATIONS_ALONE)
def test_abbreviations_alone(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NUMERIC_FORMS)
def test_numeric_forms(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), WEEKDAY_ABBREVIATIONS_AND_LINKS)
def test_weekday_abbreviations_and_links(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), CENTURIES)
def test_centuries(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), SPELLED_DECADES)
def test_spelled_decades(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), WEEK_OF_A_DAY)
def test_week_of_a_day(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), SAME_PERIOD)
def test_same_period(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), MISSPELT_DEMONSTRATIVES)
def test_misspelt_demonstratives(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), UNACCENTED_FRENCH)
def test_unaccented_french(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


# Links, ordinals and dashes of Spanish and English day forms; month ranges with a dash; long year ranges.
LINKS_ORDINALS_AND_DASHES = tables(positive=[
    pytest.param("el 15 de enero del 2023", "es", [("15 de enero del 2023", "date", "2023-01-15")],
                 id="es-del-before-the-year"),
    pytest.param("en enero del 2023", "es", [("enero del 2023", "date", "2023-01")], id="es-month-del-year"),
    pytest.param("el 1ro de junio de 2019", "es", [("1ro de junio de 2019", "date", "2019-06-01")],
                 id="es-abbreviated-ordinal"),
    pytest.param("Bogotá, febrero 20 de 2024", "es", [("febrero 20 de 2024", "date", "2024-02-20")],
                 id="es-month-first-de-year"),
    pytest.param("Signed on 13-feb-2013.", "en", [("13-feb-2013", "date", "2013-02-13")], id="en-all-dashed"),
    pytest.param("From January–March 2024, arrivals rose.", "en",
                 [("January–March 2024", "range", "2024-01", "2024-03")], id="en-month-dash-month-year"),
    pytest.param("entre enero-marzo de 2024", "es", [("enero-marzo de 2024", "range", "2024-01", "2024-03")],
                 id="es-month-dash-month-year"),
    pytest.param("Les données portent sur la période 1991-2023.", "fr", [("1991-2023", "range", "1991", "2023")],
                 id="fr-a-climate-period-of-32-years"),
    pytest.param("No biênio 2021-2022, a taxa subiu; costs fell in FY 2022-23.", "pt",
                 [("2021-2022", "range", "2021", "2022"), ("2022-23", "range", "2022", "2023")],
                 id="pt-a-label-word-opening-the-sentence-names-no-plan"),
    pytest.param("Do dia 28 de fevereiro ao dia 3 de março; del día 3 al día 7 de mayo.", "pt",
                 [("Do dia 28 de fevereiro ao dia 3 de março", "range", "XXXX-02-28", "XXXX-03-03"),
                  ("del día 3 al día 7 de mayo", "range", "XXXX-05-03", "XXXX-05-07")],
                 id="pt-es-the-noun-day-in-a-range"),
    pytest.param("En la primera mitad de 2019 y la segunda mitad de 2018; la première moitié de 2021.", "es",
                 [("primera mitad de 2019", "range", "2019-01", "2019-06"),
                  ("segunda mitad de 2018", "range", "2018-07", "2018-12"),
                  ("première moitié de 2021", "range", "2021-01", "2021-06")], id="es-fr-halves-of-a-year"),
    pytest.param("The survey ran February to April 2023 in five regions.", "en",
                 [("February to April 2023", "range", "2023-02", "2023-04")], id="en-month-to-month-year"),
    pytest.param("La campaña va de noviembre a febrero de 2025 y enero a marzo de 2026.", "es",
                 [("de noviembre a febrero de 2025", "range", "2024-11", "2025-02"),
                  ("enero a marzo de 2026", "range", "2026-01", "2026-03")], id="es-month-to-month-without-opener"),
    pytest.param("Entre Janvier-Février, les pluies.", "fr", [("Janvier-Février", "range", "XXXX-01", "XXXX-02")],
                 id="fr-two-capitalised-months-dashed"),
    pytest.param("The 2019/20 season and the 2016/2017 budget.", "en",
                 [("2019/20", "range", "2019", "2020"), ("2016/2017", "range", "2016", "2017")],
                 id="en-years-joined-by-a-slash"),
    pytest.param("Deliveries are expected in 2Q 2024.", "en", [("2Q 2024", "range", "2024-04", "2024-06")],
                 id="en-number-before-the-quarter-code"),
    pytest.param("Au XXe siècle, la ville a grandi.", "fr", [("XXe siècle", "range", "1900", "1999")],
                 id="fr-a-century-after-a-capitalised-preposition"),
    pytest.param("It opened on 12 March. It closed on 5 May.", "en",
                 [("12 March", "date", "XXXX-03-12"), ("5 May", "date", "XXXX-05-05")],
                 id="en-a-full-month-name-takes-no-full-stop"),
], negative=[
    pytest.param("La Estación Siglo XXI abrió.", "es", id="es-a-century-inside-a-name"),
    pytest.param("on 2019/20/21", "en", id="en-three-slashed-numbers-are-no-year-range"),
    pytest.param("Tel: (212) 963-1234, ext. 2016", "en", id="en-a-phone-extension-after-its-abbreviation"),
    pytest.param("Entre 1800 e 2000 pessoas foram deslocadas.", "pt", id="pt-a-count-of-people"),
    pytest.param("Le vol COVID-19 et le lot feb-2013x.", "fr", id="fr-letters-dash-digits"),
    pytest.param("el 2do informe", "es", id="es-ordinal-without-month"),
], xfail=[
    pytest.param("Deliveries in Jan-Mar 2024.", "en", [("Jan-Mar 2024", "range", "2024-01", "2024-03")],
                 id="en-abbreviations-dashed"),  # an abbreviation alone needs a word before it ("in Jan")
])


@pytest.mark.parametrize(("text", "lang", "expected"), DAY_NOUN_AND_DAY_WITHOUT_MONTH)
def test_day_noun_and_day_without_month(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), WEEKDAY_AND_DAY_WITHOUT_MONTH)
def test_weekday_and_day_without_month(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), LINKS_ORDINALS_AND_DASHES)
def test_links_ordinals_and_dashes(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected
