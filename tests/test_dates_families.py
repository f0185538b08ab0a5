"""Tests of the dates extractor by family of expression: a table of positive, negative and
strict-xfail cases for each, in French, English and Spanish, and the resolved values."""

from __future__ import annotations

import datetime

import pytest

from oimx.extract.dates import find
from tests.dates_tables import summary, tables

REFERENCE = datetime.date(2013, 2, 12)  # a Tuesday


COUNTED_RELATIVE = tables(positive=[
    pytest.param("Faz dois meses que a ponte caiu.", "pt", [("Faz dois meses", "relative", "ago:2:month")],
                 id="pt-faz-ago"),
    pytest.param("Llegó hace apenas tres días.", "es", [("hace apenas tres días", "relative", "ago:3:day")],
                 id="es-hace-apenas"),
    pytest.param("Il rentrera dans deux mois.", "fr", [("dans deux mois", "relative", "in:2:month")], id="fr-dans"),
    pytest.param("Les résultats seront connus d'ici quinze jours.", "fr",
                 [("d'ici quinze jours", "relative", "in:15:day")], id="fr-d-ici-jours"),
    pytest.param("Les arrivées ont doublé les trois derniers mois.", "fr",
                 [("les trois derniers mois", "relative", "last_n:3:month")], id="fr-derniers"),
    pytest.param("Il sera absent les 3 prochaines semaines.", "fr",
                 [("les 3 prochaines semaines", "relative", "next_n:3:week")], id="fr-prochaines"),
    pytest.param("Au cours des 2 années passées, rien.", "fr",
                 [("des 2 années passées", "relative", "last_n:2:year")], id="fr-passees-after"),
    pytest.param("Il y a trois semaines, le bateau a chaviré.", "fr",
                 [("Il y a trois semaines", "relative", "ago:3:week")], id="fr-il-y-a"),
    pytest.param("They will return in two weeks.", "en", [("in two weeks", "relative", "in:2:week")], id="en-in"),
    pytest.param("Arrivals rose over the past three months.", "en",
                 [("the past three months", "relative", "last_n:3:month")], id="en-past"),
    pytest.param("Llegó hace tres días.", "es", [("hace tres días", "relative", "ago:3:day")], id="es-hace"),
    pytest.param("Volverá dentro de dos semanas.", "es",
                 [("dentro de dos semanas", "relative", "in:2:week")], id="es-dentro-de"),
    pytest.param("En los últimos cinco años migraron miles.", "es",
                 [("los últimos cinco años", "relative", "last_n:5:year")], id="es-ultimos"),
    pytest.param("Deux semaines plus tard, ils sont repartis.", "fr",
                 [("Deux semaines plus tard", "relative", "in:2:week")], id="fr-plus-tard"),
    pytest.param("Il était rentré deux mois auparavant.", "fr",
                 [("deux mois auparavant", "relative", "ago:2:month")], id="fr-auparavant"),
    pytest.param("Elle est revenue deux jours après.", "fr", [("deux jours après", "relative", "in:2:day")],
                 id="fr-apres-at-clause-end"),
    pytest.param("Les 3 mois suivants seront durs.", "fr", [("Les 3 mois suivants", "relative", "next_n:3:month")],
                 id="fr-suivants"),
    pytest.param("Two days later the boat sank.", "en", [("Two days later", "relative", "in:2:day")], id="en-later"),
    pytest.param("Je reviendrai dans les 5 jours.", "fr", [("dans les 5 jours", "relative", "next_n:5:day")],
                 id="fr-dans-les"),
    pytest.param("Je reviendrai dans moins de 2 semaines.", "fr",
                 [("dans moins de 2 semaines", "relative", "in:2:week")], id="fr-dans-quantifier"),
    pytest.param("Back in about two weeks.", "en", [("in about two weeks", "relative", "in:2:week")],
                 id="en-in-quantifier"),
    pytest.param("Il y a cinquante ans, rien.", "fr", [("Il y a cinquante ans", "relative", "ago:50:year")],
                 id="fr-tens-in-words"),
    pytest.param("Il y a une vingtaine d’années.", "fr",
                 [("Il y a une vingtaine d’années", "relative", "ago:20:year")], id="fr-count-noun-d-apostrophe"),
    pytest.param("Il y a près d’un an.", "fr", [("Il y a près d’un an", "relative", "ago:1:year")],
                 id="fr-elided-quantifier"),
    pytest.param("Dans une dizaine de jours.", "fr", [("Dans une dizaine de jours", "relative", "in:10:day")],
                 id="fr-dans-count-noun"),
    pytest.param("Hace una decena de años.", "es", [("Hace una decena de años", "relative", "ago:10:year")],
                 id="es-count-noun"),
    pytest.param("It happened a couple of days ago.", "en",
                 [("a couple of days ago", "relative", "ago:2:day")], id="en-couple-count-noun"),
    pytest.param("Volverán en un plazo, dentro de un par de semanas.", "es",
                 [("dentro de un par de semanas", "relative", "in:2:week")], id="es-par-after-two-opening-words"),
    pytest.param("Dentro de una decena de días.", "es",
                 [("Dentro de una decena de días", "relative", "in:10:day")], id="es-dentro-count-noun"),
    pytest.param("Chegou há um par de dias.", "pt", [("há um par de dias", "relative", "ago:2:day")],
                 id="pt-par-count-noun"),
    pytest.param("Les 12 mois écoulés ont été durs.", "fr",
                 [("Les 12 mois écoulés", "relative", "last_n:12:month")], id="fr-ecoules"),
    pytest.param("Un appel dans 4 journées de travail.", "fr", [("dans 4 journées", "relative", "in:4:day")],
                 id="fr-journees"),
    pytest.param("Lo terminaremos en dos semanas.", "es", [("en dos semanas", "relative", "in:2:week")],
                 id="es-en-a-count-in-a-sentence-of-the-future"),
    pytest.param("Voltaremos em 3 dias.", "pt", [("em 3 dias", "relative", "in:3:day")], id="pt-em-future"),
    pytest.param("The best team will return in two weeks.", "en", [("in two weeks", "relative", "in:2:week")],
                 id="en-a-superlative-then-the-future"),
    pytest.param("It was the worst, and in two weeks the camp will close.", "en",
                 [("in two weeks", "relative", "in:2:week")], id="en-a-superlative-in-the-clause-before"),
], negative=[
    pytest.param("Lo terminó en dos semanas.", "es", id="es-en-a-count-in-the-past-is-a-duration"),
    pytest.param("They finished it in two weeks.", "en", id="en-in-a-count-in-the-past-is-a-duration"),
    pytest.param("It is the longest drought in four decades and the worst floods in 40 years.", "en",
                 id="en-a-superlative-counts-back"),
    pytest.param("For the first time in five years, the lowest rate of unemployment in ten years.", "en",
                 id="en-the-first-time-counts-back"),
    pytest.param("Dans les 30 pays de la région, rien.", "fr", id="fr-dans-les-count-no-unit"),
    pytest.param("La Journée mondiale des réfugiés.", "fr", id="fr-journee-name"),
    pytest.param("Une vingtaine de personnes sont venues.", "fr", id="fr-count-noun-of-people"),
    pytest.param("Il a cinquante ans.", "fr", id="fr-age"),
    pytest.param("Deux jours après l'attaque, l'aide est arrivée.", "fr", id="fr-apres-an-event"),
    pytest.param("Trois semaines avant le scrutin, rien.", "fr", id="fr-avant-an-event"),
    pytest.param("Le projet durera deux mois.", "fr", id="fr-duration"),
    pytest.param("Dans quelques jours, la mission partira.", "fr", id="fr-no-count"),
    pytest.param("Les 3 semaines de formation ont commencé.", "fr", id="fr-no-direction"),
    pytest.param("In 2 000 cases the boats sank.", "en", id="en-in-count"),
    pytest.param("Un par de semanas de formación empezaron.", "es", id="es-par-no-direction"),
    pytest.param("A couple of weeks of training began.", "en", id="en-couple-no-direction"),
], xfail=[
    pytest.param("Il partira dans deux ans et 21 jours.", "fr",
                 [("dans deux ans et 21 jours", "relative", "in:2:year")], id="fr-compound-count"),
])

