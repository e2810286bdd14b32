"""A capitalised run can open on a word that is no part of the name: a noun for where someone
is from ("the Dubliner Maud Tierney") or a month after a preposition ("in June Lodestar
announced"). The quote goes to the name after it, never to "Dubliner Maud Tierney" or to a
person called "June Lodestar"; a given name that is also a month or a short place noun stays."""

from tests.extract.helpers import facts, served_quotes


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs))


def test_a_city_noun_before_a_director_is_no_part_of_her_name() -> None:
    assert _served(
        "Directed by the Dubliner Maud Tierney, Harrow Light follows two sisters on a ferry.",
        "“We shot it in eleven days,” Tierney told us after the screening.",
    ) == [("We shot it i", "Maud Tierney")]


def test_a_nation_noun_before_an_actor_is_no_part_of_his_name() -> None:
    assert _served(
        "The Welshman Gethin Probert-Lyle plays the skipper in Harrow Light.",
        "“I was seasick for a month,” Probert-Lyle said.",
    ) == [("I was seasic", "Gethin Probert-Lyle")]


def test_a_short_place_noun_that_is_a_given_name_stays() -> None:
    assert _served(
        "Harrow Light is directed by Dane Ellory Marchbank.",
        "“We shot it in eleven days,” Marchbank said.",
    ) == [("We shot it i", "Dane Ellory Marchbank")]


def test_a_month_after_in_does_not_make_a_company_a_person() -> None:
    quotes = facts(
        "Filming began on Monday. Lodestar confirmed it with the caption “Day one of many.”",
        "Back in June Lodestar announced the film. Ivo Garnett is directing.",
    ).quotes
    assert all(q.speaker != "June Lodestar" for q in quotes)
    assert "June Lodestar" not in facts("Back in June Lodestar announced the film.").people


def test_a_month_that_is_a_given_name_stays() -> None:
    assert _served(
        "Harrow Light is directed by June Halloway.",
        "“We shot it in eleven days,” Halloway said.",
    ) == [("We shot it i", "June Halloway")]
