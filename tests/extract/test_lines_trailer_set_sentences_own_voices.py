"""A sentence set in a trailer, a clip or a promo in which a person speaks as themselves (said,
shared, posted, to fans): the person's quote, not a part's line in the work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_person_speaking_in_a_clip_or_promo_stays_a_quote() -> None:
    for told in (
        "In the new trailer, released with a statement, Dunmere said: “This is the film I am "
        "proudest of.”",
        "In the clip, shared on Instagram, Dunmere tells fans: “This is the film I am proudest "
        "of.”",
        "In a short promo, posted on Friday, Dunmere tells her followers, “This is the film I am "
        "proudest of.”",
    ):
        found = facts("Wrexa Dunmere stars in Harbour Lights, out in June.", told)
        assert served_quotes(found) == [("This is the ", "Wrexa Dunmere")], told


def test_a_part_speaking_in_the_trailer_stays_the_work_s() -> None:
    found = facts(
        "Wrexa Dunmere plays Linnet in Harbour Lights, out in June.",
        "In the first teaser, out today, Linnet rounds on her brother: “You sold the boat.”",
    )
    assert served_quotes(found) == []
