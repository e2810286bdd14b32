"""A newsletter's items on other shows under headings in capitals: an item headed by a show's
name in capitals whose paragraph numbers a further run of it ("2. TIN KETTLE RIDES AGAIN" over
"... Tin Kettle series four ..."), and items under bare capitals lines with no number, one of
which names ours ("LUMEN GETS ITS NAME", "BRACKWATER RETURNS")."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_TITLE = "The Reel Post: the Lumen film starts shooting"


def _credits(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in found.crew if c.served}


def _dates(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.served and r.date is not None}


def test_a_numbered_capitals_heading_over_a_further_run_is_another_shows_item() -> None:
    found = facts(
        "Cameras roll on the Lumen film, plus a date for Tin Kettle.",
        "Morning all. Two things today.",
        "1. LUMEN IS ROLLING",
        "Filming on the Lumen film began on Monday in Hull. Ada Vale returns as Mira Holt.",
        "2. TIN KETTLE RIDES AGAIN",
        "Next up from the same studio: Tin Kettle series four, with Odo Bram as Saul Penrose,"
        " lands on Sky on 12 October. Showrunner Bea Lund calls it “the loudest yet.”"
        " Creator Kai Marsh says more is coming.",
        "That’s all from us.",
        date="2026-03-04",
        title=_TITLE,
    )
    assert ("Odo Bram", "Saul Penrose") not in served_pairs(found)
    assert ("Kai Marsh", "creator") not in _credits(found)
    assert "2026-10-12" not in _dates(found)
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)


def test_a_bare_capitals_heading_whose_item_sets_its_name_as_a_work_is_another_shows() -> None:
    found = facts(
        "In today’s Reel Post: a name for the Lumen film and a return for a Cornish mystery.",
        "REEL POST | Monday 2 March",
        "LUMEN GETS ITS NAME",
        "The Lumen film will be called Lumen: Low Water. Ada Vale returns as Mira Holt, and"
        " Pia Rusk is directing.",
        "BRACKWATER RETURNS",
        "ITV has ordered a second series of its clifftop mystery Brackwater. Odo Bram returns"
        " as DS Saul Penrose. Writer Kai Marsh said: “Saul is in deeper water.”",
        "A GOOD NIGHT OUT",
        "The awards went to a quiz show.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("Odo Bram", "DS Saul Penrose") not in served_pairs(found)
    assert ("Kai Marsh", "writer") not in _credits(found)
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
    assert ("Pia Rusk", "director") in _credits(found)


def test_a_bare_capitals_item_naming_ours_stays_ours() -> None:
    found = facts(
        "In today’s Reel Post: a name for the Lumen film and a return for a Cornish mystery.",
        "LUMEN GETS ITS NAME",
        "The Lumen film will be called Lumen: Low Water.",
        "BRACKWATER RETURNS",
        "Odo Bram, who led the drama Brackwater, will play Saul Penrose in the Lumen film.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("Odo Bram", "Saul Penrose") in served_pairs(found)