RELATIVE_PERIODS = tables(positive=[
    pytest.param("A final de año habrá elecciones.", "es", [("A final de año", "relative", "late_this_year")],
                 id="es-a-final-de-ano"),
    pytest.param("Até o fim do ano, a obra termina; o fim do ano passado foi difícil.", "pt",
                 [("Até o fim do ano", "relative", "until:late_this_year"),
                  ("o fim do ano passado", "relative", "late_last_year")], id="pt-o-fim-do-ano"),
    pytest.param("Classes resumed last fall and end by the end of the week.", "en",
                 [("last fall", "relative", "last_autumn"),
                  ("by the end of the week", "relative", "until:late_this_week")],
                 id="en-fall-with-its-side-word-and-the-end-of-the-week"),
    pytest.param("since the fall of Kabul", "en", [], id="en-fall-alone-is-no-season"),
    pytest.param("Las lluvias durarán el resto del año.", "es", [("el resto del año", "relative", "later_this_year")],
                 id="es-el-resto-del-ano"),
    pytest.param("Prices will rise for the rest of the year.", "en",
                 [("the rest of the year", "relative", "later_this_year")], id="en-the-rest-of-the-year"),
    pytest.param("Il a plu la nuit dernière.", "fr", [("la nuit dernière", "relative", "last_night")],
                 id="fr-la-nuit-derniere"),
    pytest.param("As cheias do fim de semana e o Natal de 2021.", "pt",
                 [("do fim de semana", "relative", "the_weekend"), ("o Natal de 2021", "date", "2021-12-25")],
                 id="pt-weekend-and-christmas-with-its-article"),
    pytest.param("Nasceu em Natal e voltou à terra natal.", "pt", [], id="pt-natal-the-city-and-the-adjective"),
    pytest.param("Las cifras del año pasado y las del mes pasado.", "es",
                 [("del año pasado", "relative", "last_year"), ("del mes pasado", "relative", "last_month")],
                 id="es-el-contracted-with-de"),
    pytest.param("Os dados deste ano e desta semana, e o relatório do mês que vem.", "pt",
                 [("deste ano", "relative", "this_year"), ("desta semana", "relative", "this_week"),
                  ("do mês que vem", "relative", "next_month")], id="pt-articles-contracted-with-de"),
    pytest.param("Since last year, prices rose.", "en", [("Since last year", "relative", "since:last_year")],
                 id="since-a-relative-mention-is-an-open-range"),
    pytest.param("Desde el año pasado, los precios suben.", "es",
                 [("Desde el año pasado", "relative", "since:last_year")], id="es-desde-a-relative-mention"),
    pytest.param("By the end of next year, and late last year.", "en",
                 [("By the end of next year", "relative", "until:late_next_year"),
                  ("late last year", "relative", "late_last_year")], id="parts-of-next-and-last-years"),
    pytest.param("a principios del próximo año", "es",
                 [("a principios del próximo año", "relative", "early_next_year")],
                 id="es-a-principios-del-proximo-ano"),
    pytest.param("après 11 mois passés en prison", "fr", [("11 mois passés", "relative", "last_n:11:month")],
                 id="fr-a-span-to-now-is-no-open-range"),
    pytest.param("La votación es este jueves, y ce mardi 4 mars aussi.", "es",
                 [("este jueves", "relative", "this_weekday:thursday"), ("mardi 4 mars", "date", "XXXX-03-04")],
                 id="es-este-weekday-and-a-weekday-before-its-date"),
    pytest.param("Sales fell last quarter, but the last quarter of 2023 rose.", "en",
                 [("last quarter", "relative", "last_quarter"),
                  ("last quarter of 2023", "range", "2023-10", "2023-12")],
                 id="en-last-quarter-is-the-one-before-unless-its-year-follows"),
    pytest.param("Two centres will open in the second half of the year.", "en",
                 [("the second half of the year", "relative", "second_half_this_year")],
                 id="en-second-half-of-the-year"),
    pytest.param("Los ingresos cayeron el trimestre pasado y subirán el próximo trimestre.", "es",
                 [("el trimestre pasado", "relative", "last_quarter"),
                  ("el próximo trimestre", "relative", "next_quarter")],
                 id="es-trimestre-pasado-proximo"),
    pytest.param("La reunión fue antier; el año entrante habrá otra.", "es",
                 [("antier", "relative", "day_before_yesterday"), ("el año entrante", "relative", "next_year")],
                 id="es-antier-entrante"),
    pytest.param("En lo que va de año llegaron 3.000 personas, y a finales del mes se cierra.", "es",
                 [("En lo que va de año", "relative", "this_year"),
                  ("a finales del mes", "relative", "late_this_month")],
                 id="es-en-lo-que-va-de-ano-a-finales-del-mes"),
    pytest.param("Le rapport paraîtra en fin de mois.", "fr", [("en fin de mois", "relative", "late_this_month")],
                 id="fr-fin-de-mois"),
    pytest.param("La prochaine semaine sera décisive.", "fr", [("La prochaine semaine", "relative", "next_week")],
                 id="fr-prochaine-semaine"),
    pytest.param("Over the past week, 2,000 people crossed the border.", "en",
                 [("the past week", "relative", "last_week")], id="en-the-past-week"),
    pytest.param("Rains hit the region this past weekend.", "en",
                 [("this past weekend", "relative", "last_weekend")], id="en-this-past-weekend"),
    pytest.param("Over the past few years, the camp has tripled.", "en",
                 [("the past few years", "relative", "recent_years")], id="en-the-past-few-years"),
    pytest.param("Je forme le vœu que cette nouvelle année apporte la paix.", "fr",
                 [("cette nouvelle année", "relative", "this_year")], id="fr-cette-nouvelle-annee"),
    pytest.param("En este nuevo año, el programa llegará a más familias.", "es",
                 [("este nuevo año", "relative", "this_year")], id="es-este-nuevo-ano"),
    pytest.param("Ces derniers jours, 300 personnes sont arrivées.", "fr",
                 [("Ces derniers jours", "relative", "recent_days")], id="fr-ces-derniers-jours"),
    pytest.param("La prochaine décennie sera celle de l'adaptation.", "fr",
                 [("La prochaine décennie", "relative", "next_decade")], id="fr-decennie"),
    pytest.param("Arrivals fell in recent weeks.", "en", [("recent weeks", "relative", "recent_weeks")],
                 id="en-recent-weeks"),
    pytest.param("Este verano llegaron más.", "es", [("Este verano", "relative", "this_summer")],
                 id="es-este-verano"),
    pytest.param("Il viendra mardi de la semaine prochaine.", "fr",
                 [("mardi de la semaine prochaine", "relative", "next_week:tuesday")], id="fr-weekday-next-week"),
    pytest.param("Llegó el lunes de la semana pasada.", "es",
                 [("lunes de la semana pasada", "relative", "last_week:monday")], id="es-weekday-last-week"),
    pytest.param("Je vais partir le reste de la semaine.", "fr",
                 [("reste de la semaine", "relative", "later_this_week")], id="fr-reste-de-la-semaine"),
    pytest.param("Il viendra mardi suivant.", "fr", [("mardi suivant", "relative", "next_weekday:tuesday")],
                 id="fr-weekday-suivant"),
    pytest.param("Il viendra mercredi la semaine suivante.", "fr",
                 [("mercredi la semaine suivante", "relative", "next_week:wednesday")],
                 id="fr-weekday-semaine-suivante"),
    pytest.param("Rendez-vous lundi en huit.", "fr", [("lundi en huit", "relative", "weekday+1:monday")],
                 id="fr-lundi-en-huit"),
    pytest.param("Le lendemain, la mission est repartie.", "fr", [("Le lendemain", "relative", "next_day")],
                 id="fr-lendemain"),
    pytest.param("Il est arrivé la veille.", "fr", [("la veille", "relative", "previous_day")], id="fr-la-veille"),
    pytest.param("Depuis le début de l'année, 300 arrivées.", "fr",  # the preposition changes the meaning
                 [("Depuis le début de l'année", "relative", "since:early_this_year")], id="fr-debut-de-l-annee"),
    pytest.param("Cette semaine 9,9 millions de déplacés.", "fr", [("Cette semaine", "relative", "this_week")],
                 id="fr-relative-before-a-count"),
    pytest.param("Il part avant hier soir.", "fr", [("avant hier", "relative", "day_before_yesterday")],
                 id="fr-avant-hier-unhyphenated"),
    pytest.param("Le prochain mois sera chargé.", "fr", [("Le prochain mois", "relative", "next_month")],
                 id="fr-prochain-before-unit"),
    pytest.param("La prochaine année, rien.", "fr", [("La prochaine année", "relative", "next_year")],
                 id="fr-prochaine-annee"),
    pytest.param("Au cours de l’année écoulée, rien.", "fr", [("l’année écoulée", "relative", "last_year")],
                 id="fr-annee-ecoulee"),
    pytest.param("Il viendra dans le courant de l'année.", "fr",
                 [("dans le courant de l'année", "relative", "this_year")], id="fr-dans-le-courant-de"),
    pytest.param("Llegará mañana.", "es", [("mañana", "relative", "tomorrow")], id="es-manana-tomorrow"),
    pytest.param("Je vais rentrer ce jour.", "fr", [("ce jour", "relative", "today")], id="fr-ce-jour"),
    pytest.param("Une hausse par rapport à l'année précédente.", "fr",
                 [("l'année précédente", "relative", "last_year")], id="fr-annee-precedente"),
    pytest.param("Le mois d'avant, rien.", "fr", [("Le mois d'avant", "relative", "last_month")], id="fr-mois-d-avant"),
    pytest.param("Cette semaine-là, rien.", "fr", [("Cette semaine-là", "relative", "that_week")],
                 id="fr-cette-semaine-la"),
    pytest.param("Llegó el día siguiente.", "es", [("el día siguiente", "relative", "next_day")],
                 id="es-dia-siguiente"),
    pytest.param("They left the day before yesterday.", "en",
                 [("the day before yesterday", "relative", "day_before_yesterday")], id="en-day-before-yesterday"),
    pytest.param("It fell the following week.", "en", [("the following week", "relative", "next_week")],
                 id="en-following-week"),
], negative=[
    pytest.param("Le mois de la solidarité s'ouvre.", "fr", id="fr-mois-de-nom"),
    pytest.param("Au lendemain du typhon, l'OIM a aidé.", "fr", id="fr-au-lendemain-du-event"),
    pytest.param("A la veille du Sommet, ils ont parlé.", "fr", id="fr-a-la-veille-du-event"),
    pytest.param("A ce jour, 300 personnes sont arrivées.", "fr", id="fr-a-ce-jour"),
    pytest.param("Jusqu'à ce jour, rien.", "fr", id="fr-jusqu-a-ce-jour"),
    pytest.param("Ce jour-là, la mer était calme.", "fr", id="fr-ce-jour-la"),
    pytest.param("Ce soir-là, rien.", "fr", id="fr-ce-soir-la"),
    pytest.param("Salió por la mañana.", "es", id="es-por-la-manana-a-morning"),
    pytest.param("El frío de la mañana llegó.", "es", id="es-de-la-manana"),
    pytest.param("Dans les mois à venir, l'aide arrivera.", "fr", id="fr-les-mois-a-venir-vague"),
], xfail=[
    pytest.param("Il est parti en semaine.", "fr", [("en semaine", "relative", "this_week")], id="fr-en-semaine"),
])

