"""Quotes on invented text: a Q&A headline opening on a column's kicker in small words ("The
long view: editor Ada Vale on ...") still names who answers; a kicker in a name's capitals
before another name is not read past."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Composer Oskar Mbatha-Lund, who scored the storm drama Greyhaven, talks through it."
_INTRO = "Greyhaven opens in cinemas next month."
_PAIRS = (
    "How loud was the first mix?",
    "Far too loud. I had the thunder over every line and the actors hated me for a week.",
    "What did you keep from the set?",
    "The gulls. I recorded them at dawn on the pier, before the crew arrived.",
    "What changed at the end?",
    "I took the music out of the last scene and let the sea carry it.",
)


def _qa(title: str) -> set[tuple[str, str]]:
    return set(served_quotes(facts(_LEDE, _INTRO, *_PAIRS, title=title)))


def test_a_kicker_in_small_words_before_the_guest_still_names_who_answers() -> None:
    served = _qa("Behind the desk: composer Oskar Mbatha-Lund on Greyhaven")
    assert ("The gulls. I", "Oskar Mbatha-Lund") in served, served


def test_a_name_before_the_colon_is_no_kicker() -> None:
    served = _qa("Greta Holm: composer Oskar Mbatha-Lund on Greyhaven")
    assert all(who != "Oskar Mbatha-Lund" for _, who in served), served


def test_a_kicker_before_a_name_alone_names_no_guest() -> None:
    served = _qa("Behind the desk: Oskar Mbatha-Lund")
    assert all(who != "Oskar Mbatha-Lund" for _, who in served), served
