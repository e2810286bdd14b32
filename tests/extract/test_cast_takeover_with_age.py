"""A successor told with an age after the name ("Y, 22, takes over the role") takes the part
the sentence before says was left, as a plain "Y takes over" does."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _current(found: ArticleFacts, actor: str, part: str) -> bool:
    return any(
        f.actor == actor and f.character == part and f.served and f.status is CastStatus.CURRENT
        for f in found.cast
    )


def test_an_aged_newcomer_takes_over_the_role() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Marta Quell, who was cast as lighthouse keeper Ines Roake back in May, has left the "
        "film. Scottish newcomer Fenna Darrow, 22, takes over the role.",
    )
    assert _current(found, "Fenna Darrow", "Ines Roake")


def test_an_aged_successor_has_stepped_into_the_part() -> None:
    found = facts(
        "Harrow Lane shoots in spring.",
        "Dov Kettering, who had been cast as Abner Lisle, has exited the series. Tobias Hale, 31, "
        "has stepped into the part.",
    )
    assert _current(found, "Tobias Hale", "Abner Lisle")


def test_a_takeover_with_no_leaver_names_no_part() -> None:
    found = facts(
        "Harrow Lane shoots in spring.",
        "The studio is in turmoil. Tobias Hale, 31, takes over the role.",
    )
    assert all(f.actor != "Tobias Hale" for f in found.cast)


def test_a_sentence_about_the_leaver_may_come_between() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Marta Quell, who was cast as Ines Roake in May, has exited the film. Variety reports "
        "she quit over a clash with a stage run. Fenna Darrow, 22, takes over the role.",
    )
    assert _current(found, "Fenna Darrow", "Ines Roake")


def test_a_leaver_two_paragraphs_back_is_not_reached() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Marta Quell, who was cast as Ines Roake in May, has exited the film.",
        "The studio is rethinking its plans. Fenna Darrow takes over.",
    )
    assert all(f.actor != "Fenna Darrow" for f in found.cast)
