"""Quotes on invented text: words in quotation marks that label a part ("the “reluctant heir”
role") or give a campaign's text ("a petition calling for “...”") are nobody's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _texts(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes}


def test_a_quoted_label_for_a_part_is_not_a_quote() -> None:
    for line in (
        "The “grumpy lighthouse keeper” role has still not been cast, a source said.",
        "Fans keep asking about a “mystery sister” character in the Copper Bay film.",
    ):
        found = _texts("Mara Quist returns for the Copper Bay film, Lumen confirmed.", line)
        assert not any(t in {"grumpy lighthouse keeper", "mystery sister"} for t in found), line


def test_a_campaigns_text_is_not_a_quote() -> None:
    for line in (
        "Some readers wanted a sequel, and a petition calling for “one more summer in Copper "
        "Bay” has thousands of names.",
        "Outside the cinema, fans held banners reading “bring back the bakery”.",
    ):
        found = _texts("Mara Quist returns for the Copper Bay film, Lumen confirmed.", line)
        assert not any(t.startswith(("one more summer", "bring back")) for t in found), line
    kept = _texts(
        "Mara Quist returns for the Copper Bay film, Lumen confirmed.",
        "Quist said the campaign had been “the kindest thing anyone has done for us”.",
    )
    assert "the kindest thing anyone has done for us" in kept


def test_a_closing_cards_text_is_not_a_quote() -> None:
    found = _texts(
        "Lumen dropped the first teaser for the Copper Bay film on Tuesday.",
        "The teaser ends on a white card reading ‘The tide always comes back’, which fans love.",
    )
    assert "The tide always comes back" not in found
    kept = _texts(
        "Lumen dropped the first teaser for the Copper Bay film on Tuesday.",
        "Mara Quist, reading the card aloud, said: “The tide always comes back.”",
    )
    assert "The tide always comes back." in kept
