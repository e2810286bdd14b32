"""A job owned by something outside the production ("the festival's director said") is whoever
the article ties to that owner, never the last person called by the bare job ("from director
Ada Vale"), who directs a film."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Tidewater festival closed on Sunday after ten days."
_OPENER = "It opened with Low Tide, from director Ada Vale, which follows two sisters in Hull."
_LINE = "The festival's director said in a statement that 2025 had been “our busiest year yet”."


def test_a_film_director_is_not_the_festivals() -> None:
    found = facts(_LEDE, _OPENER, _LINE)
    speakers = [q.speaker for q in found.quotes if q.served]
    assert "Ada Vale" not in speakers, speakers


def test_the_festivals_named_director_still_speaks() -> None:
    found = facts(_LEDE, _OPENER + " Tom Reed, the festival's director, was pleased.", _LINE)
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("our busies", "Tom Reed")], speakers


def test_the_films_director_is_its_credit() -> None:
    found = facts(
        "Low Tide, from director Ada Vale, follows two sisters in Hull.",
        "The film's director said the shoot had been “a long wet spring”.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("a long wet", "Ada Vale")], speakers
