"""A work a page glosses with its channel in brackets ("Copper Bay (Sky)") is no actor and no
part, in that bracket or another ("Ada Vell (Copper Bay)"); a person glossed with a site they
posted on keeps her part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Screen awards 2027: Tin Lane leads the field"
_LEDE = "The BBC Two drama Tin Lane, starring Ada Vell as Mira Holt, leads with six nominations."


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, *paragraphs, date="2027-01-12", title=_TITLE))


def test_a_work_glossed_with_its_channel_is_no_actor_or_part() -> None:
    found = _pairs(
        "Best drama: Tin Lane (BBC Two); Low Moor (Channel 4); Copper Bay (Sky); Brine (Sky Kids)",
        "For best actor, Owen Farr (Copper Bay) faces Ruben Dace for Low Moor.",
    )
    assert ("Ada Vell", "Mira Holt") in found
    assert not any({"Copper Bay", "Brine", "Sky", "Sky Kids"} & set(pair) for pair in found)


def test_a_page_with_one_channel_bracket_reads_a_lone_broadcaster_word_as_a_name() -> None:
    found = _pairs(
        "Best drama: Tin Lane (BBC Two).",
        "In the trailer, Mira (Ada Vell) rows out to meet Sky (Juno Teague).",
    )
    assert ("Juno Teague", "Sky") in found


def test_a_person_glossed_with_a_site_keeps_her_part() -> None:
    found = _pairs(
        "Best drama: Tin Lane (BBC Two); Low Moor (Channel 4)",
        "Ada Vell (Instagram): “Mira Holt thanks you all.”",
    )
    assert ("Ada Vell", "Mira Holt") in found
