"""A relative clause that recalls another work's stars may list several castings ("Quarry Lane,
which made stars of A as B and C as D, ran to a fourth series"): every casting in the list is
that work's, not only the first, while our own work's castings around it stay."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Tallow Row doesn't need a fifth series. It needs a goodbye"


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A fifth series of Tallow Row sounds like a gift. It might be the opposite.",
            sentence,
            "In Tallow Row, Ines Calloway plays Bette Hartigan.",
            title=_HEADLINE,
        )
    )


def test_every_casting_in_another_works_clause_is_that_works() -> None:
    found = _served(
        "Think of what happens to loved teen dramas. Quarry Lane, which made stars of Bram "
        "Oduya as Pip and Delphine Marrack as Wren, ran to a fourth series nobody wanted."
    )
    assert ("Bram Oduya", "Pip") not in found
    assert ("Delphine Marrack", "Wren") not in found
    assert ("Ines Calloway", "Bette Hartigan") in found


def test_a_longer_list_after_which_starred_is_held_to_the_end() -> None:
    found = _served(
        "Gullstone, which starred Perrin Aske as Dory, Lottie Venn as Mags, and Caspar Wilde "
        "as Tom Fray, was cancelled after two runs."
    )
    assert not {("Perrin Aske", "Dory"), ("Lottie Venn", "Mags")} & found
    assert ("Caspar Wilde", "Tom Fray") not in found
    assert ("Ines Calloway", "Bette Hartigan") in found


def test_a_list_in_a_clause_on_the_headlines_work_stays() -> None:
    found = served_pairs(
        facts(
            "Marrow Bells, which stars Tamsin Ledbury as Nan, Cosmo Achebe as Fitch and Ula "
            "Brand as Fitch's aunt Hedda, opens on Friday.",
            title="‘I kept what worked’: Elspeth Ruane on directing Marrow Bells",
        )
    )
    assert ("Cosmo Achebe", "Fitch") in found
    assert ("Ula Brand", "Hedda") in found
