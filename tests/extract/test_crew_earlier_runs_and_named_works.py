"""Credits told of another work, not the article's: the show's earlier seasons ("Season three,
directed by X, debuted in 2024"), a work someone voiced in or one the work is compared to, and
the writer of a book someone means to adapt next."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_crew

LEDE = (
    "Two newcomers have joined the cast of Quillon's Brisgale Forever, the film that ends the show."
)
OURS = "The film is directed by Halden Prye."


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_crew(LEDE, OURS, sentence)


def test_a_numbered_season_released_with_its_director_set_off() -> None:
    found = _served("Season three, directed by Tamsa Revick, debuted on Quillon on 3 October 2024.")
    assert ("director", "Tamsa Revick") not in found
    assert ("director", "Halden Prye") in found


def test_the_first_of_the_seasons_directed_in_a_relative_clause() -> None:
    found = _served(
        "Quillon ordered the film after three seasons of the series, the first of which "
        "premiered in April 2022 and was directed by Orvin Skelland."
    )
    assert ("director", "Orvin Skelland") not in found


def test_the_series_began_under_a_director() -> None:
    found = _served(
        "Fans of the series – which began in April 2022 under director Orvin Skelland – will find "
        "plenty of callbacks, including the return of the bookish Isaac."
    )
    assert ("director", "Orvin Skelland") not in found


def test_later_seasons_each_directed_by() -> None:
    found = _served(
        "Seasons two and three followed in 2023 and 2024, each directed by Orvin Skelland or "
        "Tamsa Revick."
    )
    assert not {("director", "Orvin Skelland"), ("director", "Tamsa Revick")} & found


def test_a_season_still_to_come_keeps_its_director() -> None:
    found = served_crew(
        "Quillon has renewed Brisgale for a third season.",
        "Season three, directed by Tamsa Revick, debuts on Quillon in May.",
        title="Brisgale season three: everything we know",
    )
    assert ("director", "Tamsa Revick") in found


def test_a_film_voiced_in_under_its_studios_possessive() -> None:
    found = facts(
        "Filming on Brisgale Forever has wrapped after ten weeks.",
        OURS,
        "The lead has since voiced the gosling Tibbet in Ormstead' The Copper Gull, directed by "
        "Ferris Albain.",
        title="How the Brisgale cast said goodbye",
    )
    assert ("director", "Ferris Albain") not in served_credits(found)


def test_a_work_the_show_is_compared_to() -> None:
    found = _served(
        "Some fans have compared it to The Tales of Orrimor, directed by Ferris Albain."
    )
    assert ("director", "Ferris Albain") not in found


def test_the_writer_of_a_book_adapted_next() -> None:
    found = _served("Next, she hopes to adapt a short-story collection by the writer Kestra Doyle.")
    assert ("writer", "Kestra Doyle") not in found