PARTS_SEASONS_DECADES = tables(positive=[
    pytest.param("Les troubles de l'été 2019 ont marqué le pays.", "fr",
                 [("été 2019", "range", "2019-06", "2019-08")], id="fr-ete-year"),
    pytest.param("L'hiver 2020 a été rude.", "fr", [("hiver 2020", "range", "2020-12", "2021-02")],
                 id="fr-hiver-spans-year"),
    pytest.param("Les pluies arrivent en été.", "fr", [("été", "range", "XXXX-06", "XXXX-08")], id="fr-en-ete"),
    pytest.param("Les arrivées des années 70 et des années 2000.", "fr",
                 [("des années 70", "range", "1970", "1979"), ("des années 2000", "range", "2000", "2009")],
                 id="fr-decades"),
    pytest.param("Migration in the 1990s changed.", "en", [("the 1990s", "range", "1990", "1999")],
                 id="en-decade"),
    pytest.param("In the summer of 2019, boats arrived.", "en", [("summer of 2019", "range", "2019-06", "2019-08")],
                 id="en-summer-of"),
    pytest.param("Les résultats du premier trimestre 2013.", "fr",
                 [("premier trimestre 2013", "range", "2013-01", "2013-03")], id="fr-premier-trimestre"),
    pytest.param("Dans les 70s", "fr", [("70s", "range", "1970", "1979")], id="fr-les-two-digit-decade"),
    pytest.param("Dans 70's", "fr", [("70's", "range", "1970", "1979")], id="fr-apostrophe-decade"),
    pytest.param("Back in the 80s.", "en", [("the 80s", "range", "1980", "1989")], id="en-the-two-digit-decade"),
    pytest.param("Back in the '90s.", "en", [("the '90s", "range", "1990", "1999")], id="en-quoted-two-digit-decade"),
    pytest.param("Durante la década de los 2010 llegaron.", "es", [("la década de los 2010", "range", "2010", "2019")],
                 id="es-decada-de-los"),
    pytest.param("Au cours de la décennie 2010, les départs ont doublé.", "fr",
                 [("la décennie 2010", "range", "2010", "2019")], id="fr-la-decennie"),
    pytest.param("Je vais partir le été", "fr", [("été", "range", "XXXX-06", "XXXX-08")], id="fr-le-ete"),
], negative=[
    pytest.param("She is in her 20s.", "en", id="en-age-decade"),
    pytest.param("The 2030 Agenda for Sustainable Development was adopted.", "en", id="en-the-agenda-year-no-decade"),
    pytest.param("Il y avait 70s de retard.", "fr", id="fr-seconds"),
    pytest.param("Il a été 2019 fois premier.", "fr", id="fr-ete-participle-before-year"),
    pytest.param("Le centre a été ouvert.", "fr", id="fr-ete-participle"),
    pytest.param("The fall of prices hit migrants.", "en", id="en-fall-noun"),
    pytest.param("Le relèvement des années de guerre.", "fr", id="fr-annees-no-number"),
], xfail=[
    pytest.param("Au début des années 2000, tout a changé.", "fr",
                 [("début des années 2000", "range", "2000", "2003")], id="fr-debut-des-annees"),
    pytest.param("Prévu mi-2019.", "fr", [("mi-2019", "date", "2019")], id="fr-mi-year"),
])

NTH_PERIODS_AND_CODES = tables(positive=[
    pytest.param("Las ventas crecieron en el 1º semestre de 2022.", "es",
                 [("1º semestre de 2022", "range", "2022-01", "2022-06")], id="es-a-digit-ordinal-semester"),
    pytest.param("Chegaram entre os dias 10 e 12 de setembro.", "pt",
                 [("entre os dias 10 e 12 de setembro", "range", "XXXX-09-10", "XXXX-09-12")],
                 id="pt-entre-os-dias"),
    pytest.param("La feria abrió el 1.º de mayo de 2019.", "es", [("1.º de mayo de 2019", "date", "2019-05-01")],
                 id="es-a-dotted-ordinal-day-is-no-clause-end"),
    pytest.param("Fourth-quarter 2019 results are out.", "en",
                 [("Fourth-quarter 2019", "range", "2019-10", "2019-12")], id="en-ordinal-and-quarter-hyphenated"),
    pytest.param("La première semaine d'octobre 2014 fut calme.", "fr",
                 [("première semaine d'octobre 2014", "range", "2014-10-06", "2014-10-12")], id="fr-first-full-week"),
    pytest.param("La dernière semaine de septembre 2014.", "fr",
                 [("dernière semaine de septembre 2014", "range", "2014-09-22", "2014-09-28")], id="fr-last-week"),
    pytest.param("Le dernier jour d'octobre 2015.", "fr", [("dernier jour d'octobre 2015", "date", "2015-10-31")],
                 id="fr-last-day"),
    pytest.param("Le 3eme jour d'octobre.", "fr", [("3eme jour d'octobre", "date", "XXXX-10-03")],
                 id="fr-nth-day-without-year"),
    pytest.param("La troisième semaine de 2027.", "fr",
                 [("troisième semaine de 2027", "range", "2027-01-18", "2027-01-24")], id="fr-iso-week-of-year"),
    pytest.param("La deuxième quinzaine d'avril.", "fr",
                 [("deuxième quinzaine d'avril", "range", "XXXX-04-15", "XXXX-04-30")], id="fr-quinzaine"),
    pytest.param("Le premier vendredi de juillet.", "fr",
                 [("premier vendredi de juillet", "relative", "nth:1:friday:07")], id="fr-nth-weekday-relative"),
    pytest.param("The second week of March 2020.", "en",
                 [("second week of March 2020", "range", "2020-03-09", "2020-03-15")], id="en-second-week"),
    pytest.param("Résultats Q1 2016 et 2016 Q3.", "fr",
                 [("Q1 2016", "range", "2016-01", "2016-03"), ("2016 Q3", "range", "2016-07", "2016-09")],
                 id="fr-quarter-codes"),
    pytest.param("Absent pendant H1 2016.", "fr", [("H1 2016", "range", "2016-01", "2016-06")], id="fr-half-code"),
    pytest.param("Q4/2023 figures and the Q2-2023 dashboard.", "en",
                 [("Q4/2023", "range", "2023-10", "2023-12"), ("Q2-2023", "range", "2023-04", "2023-06")],
                 id="en-quarter-codes-with-a-slash-or-a-dash"),
    pytest.param("Le rapport 2023-Q3 est publié.", "fr", [("2023-Q3", "range", "2023-07", "2023-09")],
                 id="fr-year-dash-quarter-code"),
    pytest.param("Au IIe trimestre 2023 et au IVe trimestre de l'année 2022.", "fr",
                 [("IIe trimestre 2023", "range", "2023-04", "2023-06"),
                  ("IVe trimestre de l'année 2022", "range", "2022-10", "2022-12")], id="fr-roman-quarters"),
    pytest.param("En el IV trimestre de 2023 y el II semestre de 2022.", "es",
                 [("IV trimestre de 2023", "range", "2023-10", "2023-12"),
                  ("II semestre de 2022", "range", "2022-07", "2022-12")], id="es-roman-quarter-and-semester"),
    pytest.param("Je reviendrai au troisième trimestre.", "fr",
                 [("troisième trimestre", "range", "XXXX-07", "XXXX-09")], id="fr-quarter-without-year"),
    pytest.param("Le troisième quart de 2016.", "fr", [("troisième quart de 2016", "range", "2016-07", "2016-09")],
                 id="fr-quart-with-year"),
    pytest.param("In the first six months of 2023, 1,800 people died.", "en",
                 [("the first six months of 2023", "range", "2023-01", "2023-06")], id="en-first-n-months-of-a-year"),
    pytest.param("In the first three quarters of 2023, trade slowed.", "en",
                 [("the first three quarters of 2023", "range", "2023-01", "2023-09")], id="en-first-n-quarters"),
    pytest.param("les deux derniers trimestres de 2022", "fr",
                 [("les deux derniers trimestres de 2022", "range", "2022-07", "2022-12")], id="fr-last-n-quarters"),
    pytest.param("Les neuf premiers mois de 2023 et les 10 derniers jours de mars.", "fr",
                 [("Les neuf premiers mois de 2023", "range", "2023-01", "2023-09"),
                  ("les 10 derniers jours de mars", "range", "XXXX-03-22", "XXXX-03-31")], id="fr-n-premiers-mois"),
    pytest.param("En los primeros seis meses de 2023 y los últimos tres meses de 2022.", "es",
                 [("los primeros seis meses de 2023", "range", "2023-01", "2023-06"),
                  ("los últimos tres meses de 2022", "range", "2022-10", "2022-12")], id="es-primeros-n-meses"),
    pytest.param("Las inscripciones se abrirán en la segunda quincena de marzo.", "es",
                 [("segunda quincena de marzo", "range", "XXXX-03-15", "XXXX-03-31")],
                 id="es-segunda-also-a-weekday-word"),
], negative=[
    pytest.param("Le premier quart de la population.", "fr", id="fr-quart-of-people"),
    pytest.param("The first six months were hard.", "en", id="en-first-n-months-without-a-year"),
    pytest.param("Le premier jour de classe a eu lieu.", "fr", id="fr-first-day-of-school"),
    pytest.param("Le troisième semestre a commencé.", "fr", id="fr-third-half-year"),
    pytest.param("Les lignes h1 2016 et q3 2016.", "fr", id="fr-lower-case-code"),
    pytest.param("I quarter the onions and halve the peppers.", "en", id="en-pronoun-i-is-no-roman-ordinal"),
], xfail=[
    pytest.param("La semaine du 6 octobre 2014.", "fr",
                 [("semaine du 6 octobre 2014", "range", "2014-10-06", "2014-10-12")], id="fr-week-of-a-day"),
])

