"""An actor praised for another work in an aside, then judged on this turn with "here"
("X, so fine in last year's Lumen, is superb here as Y"), on invented text: the part after
"here as" is ours; the other work's part, named after that work in its own clause, is not."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tonight's pick: a one-off drama about a lighthouse keeper and the stranger at her door."


def test_a_verdict_here_as_after_the_aside_is_our_part() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orlo, so fine in last year's canal thriller Lock Nine, is tremendous here as"
        " Wenna Trevail, a keeper who has not spoken to anyone in a month.",
    )
    assert ("Tamsin Orlo", "Wenna Trevail") in served_pairs(found), found.cast


def test_a_verdict_without_here_is_not_read_so() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orlo, so fine in last year's canal thriller Lock Nine, is tremendous as ever"
        " as a keeper who has not spoken to anyone in a month.",
    )
    assert not {pair for pair in served_pairs(found) if pair[0] == "Tamsin Orlo"}, found.cast
