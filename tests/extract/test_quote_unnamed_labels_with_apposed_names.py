"""Quotes on invented text: an unnamed label the sentence names in apposition ("said one of the
stewards, nurse Ada Vale, 31") is that person; a label with no name beside it stays unnamed."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [
        (quote.speaker, quote.source.name)
        for quote in facts(*paragraphs).quotes
        if quote.text.startswith(start) and quote.served
    ]


def test_a_label_then_a_name_after_the_words_is_the_named_person() -> None:
    found = _said(
        "It felt like a wedding",
        "The gala, run by the supporters' club Lowmere Friends, sold out in an hour. “It felt "
        "like a wedding and a wake at once,” said one of the stewards, nurse Petra Quill, 31.",
    )
    assert found == [("Petra Quill", "PERSON")]


def test_a_label_then_a_name_before_the_words_is_the_named_person() -> None:
    found = _said(
        "I fished that bay",
        "One local man, retired skipper Tomas Rhee from Portavogie, put it simply: “I fished "
        "that bay for thirty years. They got every wave right.”",
    )
    assert found == [("Tomas Rhee", "PERSON")]


def test_a_label_with_no_name_beside_it_stays_unnamed() -> None:
    found = _said(
        "It felt like a wedding",
        "The gala sold out in an hour. “It felt like a wedding and a wake at once,” said one of "
        "the stewards.",
    )
    assert found and all(source != "PERSON" for _, source in found)