HOLIDAYS = tables(positive=[
    pytest.param("El Día de Reyes llegan los regalos.", "es", [("Día de Reyes", "date", "XXXX-01-06")],
                 id="es-dia-de-reyes"),
    pytest.param("No feriado de Corpus Christi de 2023, a loja fecha.", "pt",
                 [("Corpus Christi de 2023", "date", "2023-06-08")], id="pt-corpus-christi-counted-from-easter"),
    pytest.param("C'était la veille de Noël.", "fr", [("la veille de Noël", "date", "XXXX-12-24")],
                 id="fr-christmas-eve-with-its-article"),  # "la veille" alone is the day before
    pytest.param("Thanksgiving 2023 falls late.", "en", [("Thanksgiving 2023", "date", "2023-11-23")],
                 id="en-the-fourth-thursday-of-november"),
    pytest.param("The store opens on Good Friday.", "en", [("Good Friday", "relative", "holiday:easter-2")],
                 id="en-a-holiday-named-by-its-weekday"),
    pytest.param("On fête la Saint-Valentin et Halloween.", "fr",
                 [("la Saint-Valentin", "date", "XXXX-02-14"), ("Halloween", "date", "XXXX-10-31")],
                 id="fr-fixed-days"),
    pytest.param("a day of thanksgiving for the harvest", "en", [], id="en-thanksgiving-in-lower-case-is-a-word"),
    pytest.param("Noël 2019 a été célébré au camp.", "fr", [("Noël 2019", "date", "2019-12-25")], id="fr-noel-year"),
    pytest.param("Ils partiront après la Toussaint.", "fr", [("la Toussaint", "date", "XXXX-11-01")],
                 id="fr-toussaint"),
    pytest.param("Le Nouvel An a été calme.", "fr", [("Nouvel An", "date", "XXXX-01-01")], id="fr-nouvel-an"),
    pytest.param("Pâques 2024 tombait le 31.", "fr",
                 [("Pâques 2024", "date", "2024-03-31"), ("le 31", "date", "2024-03-31")],
                 id="fr-paques-computed"),
    pytest.param("Le lundi de Pâques 2019 était férié.", "fr", [("lundi de Pâques 2019", "date", "2019-04-22")],
                 id="fr-lundi-de-paques"),
    pytest.param("Families met on Christmas Day.", "en", [("Christmas Day", "date", "XXXX-12-25")],
                 id="en-christmas"),
    pytest.param("En Navidad de 2020 llegaron 30.", "es", [("Navidad de 2020", "date", "2020-12-25")],
                 id="es-navidad"),
    pytest.param("La fête du 14 juillet a réuni la ville.", "fr", [("14 juillet", "date", "XXXX-07-14")],
                 id="fr-14-juillet"),
], negative=[
    pytest.param("Noël Martin, porte-parole, a répondu.", "fr", id="fr-noel-a-name"),
    pytest.param("L'ascension sociale des migrants.", "fr", id="fr-ascension-common-word"),
    pytest.param("Le père Toussaint Louverture.", "fr", id="fr-toussaint-name"),
], xfail=[
    pytest.param("Il arrivera pour l'Aïd.", "fr", [("l'Aïd", "date", "XXXX-XX-XX")], id="fr-movable-feast"),
])

