"""A chart's numbered lines in more shapes: a figure with its unit after ("4.1m hours"), no
distributor's bracket before a sum of money ("2. Tin Chapel – £1.4m"), a running total then a
note, and a note straight after the dash with the figure last. A note casts the placed work, so it
is held; our own line's note is not."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copper Sound tops the streaming chart in its first week"
_LEDE = "Copper Sound, the harbour thriller, has the most-watched week of the year."
_OURS = "Copper Sound stars Piers Halloran as DI Joss Maddick."


def _chart(*lines: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, _OURS, "The top five:", *lines, title=_TITLE))


def test_a_note_after_hours_viewed_is_held() -> None:
    found = _chart(
        "1. Copper Sound (Tallowick TV) – 9.1m hours",
        "2. Brine Acre (Orbis) – 6.4m hours. The period drama with Odo Bram as Sol Ferris slipped.",
        "3. Tin Lid (Lumen) – 2.2m hours",
    )
    assert ("Odo Bram", "Sol Ferris") not in found
    assert ("Piers Halloran", "DI Joss Maddick") in found


def test_a_box_office_line_without_a_bracket_is_held() -> None:
    found = _chart(
        "1. Copper Sound – £3.4m (new)",
        "2. Brine Acre – £2.1m, total £8.9m. The sequel features Odo Bram as Sol Ferris.",
        "3. Tin Lid – £1.1m. The comedy, with Nessa Quarle as Edie, holds on.",
    )
    assert ("Odo Bram", "Sol Ferris") not in found
    assert ("Nessa Quarle", "Edie") not in found
    assert ("Piers Halloran", "DI Joss Maddick") in found


def test_a_note_before_its_figure_is_held() -> None:
    found = _chart(
        "1. Copper Sound (Tallowick TV) – the thriller held on to first place. 7.2m views.",
        "2. Brine Acre (Orbis) – the drama with Odo Bram as Sol Ferris slipped. 5.1m views.",
    )
    assert ("Odo Bram", "Sol Ferris") not in found


def test_a_numbered_cast_list_is_no_chart() -> None:
    found = _chart(
        "1. Odo Bram – Sol Ferris, 42",
        "2. Nessa Quarle – Edie, 31",
        "Odo Bram plays Sol Ferris, the harbourmaster.",
    )
    assert ("Odo Bram", "Sol Ferris") in found
