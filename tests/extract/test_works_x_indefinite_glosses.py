"""On a page whose headline names its own work, another work glossed with "a" and its makers ("X,
a six-part thriller from Y, stars A as B") is that work's cast; with no own work in the headline,
a page's own drama so glossed keeps its part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_SLATE = "Harrow Fen, a six-part thriller from Lumen Pictures, stars Ruth Penn as Nell Dunne."


def test_another_work_glossed_with_a_on_a_page_headed_by_ours() -> None:
    found = facts(
        "Copper Bay returns on 3 May, the streamer said at its showcase.",
        _SLATE,
        title="Streamer showcase live: Copper Bay gets its date, plus every new title",
    )
    assert ("Ruth Penn", "Nell Dunne") not in served_pairs(found)


def test_an_unheaded_pages_own_drama_glossed_with_a_keeps_its_part() -> None:
    found = facts(
        "Filming has wrapped on the drama in Norfolk, its makers said.",
        _SLATE,
        title="Filming wraps on a fenland thriller",
    )
    assert ("Ruth Penn", "Nell Dunne") in served_pairs(found)
