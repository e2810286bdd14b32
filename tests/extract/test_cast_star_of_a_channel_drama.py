"""A guest introduced as another work's star, "who plays Y in the ITV drama", plays Y in that
work, not in the article's; the article's own title before "star", or a bare "in the film",
keeps the part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_other_works_star_in_a_channels_drama_is_no_casting() -> None:
    found = facts(
        "Dunmarrow premiere: the best looks from the carpet.",
        "Also spotted: Holm Street star Thora Pellow, who plays DCI Rooker in the ITV drama, "
        "and a very happy swimmer.",
    )
    assert not served_pairs(found)


def test_our_titles_star_in_a_channels_drama_is_a_casting() -> None:
    found = facts(
        "The stars of Greyhithe walked the carpet on Sunday.",
        "Also spotted: Greyhithe star Thora Pellow, who plays DCI Rooker in the ITV drama, and "
        "a very happy swimmer.",
        title="Greyhithe premiere: the best looks",
    )
    assert ("Thora Pellow", "DCI Rooker") in served_pairs(found)


def test_other_works_star_in_the_film_is_a_casting() -> None:
    found = facts(
        "Dunmarrow premiere: the best looks from the carpet.",
        "Also spotted: Holm Street star Thora Pellow, who plays DCI Rooker in the film, and a "
        "very happy swimmer.",
    )
    assert ("Thora Pellow", "DCI Rooker") in served_pairs(found)
