"""Quotes on invented text: a question the speaker says "I" asked someone ("I'd ask her, “...”")
is not the one asked's; a question she asked me stays hers."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [
        (quote.speaker, quote.source.name)
        for quote in facts(*paragraphs).quotes
        if quote.text.startswith(start) and quote.served
    ]


_HEAD = "Q&A: director Tomas Rhee on Brackenfield"
_ASKED = "Q: How did you and Petra Quill divide the work?"


def test_a_question_i_would_ask_her_is_not_hers() -> None:
    found = _said(
        "Would Marlo say",
        _HEAD,
        _ASKED,
        'A: Petra wrote it. I\'d ask her, "Would Marlo say this?" and she\'d just say "no".',
    )
    assert ("Petra Quill", "PERSON") not in found


def test_a_question_i_kept_asking_her_is_not_hers() -> None:
    found = _said(
        "Is the ending",
        _HEAD,
        _ASKED,
        'A: Petra wrote every draft. I kept asking her, "Is the ending too cruel?" every week.',
    )
    assert ("Petra Quill", "PERSON") not in found


def test_her_own_words_stay_hers() -> None:
    found = _said(
        "Marlo would never",
        "Petra Quill wrote every draft of Brackenfield. “Marlo would never apologise,” Quill said.",
    )
    assert found == [("Petra Quill", "PERSON")]