NUMERIC_AND_DAY_FORMS = tables(positive=[
    pytest.param("Elle rentrera le 17/02.", "fr", [("le 17/02", "date", "XXXX-02-17")], id="fr-le-day-month"),
    pytest.param("Je reviendrai le 17 2.", "fr", [("le 17 2", "date", "XXXX-02-17")], id="fr-spaced-day-month"),
    pytest.param("Les cas des 9 et 14 février.", "fr",
                 [("9", "date", "XXXX-02-09"), ("14 février", "date", "XXXX-02-14")], id="fr-two-days-not-a-range"),
    pytest.param("Les 28 et 29 octobre 2019.", "fr", [("28 et 29 octobre 2019", "range", "2019-10-28", "2019-10-29")],
                 id="fr-two-following-days-a-range"),
    pytest.param("QUAND: 17 – 19 octobre 2013", "fr", [("17 – 19 octobre 2013", "range", "2013-10-17", "2013-10-19")],
                 id="fr-spaced-dash-after-label"),
    pytest.param("Elle part le 20 02 14", "fr", [("le 20 02 14", "date", "2014-02-20")], id="fr-spaced-two-digit-year"),
    pytest.param("Le rapport de 3/2015 est en ligne.", "fr", [("3/2015", "date", "2015-03")], id="fr-month-year"),
    pytest.param("Elle est née le premier mars 2013.", "fr", [("premier mars 2013", "date", "2013-03-01")],
                 id="fr-premier-mars"),
    pytest.param("Le séminaire, 13 au 15 juillet, a eu lieu.", "fr",
                 [("13 au 15 juillet", "range", "XXXX-07-13", "XXXX-07-15")], id="fr-range-without-du"),
    pytest.param("Absent en 16-nov. Puis le 2015-3-3.", "fr",
                 [("16-nov.", "date", "XXXX-11-16"), ("2015-3-3", "date", "2015-03-03")], id="fr-dash-forms"),
    pytest.param("Je ne serai pas ici au mois de fév.", "fr", [("fév.", "date", "XXXX-02")],
                 id="fr-abbreviation-after-mois-de"),
    pytest.param("Le 15 fev 2013, elle est partie.", "fr", [("15 fev 2013", "date", "2013-02-15")],
                 id="fr-fev"),
    pytest.param("je suis rentré pour le trente et un", "fr", [("le trente et un", "date", "XXXX-XX-31")],
                 id="fr-le-spelled-compound-day"),
    pytest.param("Arrivée le 21-04-2016.", "fr", [("21-04-2016", "date", "2016-04-21")], id="fr-dashed-numeric"),
    pytest.param("La réunion du 17/02 est confirmée.", "fr", [("17/02", "date", "XXXX-02-17")],
                 id="fr-du-day-month"),
    pytest.param("Je reviendrai le 20 02 2014.", "fr", [("20 02 2014", "date", "2014-02-20")],
                 id="fr-spaced-numeric"),
    pytest.param("Sorti en 2016-11, puis 2015/3 et 11 / 2016.", "fr",
                 [("2016-11", "date", "2016-11"), ("2015/3", "date", "2015-03"), ("11 / 2016", "date", "2016-11")],
                 id="fr-year-month-numeric"),
    pytest.param("Budget 2011-12 et 2016-17.", "fr",
                 [("2011-12", "range", "2011", "2012"), ("2016-17", "range", "2016", "2017")], id="fr-years-not-month"),
    pytest.param("Arrived on 02/22/2016.", "en", [("02/22/2016", "date", "2016-02-22")], id="en-month-first-numeric"),
    pytest.param("Du 13 au 18, la mission reste.", "fr", [("Du 13 au 18", "range", "XXXX-XX-13", "XXXX-XX-18")],
                 id="fr-days-without-month"),
    pytest.param("Entre le 13 et le dix-huit.", "fr",
                 [("Entre le 13 et le dix-huit", "range", "XXXX-XX-13", "XXXX-XX-18")], id="fr-entre-le-spelled"),
    pytest.param("Je suis rentré pour le 27 !", "fr", [("le 27", "date", "XXXX-XX-27")], id="fr-le-day-alone"),
    pytest.param("Absent du 10/01 au 11/07.", "fr", [("du 10/01 au 11/07", "range", "XXXX-01-10", "XXXX-07-11")],
                 id="fr-numeric-day-month-range"),
    pytest.param("En novembre de l'année 2016.", "fr", [("novembre de l'année 2016", "date", "2016-11")],
                 id="fr-de-l-annee"),
    pytest.param("Je suis rentré pour le vingt deux ?", "fr", [("le vingt deux", "date", "XXXX-XX-22")],
                 id="fr-le-spelled-day-alone"),
    pytest.param("Je suis rentré le 22ème.", "fr", [("le 22ème", "date", "XXXX-XX-22")], id="fr-le-day-eme"),
    pytest.param("Du treize au 15 juillet.", "fr", [("Du treize au 15 juillet", "range", "XXXX-07-13", "XXXX-07-15")],
                 id="fr-spelled-day-range"),
    pytest.param("Le vingt-deux mars, rien.", "fr", [("vingt-deux mars", "date", "XXXX-03-22")],
                 id="fr-spelled-day"),
    pytest.param("El dos de mayo de 1808 Madrid se levantó.", "es", [("dos de mayo de 1808", "date", "1808-05-02")],
                 id="es-spelled-day-earlier-year"),
    pytest.param("Se celebró el veintidós de marzo.", "es", [("veintidós de marzo", "date", "XXXX-03-22")],
                 id="es-spelled-day-compound"),
    pytest.param("Del dos al cinco de mayo.", "es", [("Del dos al cinco de mayo", "range", "XXXX-05-02", "XXXX-05-05")],
                 id="es-spelled-day-range"),
    pytest.param("Chegou no dia vinte e dois de março.", "pt", [("vinte e dois de março", "date", "XXXX-03-22")],
                 id="pt-spelled-day-compound"),
    pytest.param("A reunião de quinze de agosto.", "pt", [("quinze de agosto", "date", "XXXX-08-15")],
                 id="pt-spelled-day"),
], negative=[
    pytest.param("Once May comes, we leave.", "en", id="en-once-is-no-spelled-day"),
    pytest.param("Tenía dos hermanos y tres hijas.", "es", id="es-spelled-counts"),
    pytest.param("La Résolution 1/2015 a été adoptée.", "fr", id="fr-resolution-number"),
    pytest.param("La Convention de 1951 et le Protocol of 1967 protègent.", "fr", id="fr-years-in-names"),
    pytest.param("Il en reste 1/3 et 2/5.", "fr", id="fr-fractions"),
    pytest.param("De 1/3 à 2/5 des enfants, entre 1/2 et 3/4.", "fr", id="fr-fraction-ranges"),
    pytest.param("Le taux est passé de 2 à 5.", "fr", id="fr-de-a-counts"),
    pytest.param("Un service 24/7, au 06 20 02 2014 ou au +41 22 17 02 20.", "fr", id="fr-round-the-clock-phones"),
    pytest.param("Entre 13 et 18, ils sont partis.", "fr", id="fr-entre-counts-without-article"),
    pytest.param("Ils sont dix sept personnes.", "fr", id="fr-spelled-count-before-abbreviation"),
    pytest.param("Il est le premier. Elle est la deuxième.", "fr", id="fr-le-premier-ordinal"),
    pytest.param("Divisé en sept parts.", "fr", id="fr-sept-number"),
    pytest.param("Appelez le 022 717 91 11.", "fr", id="fr-phone"),
    pytest.param("L'article 13 au 15 du code.", "fr", id="fr-article-numbers"),
    pytest.param("Appelez le 22 12 34 56 78.", "fr", id="fr-spaced-phone-after-article"),
    pytest.param("Ils étaient le 15 000.", "fr", id="fr-spaced-thousands-after-article"),
    pytest.param("Le 17 2 fois plus grand.", "fr", id="fr-spaced-not-clause-end"),
], xfail=[])

OPEN_RANGES = tables(positive=[
    pytest.param("Data from 1990 to the present show a rise.", "en", [("from 1990 to the present", "range", "1990",
                                                                         None)], id="en-a-range-to-the-present"),
    pytest.param("Desde 2015 hasta la fecha, no de 2015 a la fecha de la elección.", "es",
                 [("Desde 2015 hasta la fecha", "range", "2015", None), ("2015", "date", "2015")],
                 id="es-a-range-to-the-present-not-to-a-date-of"),
    pytest.param("De 1990 à nos jours, la population a doublé.", "fr",
                 [("De 1990 à nos jours", "range", "1990", None)], id="fr-a-range-to-the-present"),
    pytest.param("À partir du 8, la mission reprend.", "fr", [("À partir du 8", "range", "XXXX-XX-08", None)],
                 id="fr-a-partir-day-alone"),
    pytest.param("À partir du 8 mars, les écoles rouvrent.", "fr",
                 [("À partir du 8 mars", "range", "XXXX-03-08", None)], id="fr-a-partir-du"),
    pytest.param("Après le 1er novembre, le camp fermera.", "fr",
                 [("Après le 1er novembre", "range", "XXXX-11-01", None)], id="fr-apres-le"),
    pytest.param("Avant 2015, la route était sûre.", "fr", [("Avant 2015", "range", None, "2015")],
                 id="fr-avant"),
    pytest.param("Dès 2016, les arrivées ont augmenté.", "fr", [("Dès 2016", "range", "2016", None)], id="fr-des"),
    pytest.param("After 2010 the flows changed.", "en", [("After 2010", "range", "2010", None)], id="en-after"),
    pytest.param("A partir de 2012 se duplicaron.", "es", [("A partir de 2012", "range", "2012", None)],
                 id="es-a-partir-de"),
    pytest.param("À partir d'avril 2024, les écoles rouvrent.", "fr",
                 [("À partir d'avril 2024", "range", "2024-04", None)], id="fr-a-partir-d-apostrophe"),
    pytest.param("Rations were reduced from April onwards.", "en", [("from April onwards", "range", "XXXX-04", None)],
                 id="en-from-onwards"),
    pytest.param("De 2024 en adelante, nadie caminará.", "es", [("De 2024 en adelante", "range", "2024", None)],
                 id="es-en-adelante"),
    pytest.param("La loi s'applique à compter du 1er janvier 2026.", "fr",
                 [("à compter du 1er janvier 2026", "range", "2026-01-01", None)], id="fr-a-compter-du"),
    pytest.param("O decreto vale a contar de 1 de janeiro de 2026.", "pt",
                 [("a contar de 1 de janeiro de 2026", "range", "2026-01-01", None)], id="pt-a-contar-de"),
    pytest.param("Pour la période d'octobre à décembre, le plan.", "fr",
                 [("d'octobre à décembre", "range", "XXXX-10", "XXXX-12")], id="fr-elided-de-opens-a-range"),
    pytest.param("D'ici à septembre prochain, le plan sera prêt.", "fr",
                 [("D'ici à septembre prochain", "relative", "until:next:09")], id="fr-until-a-relative-month"),
], negative=[
    pytest.param("Après avoir marché des jours, ils sont arrivés.", "fr", id="fr-apres-verb"),
    pytest.param("Avant de partir, elle a signé.", "fr", id="fr-avant-de"),
], xfail=[
])

TIMES = tables(positive=[
    pytest.param("La réunion du 4 mars 2024 à 14h30 est ouverte.", "fr",
                 [("4 mars 2024 à 14h30", "date", "2024-03-04T14:30")], id="fr-date-and-time"),
    pytest.param("Le bateau est arrivé à 14 h 30 au port.", "fr", [("14 h 30", "time", "T14:30")],
                 id="fr-time-alone"),
    pytest.param("Le point presse aura lieu à 10 heures GMT.", "fr", [("10 heures GMT", "time", "T10")],
                 id="fr-heures-gmt"),
    pytest.param("On se retrouve à midi.", "fr", [("midi", "time", "T12:00")], id="fr-midi"),
    pytest.param("The boat left at 8:30 a.m. on March 4, 2024 at 9 p.m.", "en",
                 [("8:30 a.m.", "time", "T08:30"), ("March 4, 2024 at 9 p.m.", "date", "2024-03-04T21")],
                 id="en-am-pm"),
    pytest.param("La reunión empieza a las 10 en Quito.", "es", [("10", "time", "T10")], id="es-a-las"),
], negative=[
    pytest.param("Le trajet de 20 heures a épuisé les enfants.", "fr", id="fr-duration-heures"),
    pytest.param("Ils travaillent 24 heures sur 24.", "fr", id="fr-round-the-clock"),
    pytest.param("Le match s'est fini 2:1.", "fr", id="fr-score"),
    pytest.param("Ils sont arrivés l'après-midi.", "fr", id="fr-apres-midi"),
    pytest.param("Las 10 mujeres llegaron.", "es", id="es-las-count"),
    pytest.param("The trip took 10 hours.", "en", id="en-duration"),
], xfail=[
    pytest.param("Le rendez-vous est à 14.30.", "fr", [("14.30", "time", "T14:30")], id="fr-dot-time"),
])


