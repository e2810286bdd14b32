"""A profile's lead vehicle: on a page whose own work is named ("the Gullhaven film"), a show
framed as "In Title, the ... drama ..., she plays ..." and the sentences after it that name no
word of the page's work are the vehicle's; a profile whose subject's show is the page's own
keeps its facts."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-01-20"


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _premieres(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def _vehicle_profile(*tail: str) -> ArticleFacts:
    return facts(
        "Petra Lowe has spent three years as Gullhaven’s Wren. Now she has a show of her own.",
        "For three seasons of Gullhaven, Petra Lowe was the quiet one. In Copper Weir, the ITV "
        "thriller that begins on Sunday 8 February, she plays Ros Hale, a ferry pilot.",
        "The series, written by Ida Trell and directed by Omar Vance, co-stars Bea Kell as her "
        "sister Nan.",
        *tail,
        date=_DATE,
        title="Petra Lowe: ‘I wanted someone who never explains herself’",
    )


def test_the_vehicle_s_makers_cast_and_date_are_not_the_page_s() -> None:
    found = _vehicle_profile(
        "She went from one shoot straight to the Gullhaven film, directed by Lise "
        "Orme, which shot in Devon over the summer."
    )
    assert "Omar Vance" not in _directors(found)
    assert ("Bea Kell", "Nan") not in served_pairs(found)
    assert "2026-02-08" not in _premieres(found)
    assert "Lise Orme" in _directors(found)


def test_a_later_line_led_by_the_vehicle_s_title_is_its_own() -> None:
    found = _vehicle_profile(
        "Back on the Gullhaven film, she will say only that Wren gets a proper goodbye.",
        "Copper Weir begins on ITV on 8 February.",
    )
    assert "2026-02-08" not in _premieres(found)


def test_a_profile_of_the_page_s_own_show_keeps_its_facts() -> None:
    found = facts(
        "Petra Lowe spent years in supporting parts. Copper Weir finally puts her first.",
        "In Copper Weir, the ITV thriller that begins on Sunday 8 February, she plays Ros Hale, "
        "a ferry pilot.",
        "The series, written by Ida Trell and directed by Omar Vance, co-stars Bea Kell as her "
        "sister Nan.",
        date=_DATE,
        title="Petra Lowe on leading Copper Weir",
    )
    assert "Omar Vance" in _directors(found)
    assert ("Bea Kell", "Nan") in served_pairs(found)
