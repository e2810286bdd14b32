"""A review's bracketed actor with a remark after a comma ("Juno (Edda Marlowe, never better)")
is read as the plain bracket is; a remark naming a job or a relation is no part's bracket."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_adjective_after_the_bracketed_actor() -> None:
    found = facts(
        "Copper Bay review: a quiet triumph.",
        "Back at the harbour, Juno (Edda Marlowe, never better) mends nets and waits for news.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)


def test_a_described_remark_after_the_bracketed_actor() -> None:
    found = facts(
        "Harrow Lane review: grief, played for laughs.",
        "The film belongs to Abner (Tobias Hale, a gangly delight) and his long-suffering aunt.",
    )
    assert ("Tobias Hale", "Abner") in served_pairs(found)


def test_a_remark_naming_a_job_is_no_part() -> None:
    found = facts(
        "Harrow Lane lands a streamer.",
        "The deal was signed by Larkspur (Dana Ostrow, its head of acquisitions) on Monday.",
    )
    assert not served_pairs(found)


def test_a_remark_naming_a_relation_is_no_part() -> None:
    found = facts(
        "Copper Bay premiere: the red carpet.",
        "Edda Marlowe arrived with Wilf (Rosa Quell, her sister) and posed for photographs.",
    )
    assert ("Rosa Quell", "Wilf") not in served_pairs(found)
