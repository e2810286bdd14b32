"""A cast list on one labelled line ("Starring: Actor – Part; Actor – Part"), as megathreads and
listings print it, on invented text: the label says each name before a dash is the actor; a
line whose items are not all such pairs is read as nothing here."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Fenwhistle arrives on Streamly on Friday."


def test_each_pair_after_a_starring_label_is_served() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Starring: Perrin Stabb – Ysolde Marrack; Cadoc Vell – Brythe Sennen; Hollis Quarne"
            " – Oskar Thrane",
        )
    )
    assert ("Perrin Stabb", "Ysolde Marrack") in found, found
    assert ("Cadoc Vell", "Brythe Sennen") in found, found
    assert ("Hollis Quarne", "Oskar Thrane") in found, found


def test_a_short_cast_line_with_slashes_and_a_rank() -> None:
    found = served_pairs(
        facts(_LEDE, "Cast: Perrin Stabb – DS Ysolde Marrack / Cadoc Vell – Brythe Sennen.")
    )
    assert ("Perrin Stabb", "DS Ysolde Marrack") in found, found
    assert ("Cadoc Vell", "Brythe Sennen") in found, found


def test_no_label_or_an_item_that_is_no_pair_gives_no_list() -> None:
    for line in (
        "Perrin Stabb – Ysolde Marrack; Cadoc Vell – Brythe Sennen",
        "Cast: Perrin Stabb – Ysolde Marrack; more names to follow",
    ):
        found = served_pairs(facts(_LEDE, line))
        assert ("Perrin Stabb", "Ysolde Marrack") not in found, (line, found)
