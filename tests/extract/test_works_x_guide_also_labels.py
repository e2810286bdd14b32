"""A listings guide's closing "Also on:" or "Also tonight:" paragraph tells other shows: what it
casts is theirs, not the pick's. A paragraph under such a label that names the pick again keeps
what it says the pick's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_LEDE = "Tonight's pick: a tense single drama about a Hull ferry's last crossing."
_PICK = "Gull Crossing, written by Ann Roe, stars Kit Moss as the skipper Aled."


def _guide(closing: str) -> ArticleFacts:
    return facts(_LEDE, _PICK, closing, title="Gull Crossing", date="2026-02-14")


def test_an_also_on_paragraph_casts_other_shows() -> None:
    found = _guide(
        "Also on: Lumen's documentary strand Old Ground (8pm) visits Lincoln, and BBC Four repeats "
        "The Cold Mile at 10pm with Ada Vale as DS Mira Holt."
    )
    assert not any(actor == "Ada Vale" for actor, _ in served_pairs(found))
    assert ("Kit Moss", "Aled") in served_pairs(found)


def test_an_also_tonight_paragraph_naming_the_pick_stays_its() -> None:
    found = _guide(
        "Also tonight: Gull Crossing's own making-of short, with Ada Vale as the narrator Mira."
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)
