"""Which production a chart page is about, on invented text: the headline names two films and
the lede opens on one of them told by its kind ("Cornish folk-horror X scared up ..."), so that
one is the page's own and the other is no longer a work the page knows as its own."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article, facts, served_pairs

_TITLE = "UK box office: Gorsewick creeps to No 2 as The Amber Meridian holds on"
_PAGE = (
    "Cornish folk-horror Gorsewick scared up £1.2m in its opening weekend.",
    "Gorsewick, Odo Ransley’s debut, opened in second place, according to Tallyhouse.",
    "The film stars Perpetua Lisk as Wenna Sallow, a vet who moves to a remote village.",
    "At No 1 for a third weekend, the space epic The Amber Meridian took £1.9m. It stars "
    "Thane Coldridge as the astronaut Captain Vessa Orme.",
)


def test_the_work_the_lede_opens_on_is_the_pages_own() -> None:
    context = find_context(build_doc(article(*_PAGE, title=_TITLE)))
    assert "Gorsewick" in context.ours
    assert "Meridian" not in context.headline


def test_the_other_headline_works_star_is_not_cast() -> None:
    found = served_pairs(facts(*_PAGE, title=_TITLE))
    assert ("Thane Coldridge", "Captain Vessa Orme") not in found
    assert ("Perpetua Lisk", "Wenna Sallow") in found
