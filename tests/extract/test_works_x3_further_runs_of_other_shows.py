"""A slate's or guide's line on another show's further run is that show's: "Second series of Tin
Yard confirmed, with A back as B", "A returns as B in series two of Tin Yard", "Returning: Tin
Yard, series three, lands in March". The page's own work told the same way keeps its facts.
Invented sentences throughout."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts, served_pairs

_TITLE = "Vela slate live: Copper Sound leads the streamer's autumn line-up"
_LEDE = "Vela unveiled its 2027 slate in London this morning, headlined by Copper Sound."
_OURS = "Copper Sound is a six-part thriller. Ada Quell plays DS Mara Penrose."


def _page(*lines: str) -> tuple[set[tuple[str, str]], set[str]]:
    found = facts(_LEDE, _OURS, *lines, date="2027-01-20", title=_TITLE)
    windows = {str(r.window) for r in found.release if r.served and r.kind is ReleaseKind.WINDOW}
    return served_pairs(found), windows


def test_a_second_series_opening_the_line_is_another_shows() -> None:
    pairs, _ = _page("Second series of Tin Yard confirmed, with Rob Harte back as quizmaster Ned.")
    assert ("Rob Harte", "Ned") not in pairs
    assert ("Ada Quell", "DS Mara Penrose") in pairs


def test_a_part_in_series_two_of_another_show_is_its() -> None:
    pairs, _ = _page("Quick look at comedy: Lise Orm returns as Birte in series two of Tin Yard.")
    assert ("Lise Orm", "Birte") not in pairs


def test_a_part_in_series_two_of_our_show_stays() -> None:
    pairs, _ = _page("Lise Orm returns as Birte in series two of Copper Sound.")
    assert ("Lise Orm", "Birte") in pairs


def test_another_show_numbered_in_commas_keeps_its_window() -> None:
    _, windows = _page("Returning: Tin Yard, series three, lands in March.")
    assert not any(w.startswith("2027-03") for w in windows)


def test_our_show_numbered_in_commas_keeps_the_window() -> None:
    _, windows = _page("Returning: Copper Sound, series three, lands in March.")
    assert any(w.startswith("2027-03") for w in windows)