# a date without its year and the word giving its side of the reference: the word joins the mention
SIDE_WORDS = [
    pytest.param("Le 1er octobre dernier, le Conseil a voté la résolution.", "fr",
                 [("1er octobre dernier", "date", "XXXX-10-01")], id="fr-day-dernier"),
    pytest.param("Il se réunira le 15 mars prochain à Genève.", "fr",
                 [("15 mars prochain", "date", "XXXX-03-15")], id="fr-day-prochain"),
    pytest.param("Desde el 1 de enero de 2021 hasta el 31 de agosto.", "es",
                 [("Desde el 1 de enero de 2021 hasta el 31 de agosto", "range", "2021-01-01", "2021-08-31")],
                 id="es-the-end-takes-the-start-s-year"),
    pytest.param("du 1er novembre 2020 au 31 mars", "fr",
                 [("du 1er novembre 2020 au 31 mars", "range", "2020-11-01", "2021-03-31")],
                 id="fr-the-end-takes-the-next-year"),
    pytest.param("As aulas estão suspensas desde o dia 24 de março de 2021.", "pt",
                 [("desde o dia 24 de março de 2021", "range", "2021-03-24", None)], id="pt-desde-o-dia"),
    pytest.param("Les écoles sont fermées depuis le 2 mai dernier.", "fr",
                 [("depuis le 2 mai dernier", "range", "XXXX-05-02", None)], id="fr-since-dernier"),
    pytest.param("Du 3 au 5 mars prochain, le forum réunira les maires.", "fr",
                 [("Du 3 au 5 mars prochain", "range", "XXXX-03-03", "XXXX-03-05")], id="fr-range-prochain"),
    pytest.param("El pasado 3 de marzo, el barco zarpó de Trípoli.", "es",
                 [("El pasado 3 de marzo", "date", "XXXX-03-03")], id="es-el-pasado-before"),
    pytest.param("La cumbre se celebrará el próximo 15 de abril en Quito.", "es",
                 [("el próximo 15 de abril", "date", "XXXX-04-15")], id="es-el-proximo-before"),
    pytest.param("El 3 de marzo pasado, el barco zarpó.", "es", [("3 de marzo pasado", "date", "XXXX-03-03")],
                 id="es-pasado-after"),
    # the word stays out: the date has its year, a comma or a line end stands between, it is a month alone
    pytest.param("Le 5 mai 2023, dernier jour du forum, les maires ont signé.", "fr",
                 [("5 mai 2023", "date", "2023-05-05")], id="fr-year-written-comma"),
    pytest.param("Les dossiers sont attendus le 3 mars, dernier délai.", "fr",
                 [("3 mars", "date", "XXXX-03-03")], id="fr-comma-between"),
    pytest.param("La liste close le 3 mars\ndernier point : les budgets.", "fr",
                 [("3 mars", "date", "XXXX-03-03")], id="fr-line-end-between"),
    pytest.param("En octobre dernier, le camp a fermé.", "fr", [("octobre dernier", "relative", "last:10")],
                 id="fr-month-alone-stays-relative"),
    pytest.param("The summit opens next March 3.", "en", [("next March 3", "date", "XXXX-03-03")],
                 id="en-next-month-day"),
    # a month or day in a relative year: the year joins the mention, which keeps the value as written
    pytest.param("Arrivals peaked in March last year.", "en", [("March last year", "date", "XXXX-03")],
                 id="en-month-last-year"),
    pytest.param("From March to June of last year, arrivals fell.", "en",
                 [("From March to June of last year", "range", "XXXX-03", "XXXX-06")], id="en-months-of-last-year"),
    pytest.param("Les pluies de mars de l'année dernière ont tout emporté.", "fr",
                 [("mars de l'année dernière", "date", "XXXX-03")], id="fr-mois-de-l-annee-derniere"),
    pytest.param("La misión llegará en junio del próximo año.", "es", [("junio del próximo año", "date", "XXXX-06")],
                 id="es-mes-del-proximo-ano"),
    pytest.param("O acordo foi assinado a 3 de março deste ano.", "pt",
                 [("3 de março deste ano", "date", "XXXX-03-03")], id="pt-dia-deste-ano"),
    pytest.param("En mars, l'année dernière fut la pire.", "fr",
                 [("mars", "date", "XXXX-03"), ("l'année dernière", "relative", "last_year")],
                 id="fr-a-comma-keeps-them-apart"),
]


@pytest.mark.parametrize(("text", "lang", "resolved"), [
    pytest.param("in March last year", "en", "2012-03", id="en-month-last-year"),
    pytest.param("the meeting on 3 March next year", "en", "2014-03-03", id="en-day-next-year"),
    pytest.param("las cifras de julio del año pasado", "es", "2012-07", id="es-month-del-ano-pasado"),
    pytest.param("de marzo a junio del año pasado", "es", {"from": "2012-03", "to": "2012-06"},
                 id="es-months-del-ano-pasado"),
    pytest.param("le 29 février de l'année prochaine", "fr", None, id="fr-a-day-that-year-has-not"),
])
def test_month_in_a_relative_year_resolved(text: str, lang: str, resolved: object) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert item["resolved"] == resolved


# a date without its year in the sentence of a date whose year is written: that year (the story's), or the next
@pytest.mark.parametrize(("text", "lang", "resolved"), [
    pytest.param("En 1962, les accords sont signés le 18 mars.", "fr", "1962-03-18", id="fr-the-year-written-before"),
    pytest.param("Easter 2022 falls on 17 April.", "en", "2022-04-17", id="en-a-holiday-s-year"),
    pytest.param("Le 5 décembre 2023, le camp ouvre ; le 3 janvier, il ferme.", "fr", "2024-01-03",
                 id="fr-a-month-before-the-written-one-is-the-next-year-s"),
    pytest.param("En 2019, rien. Le 18 mars, tout change.", "fr", "2013-03-18", id="fr-not-across-a-sentence-end"),
    pytest.param("El programa, iniciado en 2008, concluirá el 31 de diciembre.", "es", "2013-12-31",
                 id="es-a-future-sentence-keeps-to-the-reference"),
])
def test_the_year_written_earlier_in_the_sentence(text: str, lang: str, resolved: object) -> None:
    assert find(text, lang=lang, reference=REFERENCE)[-1]["resolved"] == resolved


# two weekdays joined by a range's words: one mention, the last day on or after the first
@pytest.mark.parametrize(("text", "lang", "expected", "resolved"), [
    pytest.param("Il sera absent de lundi à mercredi.", "fr",
                 ("de lundi à mercredi", "weekday:monday..weekday:wednesday"),
                 {"from": "2013-02-18", "to": "2013-02-20"}, id="fr-future-next-week-s"),
    pytest.param("The office was closed from Friday to Monday.", "en",
                 ("from Friday to Monday", "weekday:friday..weekday:monday"),
                 {"from": "2013-02-08", "to": "2013-02-11"}, id="en-past-across-a-weekend"),
])
def test_a_range_of_weekdays(text: str, lang: str, expected: tuple, resolved: dict) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert ((item["text"], item["relative"]), item["resolved"]) == (expected, resolved)


# an open range of a season ("avant l'été prochain") raised KeyError 'until:next'; the last season is the one that has
# ended by the reference's month, the next one the one not yet begun
@pytest.mark.parametrize(("text", "lang", "reference", "resolved"), [
    pytest.param("avant l'été prochain", "fr", datetime.date(2022, 10, 13), {"from": None, "to": "2023-08"},
                 id="fr-until-next-summer"),
    pytest.param("since last winter", "en", datetime.date(2022, 10, 13), {"from": "2021-12", "to": None},
                 id="en-since-last-winter"),
    pytest.param("l'été dernier", "fr", datetime.date(2022, 10, 13), {"from": "2022-06", "to": "2022-08"},
                 id="fr-last-summer-said-in-october-is-this-year-s"),
    pytest.param("l'été dernier", "fr", datetime.date(2022, 7, 1), {"from": "2021-06", "to": "2021-08"},
                 id="fr-last-summer-said-in-july-is-last-year-s"),
    pytest.param("next winter", "en", datetime.date(2022, 12, 20), {"from": "2023-12", "to": "2024-02"},
                 id="en-next-winter-said-in-winter"),
])
def test_seasons_and_their_open_ranges(text: str, lang: str, reference: datetime.date, resolved: object) -> None:
    (item,) = find(text, lang=lang, reference=reference)
    assert item["resolved"] == resolved


