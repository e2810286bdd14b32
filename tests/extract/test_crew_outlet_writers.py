"""A writer's post at an outlet before a name ("film writer X", "TV writer X", "staff writer
X") is a journalist's job, not a script credit on the article's production (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew

_LEDE = "The Marigold Hours premiered in Leeds on Tuesday night, directed by Oren Halvard."


def test_a_film_writer_quoted_on_the_premiere_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "Critics were warm. Film writer Posy Tembleton wrote: “It is a lovely, aching thing.”",
    )
    assert ("writer", "Posy Tembleton") not in credits(found)
    assert ("director", "Oren Halvard") in credits(found)


def test_a_tv_writer_reporting_a_verdict_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "TV writer Dunstan Mirlees said the finale was the best hour of the year.",
    )
    assert ("writer", "Dunstan Mirlees") not in credits(found)


def test_a_staff_writer_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "Our staff writer Wenna Trelawny called it “a small miracle”.",
    )
    assert ("writer", "Wenna Trelawny") not in credits(found)


def test_the_films_own_writer_is_still_credited() -> None:
    assert ("writer", "Posy Tembleton") in served_crew(
        _LEDE, "The film's writer Posy Tembleton spent six years on the script."
    )
