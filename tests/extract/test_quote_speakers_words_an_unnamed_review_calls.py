"""Quotes on invented text: words an unnamed review is said to call someone's work ("a notice
calling his turn “...”") are not the praised person's; a review its writer is named for, and
words the person says, stay as they were."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [
        (quote.speaker, quote.source.name)
        for quote in facts(*paragraphs).quotes
        if quote.text.startswith(start) and quote.served
    ]


def test_a_notice_calling_his_turn_is_not_his() -> None:
    found = _said(
        "the bravest debut",
        "The campaign leans on Corwin Adebayo-Lisle, who plays the ferryman. Adebayo-Lisle "
        "already has a Tony for Gallowglass. Posters quote a notice calling his performance "
        "“the bravest debut of the spring”, though that line is from a critic.",
    )
    assert ("Corwin Adebayo-Lisle", "PERSON") not in found


def test_a_critic_describing_her_is_not_her() -> None:
    found = _said(
        "luminous and strange",
        "The campaign leans on Petronella Swaine, who plays the keeper. Swaine already has an "
        "Emmy for Harbourlight. The ads cite one critic describing her performance as “luminous "
        "and strange”.",
    )
    assert ("Petronella Swaine", "PERSON") not in found


def test_her_own_words_stay_hers() -> None:
    found = _said(
        "I was terrified",
        "Much of the campaign rests on Petronella Swaine, who plays the lighthouse keeper. "
        "“I was terrified of the stairs,” Swaine said.",
    )
    assert found == [("Petronella Swaine", "PERSON")]