# a past tense told by its ending (lexicon PAST_ENDINGS): a month without its year is the last one
@pytest.mark.parametrize(("text", "lang", "resolved"), [
    pytest.param("La misión llegó en marzo a Quito.", "es", "2012-03", id="es-preterite-singular"),
    pytest.param("Las lluvias afectaron en marzo a miles de familias.", "es", "2012-03", id="es-preterite-plural"),
    pytest.param("A UE anunciou em março um novo pacote.", "pt", "2012-03", id="pt-perfeito"),
    pytest.param("La misión llegará en marzo a Quito.", "es", "2013-03", id="es-future-stays-ahead"),
    pytest.param("La cumbre tuvo lugar en marzo.", "es", "2012-03", id="es-an-irregular-preterite"),
    pytest.param("El huracán tocó tierra en marzo.", "es", "2012-03", id="es-a-four-letter-preterite"),
    pytest.param("A produção caiu em março.", "pt", "2012-03", id="pt-an-irregular-perfeito"),
    pytest.param("Cerraremos la oficina en enero.", "es", "2014-01", id="es-first-person-plural-future"),
    pytest.param("Faremos a entrega em janeiro.", "pt", "2014-01", id="pt-first-person-plural-future"),
])
def test_past_tense_told_by_its_ending(text: str, lang: str, resolved: object) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert item["resolved"] == resolved


@pytest.mark.parametrize(("text", "lang", "expected"), SIDE_WORDS)
def test_side_words(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), COUNTED_RELATIVE)
def test_counted_relative(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), RELATIVE_PERIODS)
def test_relative_periods(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), PARTS_SEASONS_DECADES)
def test_parts_seasons_decades(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NTH_PERIODS_AND_CODES)
def test_nth_periods_and_codes(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), HOLIDAYS)
def test_holidays(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NUMERIC_AND_DAY_FORMS)
def test_numeric_and_day_forms(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), OPEN_RANGES)
def test_open_ranges(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), TIMES)
def test_times(text: str, lang: str, expected: list[tuple]) -> None:
    items = find(text, lang=lang)
    assert [summary(i) for i in items] == expected
    for item in items:
        assert item["precision"] == ("minute" if ":" in item["value"] else "hour")


@pytest.mark.parametrize(("text", "resolved"), [
    pytest.param("dans deux mois", "2013-04-12", id="in-months-a-day"),
    pytest.param("il y a deux ans", "2011-02-12", id="ago-years-a-day"),
    pytest.param("dans 1 semaine", "2013-02-19", id="in-week-a-day"),
    pytest.param("il y a trois jours", "2013-02-09", id="ago-days"),
    pytest.param("deux jours plus tard", "2013-02-14", id="later-days"),
    pytest.param("en fin de semaine", {"from": "2013-02-14", "to": "2013-02-17"}, id="late-this-week"),
    pytest.param("en fin de mois", {"from": "2013-02-21", "to": "2013-02-28"}, id="late-this-month"),
    pytest.param("au début de l'année", {"from": "2013-01", "to": "2013-02"}, id="early-this-year"),
    pytest.param("cet hiver", {"from": "2012-12", "to": "2013-02"}, id="this-winter-spans-years"),
    pytest.param("les 2 derniers mois", {"from": "2012-12", "to": "2013-01"}, id="last-n-months"),
    pytest.param("les 3 prochaines semaines", {"from": "2013-W08", "to": "2013-W10"}, id="next-n-weeks"),
    pytest.param("les 2 dernières années", {"from": "2011", "to": "2012"}, id="last-n-years"),
    pytest.param("Pâques", "2013-03-31", id="easter-reference-year"),
    pytest.param("cette décennie", {"from": "2010", "to": "2019"}, id="this-decade"),
    pytest.param("lundi de la semaine prochaine", "2013-02-18", id="weekday-of-next-week"),
    pytest.param("lundi en huit", "2013-02-25", id="weekday-en-huit"),
    pytest.param("mardi en quinze", "2013-02-26", id="weekday-en-quinze-from-that-day"),
    pytest.param("le lendemain", "2013-02-13", id="next-day-of-reference"),
    pytest.param("la deuxième semaine de mars", {"from": "2013-03-11", "to": "2013-03-17"}, id="nth-week-closest"),
    pytest.param("le 16", "2013-02-16", id="day-alone-closest-month"),
    pytest.param("du 28 au 3", {"from": "2013-01-28", "to": "2013-02-03"}, id="days-across-months"),
    pytest.param("le 4 mars 2024 à 14h30", "2024-03-04T14:30", id="date-time"),
    pytest.param("à 10 heures", "2013-02-12T10", id="time-alone"),
    pytest.param("à partir du 8 mars, les écoles rouvriront", {"from": "2013-03-08", "to": None},
                 id="from-date-future"),
    pytest.param("depuis le 8 mars", {"from": "2012-03-08", "to": None}, id="since-date-begun"),
    pytest.param("à partir du 8", {"from": "2013-03-08", "to": None}, id="from-day-forward-without-tense"),
    pytest.param("après le 1er novembre", {"from": "2013-11-01", "to": None}, id="after-date-forward"),
    pytest.param("Après le 1er novembre, le camp a fermé.", {"from": "2012-11-01", "to": None}, id="after-date-past"),
    pytest.param("le 10 février prochain", "2014-02-10", id="day-prochain-the-coming-one"),
    pytest.param("le 20 février dernier", "2012-02-20", id="day-dernier-the-last-one"),
    pytest.param("le 20 février dernier, ils reviendront", "2012-02-20", id="day-dernier-before-a-future-verb"),
    pytest.param("el próximo 10 de febrero", "2014-02-10", id="es-el-proximo"),
    pytest.param("du 3 au 5 mars dernier", {"from": "2012-03-03", "to": "2012-03-05"}, id="days-dernier"),
    pytest.param("le trimestre prochain", {"from": "2013-04", "to": "2013-06"}, id="next-quarter-its-months"),
    pytest.param("au cours des 72 dernières heures", {"from": "2013-02-09", "to": "2013-02-12"},
                 id="last-n-hours-the-days-they-reach"),
    pytest.param("il y a 48 heures", "2013-02-10", id="hours-ago-a-day"),
    pytest.param("Le vote a lieu ce jeudi.", "2013-02-14", id="ce-jeudi-of-the-reference-week"),
    pytest.param("Le conseil s'est réuni ce lundi.", "2013-02-11", id="ce-lundi-of-the-reference-week"),
    pytest.param("ce week-end", {"from": "2013-02-16", "to": "2013-02-17"}, id="this-weekend-its-two-days"),
    pytest.param("Depuis l'an dernier, les prix montent.", {"from": "2012", "to": None}, id="since-a-relative-year"),
    pytest.param("depuis la fin de l’année dernière", {"from": "2012-11", "to": None}, id="since-late-last-year"),
    pytest.param("jusqu'à la semaine prochaine", {"from": None, "to": "2013-W08"}, id="until-a-relative-week"),
    pytest.param("depuis mercredi", {"from": "2013-02-06", "to": None}, id="since-a-weekday-the-last-one"),
    pytest.param("depuis aujourd'hui jusqu'à demain", {"from": "2013-02-12", "to": "2013-02-13"},
                 id="since-today-until-tomorrow-one-range"),
    pytest.param("en début d'année prochaine", {"from": "2014-01", "to": "2014-02"}, id="early-next-year"),
    pytest.param("la fin du mois dernier", {"from": "2013-01-21", "to": "2013-01-31"}, id="late-last-month"),
    pytest.param("this March", "2013-03", id="this-month-name-of-the-reference-year"),
    pytest.param("le second semestre de cette année", {"from": "2013-07", "to": "2013-12"}, id="second-half-year"),
    pytest.param("à la fin de l'année dernière", {"from": "2012-11", "to": "2012-12"},
                 id="part-of-this-year-then-its-side-word"),
    pytest.param("à la fin de la semaine prochaine", {"from": "2013-02-21", "to": "2013-02-24"},
                 id="part-of-this-week-then-its-side-word"),
])
def test_resolved(text: str, resolved: object) -> None:
    (item,) = find(text, reference=REFERENCE)
    assert item["resolved"] == resolved


@pytest.mark.parametrize(("lang", "text", "resolved"), [
    pytest.param("es", "al final del año pasado", {"from": "2012-11", "to": "2012-12"}, id="es-part-then-side-word"),
    pytest.param("pt", "no início do mês que vem", {"from": "2013-03-01", "to": "2013-03-10"},
                 id="pt-part-then-side-word"),
    # a part word, its link and a period, composed (lexicon PERIOD_PARTS, PART_LINKS, PART_PERIOD_NOUNS)
    pytest.param("fr", "depuis le début du mois", {"from": "2013-02-01", "to": None}, id="fr-since-part-of-the-month"),
    pytest.param("fr", "depuis la fin de la semaine dernière", {"from": "2013-02-07", "to": None},
                 id="fr-since-part-of-last-week"),
    pytest.param("fr", "attendue pour le milieu de l'année", {"from": "2013-06", "to": "2013-07"}, id="fr-mid-year"),
    pytest.param("en", "since the start of the month", {"from": "2013-02-01", "to": None}, id="en-since-month-start"),
    pytest.param("en", "by the middle of next month", {"from": None, "to": "2013-03-20"}, id="en-until-mid-next-month"),
    pytest.param("es", "a mediados de mes", {"from": "2013-02-11", "to": "2013-02-20"}, id="es-mid-month-bare-noun"),
    pytest.param("es", "desde finales del año pasado", {"from": "2012-11", "to": None}, id="es-since-late-last-year"),
    pytest.param("pt", "em meados do ano", {"from": "2013-06", "to": "2013-07"}, id="pt-mid-year"),
    pytest.param("pt", "desde o início da semana", {"from": "2013-02-11", "to": None}, id="pt-since-start-of-week"),
])
def test_resolved_in_language(lang: str, text: str, resolved: object) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert item["resolved"] == resolved


