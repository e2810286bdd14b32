"""Review mends of round 178 (invented articles): only "from", "near" or "outside" sets a town
before a review's remarked bracket ("the story of Wenna (X, superb)" is a part); an owned
"usual line" is a stance, not the work's line; one who "admits in the first trailer" or speaks
"in the trailer breakdown" is quoted; "her years as Wenna saying" is the actor's own look back;
"was heard laughing that she was" is the heard one's."""

from __future__ import annotations

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_pairs

_LEDE = "Quillmere, the Channel 4 drama, arrives on 17 April."


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the story of Wenna (Tamsin Orrery, superb), a widow who runs the pub.",
        "Everyone stares at Wenna (Tamsin Orrery, superb) when she walks in.",
        "The film comes alive in Wenna (Tamsin Orrery, superb), a widow who runs the pub.",
    ],
)
def test_of_at_or_in_before_a_remarked_bracket_leads_to_a_part(sentence: str) -> None:
    assert ("Tamsin Orrery", "Wenna") in served_pairs(facts(_LEDE, sentence))


def test_a_town_after_from_before_a_remarked_bracket_is_still_held() -> None:
    found = facts(_LEDE, "A clerk from Carrowgale (Fenwick Ashdale, wasted) drifts through.")
    assert not any(char == "Carrowgale" for _, char in served_pairs(found))


def test_an_owned_standard_line_is_a_stance_not_the_works_line() -> None:
    found = facts(
        _LEDE,
        "At the panel, Tamsin Orrery stuck to Netflix’s standard line: “We will see.”",
    )
    quotes = {q.text: q.speaker for q in found.quotes if q.served}
    assert quotes.get("We will see.") == "Tamsin Orrery"


@pytest.mark.parametrize(
    "sentence",
    [
        "“This was the hardest shoot of my life,” Tamsin Orrery admits in the first trailer.",
        "“I never expected it to go this far,” Tamsin Orrery reveals in the trailer breakdown.",
    ],
)
def test_one_who_looks_back_in_a_trailer_is_quoted(sentence: str) -> None:
    quotes = {q.text: q.speaker for q in facts(_LEDE, sentence).quotes if q.served}
    assert "Tamsin Orrery" in quotes.values()


def test_a_part_growled_in_the_trailer_stays_the_works_line() -> None:
    found = facts(_LEDE, "Wenna is played by Tamsin Orrery. “Get out,” she growls in the trailer.")
    assert not any(q.served and q.text.startswith("Get out") for q in found.quotes)


def test_an_actor_looking_back_on_her_years_as_the_part_is_not_the_part() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orrery, who plays Wenna, spoke about her years as Wenna saying “she changed my"
        " life”.",
    )
    assert any(q.served and q.text == "she changed my life" for q in found.quotes)


def test_words_heard_laughing_that_she_was_are_the_heard_ones() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orrery plays Wenna.",
        "A runner said Tamsin Orrery was heard laughing that she was “far too old for this”.",
    )
    quotes = {q.text: (q.speaker, q.source) for q in found.quotes if q.served}
    assert quotes["far too old for this"] == ("Tamsin Orrery", SourceKind.PERSON)
