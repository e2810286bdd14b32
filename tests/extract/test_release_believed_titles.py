"""A title told only as what someone believes or has heard is no title fact, on invented text:
"many of you are convinced the film will be called ...", "fans reckon the sequel will be
titled ...", "it is rumoured the film will be named ...". A title the makers confirm is still
served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Copper Lantern, the streaming drama about a canal town, is getting a film."


def _titles(*paragraphs: str) -> dict[str, float]:
    found = facts(_LEDE, *paragraphs, date="2026-03-02")
    return {r.title or "": r.confidence for r in found.release if r.kind.value == "title"}


def test_readers_convinced_of_a_title_is_held() -> None:
    titles = _titles(
        "And the name: lots of you are convinced the film will be called Copper Lantern: "
        "Ember Road after a teaser last week. We have had no word on that."
    )
    assert titles.get("Copper Lantern: Ember Road", 0.0) < 0.9


def test_fans_reckon_a_title_is_held() -> None:
    titles = _titles("Fans reckon the sequel will be titled Copper Lantern: Ember Road.")
    assert titles.get("Copper Lantern: Ember Road", 0.0) < 0.9


def test_a_rumoured_title_is_held() -> None:
    titles = _titles("It is rumoured that the film will be named Copper Lantern: Ember Road.")
    assert titles.get("Copper Lantern: Ember Road", 0.0) < 0.9


def test_a_confirmed_title_is_still_served() -> None:
    titles = _titles(
        "Fans had long guessed at a name, and on Monday the streamer confirmed the film will "
        "be called Copper Lantern: Ember Road."
    )
    assert titles.get("Copper Lantern: Ember Road", 0.0) >= 0.9
