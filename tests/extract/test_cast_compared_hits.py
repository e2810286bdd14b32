"""Another work brought in after a preposition and set off by whose hit it is ("Comparisons
with Gorsewick, Pell Varnam's ITV hit with X as Y"): its cast is that work's, when the lede
names the article's own work by its genre."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_compared_hits_casting_is_not_ours() -> None:
    found = served_pairs(
        facts(
            "Sky dropped a teaser for its country-house mystery Hollowmere Hall on Friday.",
            "The series stars Isadora Venn as Lady Marisol Crane-Okoro.",
            "Comparisons with Gorsewick, Pell Varnam’s ITV hit with Jory Tremain as Corvin "
            "Ashdale, were inevitable.",
            title="Fans react to the first Hollowmere Hall teaser",
        )
    )
    assert ("Isadora Venn", "Lady Marisol Crane-Okoro") in found
    assert ("Jory Tremain", "Corvin Ashdale") not in found
