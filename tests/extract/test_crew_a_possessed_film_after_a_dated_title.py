"""A film named by its maker in apposition to another work's title with its year ("Y (2019), X's
film, ...") is that other work: no credit for X; the review's own "X's film is ..." still
credits X as the director (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Review: Saltgrass Summer is a tender farewell"
_LEDE = "Saltgrass Summer, the Netflix film that ends the series, is streaming now."


def test_a_makers_film_after_a_dated_title_is_no_credit() -> None:
    for sentence in (
        "Some will point to Copper Lanes (2017), Ilse Varga’s film, as proof that the story"
        " works best at feature length.",
        "I kept thinking of The Weir Boys (2009), Ilse Varga's film, which did this first.",
    ):
        found = served_credits(facts(_LEDE, sentence, title=_TITLE))
        assert ("director", "Ilse Varga") not in found, sentence


def test_the_reviews_own_makers_film_is_still_credited() -> None:
    sentence = "Ilse Varga’s film is a series of small, warm rooms."
    found = served_credits(facts(_LEDE, sentence, title=_TITLE))
    assert ("director", "Ilse Varga") in found
