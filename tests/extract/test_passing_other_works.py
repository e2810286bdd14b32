"""Round 172-X: castings of another production named in passing, set apart from the
article's own. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_REVIEW_TITLE = "Marrow Light review – a quiet, tender coming-of-age drama"


def _review(line: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Marrow Light, starring Wrenna Sollis as Ada Crane, arrives on Streamly on Friday.",
            "Sollis is superb as Ada, and Oswin Pratt matches her as her brother Kit.",
            line,
            date="2026-04-16",
            title=_REVIEW_TITLE,
        )
    )


def test_a_compared_films_casting_after_its_year_and_makers_gloss_is_that_films() -> None:
    found = _review(
        "Comparisons with Fathom Road (2018), Halloran Vey's film with Teodor Vask as"
        " Idris Quarle, are inevitable."
    )
    assert ("Teodor Vask", "Idris Quarle") not in found
    assert ("Wrenna Sollis", "Ada Crane") in found


def test_a_title_after_in_the_is_the_film_not_the_part_played_by_its_actor() -> None:
    found = served_pairs(
        facts(
            "Early in The Brindle Cove, a retired ferryman played by Corvin Bale stands at the"
            " water's edge.",
            "Bale's Idris Quarle returns to the village after forty years.",
            date="2026-09-04",
            title="Venice 2026: The Brindle Cove review – a tide of ghosts",
        )
    )
    assert ("Corvin Bale", "Brindle Cove") not in found
    assert ("Corvin Bale", "Cove") not in found


def test_that_years_earlier_adaptation_with_its_cast_is_the_compared_work() -> None:
    found = _review(
        "Comparisons with Fathom Road are inevitable. But where that 2021 adaptation, with"
        " Teodor Vask as Idris and Lettice Crane as Ada Quarle, was about speaking, this one is"
        " about silence."
    )
    assert ("Teodor Vask", "Idris") not in found
    assert ("Lettice Crane", "Ada Quarle") not in found
    assert ("Wrenna Sollis", "Ada Crane") in found


def test_this_years_adaptation_with_its_cast_stays_ours() -> None:
    found = _review("And this 2026 adaptation, with Oswin Pratt as Kit Brannock, earns its ending.")
    assert ("Oswin Pratt", "Kit Brannock") in found


def test_a_played_by_after_a_name_its_noun_glosses_is_that_names() -> None:
    found = served_pairs(
        facts(
            "Streamly's new crime drama Fathom Road has gone straight to number one.",
            "It stars Lettice Crane as DS Ada Quarle, a detective hunting her own brother, Idris,"
            " played by Teodor Vask.",
            date="2026-04-29",
            title="Fathom Road tops the Streamly chart",
        )
    )
    assert ("Teodor Vask", "DS Ada Quarle") not in found
    assert ("Teodor Vask", "Ada Quarle") not in found
    assert ("Teodor Vask", "Idris") in found


def test_a_stage_debut_opposite_a_partners_part_is_the_plays() -> None:
    found = served_pairs(
        facts(
            "Marrow Light, a psychological drama that began filming in June, stars Corvin Bale as"
            " Idris Quarle.",
            "In 2024 Bale made his stage debut as Hamlet opposite Lettice Crane's Ophelia.",
            date="2026-07-01",
            title="Corvin Bale: from the West End to Marrow Light",
        )
    )
    assert ("Lettice Crane", "Ophelia") not in found
    assert ("Corvin Bale", "Idris Quarle") in found


def test_a_works_title_as_a_sentences_subject_is_no_actor() -> None:
    found = served_pairs(
        facts(
            "As he starts shooting Marrow Light, the former Fathom star is turning darker.",
            "Two months after Fathom Evermore brought his long run as Idris Quarle to an end,"
            " Corvin Bale is on a beach in Kent.",
            "Marrow Light stars Bale as Kit Brannock, opposite Wrenna Sollis as Ada.",
            date="2026-06-15",
            title="Corvin Bale's next act",
        )
    )
    assert not {pair for pair in found if pair[0] == "Fathom Evermore"}
