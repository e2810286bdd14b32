"""A casting told in an apposition: "For Ada Vale, the 23-year-old Welsh actor cast as Mira Holt,
..." and "Ada Vale, the newcomer recently cast as Mira, says ..."; a part named with another
work after it ("cast as Mira in Lumen") is left to the forms that weigh the work."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Wrap party: Saltmarsh finishes filming"


def test_an_aged_actor_apposition_with_cast_as() -> None:
    found = facts(
        "Filming on Saltmarsh wrapped on Friday. For Carys Pendleton-Ahmed, the 24-year-old "
        "Cornish actor cast as Wenna Trask, the skipper's stubborn niece, it was a long summer.",
        title=_TITLE,
    )
    assert ("Carys Pendleton-Ahmed", "Wenna Trask") in served_pairs(found)


def test_a_newcomer_apposition_with_recently_cast_as() -> None:
    found = facts(
        "Teodor Vasquez-Lind, the newcomer recently cast as Brother Anselm, says the Saltmarsh "
        "shoot was the coldest of his life.",
        title=_TITLE,
    )
    assert ("Teodor Vasquez-Lind", "Brother Anselm") in served_pairs(found)


def test_a_part_followed_by_another_work_is_not_read_here() -> None:
    found = facts(
        "Teodor Vasquez-Lind, the actor cast as Brother Anselm in Greyfriars, joins Saltmarsh.",
        title=_TITLE,
    )
    assert ("Teodor Vasquez-Lind", "Brother Anselm") not in pairs(found)