@pytest.mark.parametrize(("lang", "text", "ahead"), [
    pytest.param("en", "Within 48 hours, 2,000 tents had been dispatched.", [], id="en-within-in-the-past-a-span"),
    pytest.param("en", "We will deliver the kits within two weeks.", ["within two weeks"], id="en-within-ahead"),
    pytest.param("en", "The vote is in two weeks.", ["in two weeks"], id="en-in-no-tense-ahead"),
    pytest.param("fr", "Le programme sera mis en œuvre en deux ans.", [], id="fr-en-is-a-span-in-french"),
    pytest.param("fr", "Nous reviendrons dans deux semaines.", ["dans deux semaines"], id="fr-dans-ahead"),
    pytest.param("es", "Lo terminaremos en dos semanas.", ["en dos semanas"], id="es-en-future-ahead"),
])
def test_a_count_after_in_is_ahead_by_its_word_and_tense(lang: str, text: str, ahead: list[str]) -> None:
    """The word before a count says whether it is a point ahead, in the page's language (lexicon IN_BEFORE,
    IN_BEFORE_IF_AHEAD, IN_BEFORE_UNLESS_PAST): another language's "en" is no cue."""
    assert [i["text"] for i in find(text, lang=lang, reference=REFERENCE)] == ahead


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("fr", "à la fin du mois de mars", ("à la fin du mois de mars", "this:03", "2013-03"), id="fr-de"),
    pytest.param("fr", "au début du mois d’avril", ("au début du mois d’avril", "this:04", "2013-04"), id="fr-elided"),
    pytest.param("en", "at the end of the month of March", ("the end of the month of March", "this:03", "2013-03"),
                 id="en-of"),
    pytest.param("es", "a finales del mes de mayo", ("a finales del mes de mayo", "this:05", "2013-05"), id="es-de"),
])
def test_a_month_named_after_a_part_of_the_month_is_the_period(lang: str, text: str, expected: tuple) -> None:
    """"fin du mois de mars": the month written after the period noun is the period (March of the reference's
    year, as "ce mois de mars"), not the reference's month and a month."""
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert (item["text"], item["relative"], item["resolved"]) == expected


def test_next_opens_a_weekday_though_it_ends_the_week_after_next() -> None:
    """"next" is an anchor word (the last of "the week after next"); it opens "next Friday" all the same."""
    assert [summary(i) for i in find("See you next Friday, the week after next.", lang="en")] == [
        ("next Friday", "relative", "next_weekday:friday"), ("the week after next", "relative", "week_after_next")]


def test_the_week_after_next_and_this_friday_in_english() -> None:
    items = find("Not this Friday but the week after next.", lang="en", reference=REFERENCE)
    assert [(i["relative"], i["resolved"]) for i in items] == [("this_weekday:friday", "2013-02-15"),
                                                               ("week_after_next", "2013-W09")]


def test_event_day_follows_the_last_day() -> None:
    """"Le lendemain" after a date is the day after that date, not after the reference."""
    items = find("Le 3 mars 2012, ils sont partis. Le lendemain, rien.", reference=REFERENCE)
    assert [i["resolved"] for i in items] == ["2012-03-03", "2012-03-04"]


def test_easter_dates() -> None:
    """Easter Sunday by the computus, checked on known years."""
    from oimx.extract.dates.holidays import easter_day

    assert [easter_day(y) for y in (2000, 2013, 2019, 2024, 2038)] == [
        (2000, 4, 23), (2013, 3, 31), (2019, 4, 21), (2024, 3, 31), (2038, 4, 25)]


def test_long_line_of_dates_is_linear() -> None:
    """A single line full of dates costs the same number of pattern tries per character at
    100 KB as at 10 KB (counted, not timed: issue 9 item 11)."""
    from oimx.extract.dates import scan

    unit = "du 3 au 5 mars 2021, le 17/02, dans deux mois, à 14h30, Noël 2019 et les années 70 ; "
    counts = []
    for size in (10_000, 100_000):
        text = (unit * (size // len(unit) + 1))[:size]
        tries = 0
        original = scan.pattern

        def counting(name: str, original=original):
            nonlocal tries
            tries += 1
            return original(name)

        scan.pattern = counting
        try:
            items = find(text)
        finally:
            scan.pattern = original
        assert len(items) > size // 60
        counts.append(tries / size)
    assert counts[1] <= counts[0] * 1.5


@pytest.mark.parametrize("reference", [datetime.date(2023, 6, 1), datetime.date(2024, 2, 29),
                                       datetime.date(2023, 3, 1)])
def test_every_resolved_day_is_a_real_day(reference: datetime.date) -> None:
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
    texts = [f"le {day} {month}{side}" for day in (28, 29, 30, 31) for month in months
             for side in ("", " dernier", " prochain")] + [f"du {day} au 3" for day in (29, 30, 31)] \
        + [f"du {day} février au 3 mars" for day in (28, 29)]
    for text in texts:
        for item in find(text, reference=reference):
            resolved = item["resolved"]
            for value in (resolved.values() if isinstance(resolved, dict) else [resolved]):
                if value is not None and len(value) >= 10:
                    datetime.date.fromisoformat(value[:10])  # raises for "2023-02-29"


# a day written with its weekday falls on it: the closest month (no month written) or year (no year) where it does,
# within a year of the reference; a weekday that fits no such date is set aside
@pytest.mark.parametrize(("text", "lang", "resolved"), [
    pytest.param("mercredi 13", "fr", "2013-02-13", id="fr-the-next-day"),
    pytest.param("Il est arrivé jeudi 15 à Goma.", "fr", "2012-11-15", id="fr-the-closest-month-it-fits"),
    pytest.param("The talks open on Friday 15 March.", "en", "2013-03-15", id="en-the-year-it-fits"),
    pytest.param("Le sommet a eu lieu mardi 18 mars.", "fr", "2012-03-18", id="fr-no-year-it-fits-in-the-past"),
])
def test_a_day_written_with_its_weekday(text: str, lang: str, resolved: str) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert item["resolved"] == resolved


# a relative day followed by its time stays relative, its time as its value, and resolves to that day at that time
@pytest.mark.parametrize(("text", "lang", "expected"), [
    pytest.param("Les cours reprennent lundi à 9 heures.", "fr",
                  ("lundi à 9 heures", "weekday:monday", "T09", "2013-02-11T09"), id="fr-weekday"),
    pytest.param("La conférence aura lieu demain à 10h30.", "fr",
                  ("demain à 10h30", "tomorrow", "T10:30", "2013-02-13T10:30"), id="fr-tomorrow"),
    pytest.param("We meet next Friday at 3 p.m.", "en",
                  ("next Friday at 3 p.m.", "next_weekday:friday", "T15", "2013-02-15T15"), id="en-next-weekday"),
])
def test_a_relative_day_and_its_time(text: str, lang: str, expected: tuple) -> None:
    (item,) = find(text, lang=lang, reference=REFERENCE)
    assert (item["text"], item["relative"], item["value"], item["resolved"]) == expected


# A year-less date takes the tense of its own clause when it tells one (a relative, an apposition), else its
# sentence's: REFERENCE is 12 February 2013
CLAUSE_TENSES = [
    pytest.param("en", "The report, released on 20 January, will be presented next month.", "20 January",
                 "2013-01-20", id="en-apposition-in-the-past-main-verb-future"),
    pytest.param("en", "The team, which arrived on 2 February, will leave on 3 March.", "2 February",
                 "2013-02-02", id="en-relative-in-the-past"),
    pytest.param("en", "The team, which arrived on 2 February, will leave on 3 March.", "3 March",
                 "2013-03-03", id="en-main-clause-future"),
    pytest.param("es", "El informe, que se publicó el 20 de enero, será presentado a los donantes.", "20 de enero",
                 "2013-01-20", id="es-relative-preterite"),
    pytest.param("en", "On 20 January, the minister will open the new centre.", "20 January", "2014-01-20",
                 id="en-a-clause-telling-no-tense-takes-its-sentence-s"),
    pytest.param("en", "The centre will be launched on 20 January.", "20 January", "2014-01-20",
                 id="en-a-participle-after-will-is-future"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "resolved"), CLAUSE_TENSES)
def test_a_year_less_date_takes_its_clause_s_tense(lang: str, text: str, mention: str, resolved: str) -> None:
    (item,) = [item for item in find(text, lang=lang, reference=REFERENCE) if item["text"] == mention]
    assert item["resolved"] == resolved
