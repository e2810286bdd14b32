"""A clause joining someone new between a name and the speech verb, on invented text: "X, and
one Y, who ..., said" is Y's, never X's (a plain aside, "X, a voter, said", still gives X)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in facts(*paragraphs).quotes if q.served]


def test_a_joined_clause_is_not_the_first_names_aside() -> None:
    found = _quotes(
        "The serial took home three Golden Lanterns, and one campaign adviser, who spoke on "
        "condition of anonymity, said the sequel was “the one to beat”.",
    )
    assert ("the one to beat", "Golden Lanterns") not in found, found
    assert all(speaker != "Golden Lanterns" for _, speaker in found), found


def test_a_joined_clause_after_a_person_is_not_theirs() -> None:
    found = _quotes(
        "The screening drew Perpetua Oakhurst, and one usher, who had seen it twice, said it "
        "was “worth the queue”.",
    )
    assert ("worth the queue", "Perpetua Oakhurst") not in found, found


def test_a_plain_aside_still_gives_the_name() -> None:
    found = _quotes("Perpetua Oakhurst, a regular at the cinema, said it was “worth the queue”.")
    assert ("worth the queue", "Perpetua Oakhurst") in found, found
