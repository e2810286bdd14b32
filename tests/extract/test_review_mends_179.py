"""Review mends of round 179: the round's rules kept to the text they were written for
(invented text throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs, served_quotes

_BRACKEN = "Pilar Wendring’s coastal drama Brackenshore"


def _directors(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, date="2026-08-16", title=title)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_after_another_work_a_return_to_ours_stays_ours() -> None:
    assert "Dorran Pike" in _directors(
        "Tamsin Orrebrook is the new lead in the Sky drama Quillmarsh.",
        "After Wrenhollow, Orrebrook returns to Quillmarsh as Nessa Trell, directed by Dorran"
        " Pike.",
        title="Quillmarsh series two: Tamsin Orrebrook joins",
    )


def test_after_our_work_a_return_to_the_stage_is_still_the_next_work() -> None:
    assert "Dorran Pike" not in _directors(
        "Tamsin Orrebrook is the new lead in the Sky drama Quillmarsh.",
        "After Quillmarsh, Orrebrook returns to the stage as Quenby, directed by Dorran Pike.",
        title="Tamsin Orrebrook: ‘I had to learn to sail’",
    )


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-01-16", title="Brackenshore: everything we know")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_listing_of_our_own_dates_stays_ours() -> None:
    assert _premieres(
        f"{_BRACKEN} is coming to cinemas this spring.",
        "Key dates:",
        "Release – the film arrives in UK cinemas on 8 May.",
        "Streaming – it lands on Netflix on 12 June.",
    ) == {"2026-05-08", "2026-06-12"}


def test_a_listing_item_naming_ours_stays_ours() -> None:
    assert "2026-05-08" in _premieres(
        f"{_BRACKEN} is coming to cinemas this spring.",
        "Here is the plan:",
        "Cinemas – Brackenshore opens in the UK on 8 May.",
    )


def test_a_reviews_cast_led_by_a_part_is_not_read_actor_first() -> None:
    found = facts(
        f"{_BRACKEN} is a knotty thriller.",
        "A stellar cast led by Mirren Quaile (Ysolde Penhallow) keeps it afloat.",
        date="2026-01-14",
        title="Brackenshore review",
    )
    assert ("Mirren Quaile", "Ysolde Penhallow") not in served_pairs(found)


def test_a_returning_cast_led_by_actors_is_still_actor_first() -> None:
    found = facts(
        f"{_BRACKEN} adds to its cast.",
        "He joins a returning cast led by Ysolde Penhallow (Mirren Quaile).",
        date="2026-01-14",
        title="Brackenshore recasts the ferryman",
    )
    assert ("Ysolde Penhallow", "Mirren Quaile") in served_pairs(found)


_REVIEW = "Brackenshore review: Pilar Wendring’s coastal thriller is a slow-burn triumph"


def _review_quotes(sentence: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(f"{_BRACKEN} is a slow-burn triumph.", sentence, date="2026-01-14", title=_REVIEW)
    )


def test_a_moment_of_an_interview_in_a_review_is_a_real_quote() -> None:
    assert ("Did you cry ", "Pilar Wendring") in _review_quotes(
        "There is a moment in our interview when Wendring asks me, “Did you cry at the ending?”"
    )


def test_a_moment_of_the_film_in_a_review_is_still_its_line() -> None:
    assert not _review_quotes(
        "There is a moment halfway in when Dessa Quint, alone at the sink, asks Orvo, “Did you"
        " ever love her?”"
    )


def test_a_possessive_after_a_crew_clause_is_still_a_part() -> None:
    found = facts(
        "The Pellworth film follows Mirren Quaile and Jory Maddern through one last summer.",
        "The director is on form, and Lorna Beddick’s Mirren, as ever, gets the sharpest lines.",
    )
    assert ("Lorna Beddick", "Mirren Quaile") in served_pairs(found)


def test_an_age_epithet_after_a_place_opening_its_paragraph_is_the_aged_one() -> None:
    found = facts(
        "Filming on Skellmoor Quay has wrapped.",
        "Tavish Ostler, 23, plays Ketterick.",
        'The Orkney Festival was where it all began for him. "I was terrified," the 23-year-old'
        " says.",
        date="2026-03-01",
        title="Skellmoor Quay wraps",
    )
    assert ("I was terrif", "Tavish Ostler") in served_quotes(found)
