"""A card or a slate named after its words ("“...,” the end card reads") shows lettering, not
anyone's quote; a post's caption named the same way stays the poster's words."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first trailer for Gannet Row, the BBC drama starring Kestle Trewin, is out."


def test_words_a_card_reads_after_them_are_not_served() -> None:
    found = facts(
        _LEDE,
        "Then the music drops out. “Based on a true winter,” the opening card reads, and the"
        " storm starts.",
    )
    assert not any(q.served and q.text.startswith("Based on a true") for q in found.quotes)


def test_a_caption_read_after_its_words_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin shared the trailer on Instagram. “Cold hands, warm hearts,” the caption"
        " reads.",
    )
    assert any(q.text.startswith("Cold hands") for q in found.quotes)


def test_a_tagline_read_after_its_words_is_left_to_the_tagline_rules() -> None:
    found = facts(
        "The BBC has shared the first trailer for Saltmarsh Lane, its new drama.",
        "“Some tides never turn,” the tagline reads, over shots of a flooded pier.",
    )
    assert any(q.text.startswith("Some tides") for q in found.quotes)
