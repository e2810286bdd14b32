"""A review's bracketed actor with a remark after a comma ("Juno (Edda Marlowe, never better)")
is read as the plain bracket is; a remark naming a job or a relation is no part's bracket."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(f.actor, f.character) for f in found.cast if f.served}


def test_an_adjective_after_the_bracketed_actor() -> None:
    found = facts(
        "Copper Bay review: a quiet triumph.",
        "Back at the harbour, Juno (Edda Marlowe, never better) mends nets and waits for news.",
    )
    assert ("Edda Marlowe", "Juno") in _served(found)


def test_a_described_remark_after_the_bracketed_actor() -> None:
    found = facts(
        "Harrow Lane review: grief, played for laughs.",
        "The film belongs to Abner (Tobias Hale, a gangly delight) and his long-suffering aunt.",
    )
    assert ("Tobias Hale", "Abner") in _served(found)


def test_a_remark_naming_a_job_is_no_part() -> None:
    found = facts(
        "Harrow Lane lands a streamer.",
        "The deal was signed by Larkspur (Dana Ostrow, its head of acquisitions) on Monday.",
    )
    assert not _served(found)


def test_a_remark_naming_a_relation_is_no_part() -> None:
    found = facts(
        "Copper Bay premiere: the red carpet.",
        "Edda Marlowe arrived with Wilf (Rosa Quell, her sister) and posed for photographs.",
    )
    assert ("Rosa Quell", "Wilf") not in _served(found)
