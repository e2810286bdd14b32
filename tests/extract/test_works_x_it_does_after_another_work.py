"""A profile brings in its subject's next work by an indefinite gloss ("Tin Yard, a six-part ITV
drama in which she plays ...") and goes on about it by "It" doing what a work does ("It begins on
Sunday, was directed by A, and co-stars B as C"): that work's cast, director and date, not the
page's own film's. "It" after a sentence on our film stays ours."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Ada Vale: ‘Lumen taught me everything’"


def _profile(*middle: str) -> ArticleFacts:
    return facts(
        "Ada Vale said goodbye to Mira Holt this spring. Now she leads a drama of her own.",
        *middle,
        "She played Mira Holt across two seasons of Lumen and then in the Lumen film.",
        date="2026-10-02",
        title=_TITLE,
    )


def test_it_after_another_works_gloss_is_that_works() -> None:
    found = _profile(
        "The reason is Tin Yard, a six-part ITV drama in which Vale plays Edie Marsh, a ferry"
        " pilot. It begins on Sunday 11 October, was directed by Pia Rusk, and co-stars Odo"
        " Bram as Saul Penrose."
    )
    assert ("Odo Bram", "Saul Penrose") not in served_pairs(found)
    assert ("Ada Vale", "Edie Marsh") not in served_pairs(found)
    assert ("director", "Pia Rusk") not in served_credits(found)
    assert not any(r.served and str(r.date) == "2026-10-11" for r in found.release)


def test_it_after_our_films_sentence_is_ours() -> None:
    found = _profile(
        "The Lumen film, the last chapter of the Netflix series, is her farewell. It was directed"
        " by Pia Rusk and co-stars Odo Bram as Saul Penrose."
    )
    assert ("Odo Bram", "Saul Penrose") in served_pairs(found)
    assert ("director", "Pia Rusk") in served_credits(found)
