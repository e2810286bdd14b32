"""A writer who adapts their own book or play, told passively: "adapted by the playwright X from
his own stage play" and "adapted by Y from her own novel" credit the source's author as well as
the writer; "from Z's novel" is Z's (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Orchard Hours review: a patient, aching drama"
_LEDE = "Orchard Hours is the best thing at the festival."


def test_adapted_by_a_name_from_their_own_work_is_its_author() -> None:
    found = facts(
        _LEDE,
        "The drama was adapted by the playwright Cormac Leyden from his own stage play.",
        title=_TITLE,
    )
    assert ("author", "Cormac Leyden") in credits(found)
    found = facts(
        _LEDE, "Orchard Hours was adapted by Ilse Varga from her own 2018 novel.", title=_TITLE
    )
    assert ("author", "Ilse Varga") in credits(found)


def test_adapted_by_a_name_from_anothers_book_is_only_the_writer() -> None:
    found = facts(
        _LEDE, "The film was adapted by Ilse Varga from Cormac Leyden's novel.", title=_TITLE
    )
    assert ("author", "Ilse Varga") not in credits(found)
