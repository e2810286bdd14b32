"""Review mends of round 200: near misses of this round's rules, in invented words."""

from __future__ import annotations

import pytest

from bot.facts import ArticleFacts
from tests.extract.helpers import credits, facts, served_credits, served_pairs

_QUARRY_TITLE = "Slate Quarry wins the audience award"
_QUARRY_LEDE = "Slate Quarry, a new film from Lumen Pictures, won the audience award on Sunday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Her previous film, Pell Marsh, was directed by Ada Vale, who co-wrote it with Joss Ebury.",
        "The first film was directed by Ada Vale, who co-wrote it with Joss Ebury.",
        "The studio’s last film, Pell Marsh, was directed by Ada Vale, who penned it with Joss"
        " Ebury.",
    ],
)
def test_writers_of_a_director_clause_on_another_work_are_not_ours(sentence: str) -> None:
    found = credits(facts(_QUARRY_LEDE, sentence, title=_QUARRY_TITLE))
    assert ("writer", "Joss Ebury") not in found
    assert ("writer", "Ada Vale") not in found


def test_writers_of_a_director_clause_on_our_work_are_still_credited() -> None:
    found = credits(
        facts(
            _QUARRY_LEDE,
            "Directed by Ada Vale, who co-wrote it with Joss Ebury, the film follows a quarryman.",
            title=_QUARRY_TITLE,
        )
    )
    assert {("director", "Ada Vale"), ("writer", "Ada Vale"), ("writer", "Joss Ebury")} <= found


_AMBLER_OWN = "The Orrin Vale film, directed by Petra Lusk, also stars Mirren Holt as Cass."


def _ambler_profile(sentence: str) -> ArticleFacts:
    """A profile whose page names its own work by kind, then ``sentence``, then its own work."""
    return facts(
        "Ruth Ambler trades a sunny part for a cold one.",
        "Ruth Ambler has spent years as the friend everyone trusts.",
        sentence,
        _AMBLER_OWN,
        date="2026-01-20",
        title="Ruth Ambler: from best friend to leading lady",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Fresh from Orrin Vale Forever, she leads Tarn Hollow, a six-part Channel 5 thriller, as"
        " Edie Crane, opposite Joss Ebury as Tom Reed.",
        "Since Orrin Vale Forever wrapped, she is the lead in Tarn Hollow, a new Channel 5"
        " thriller, which is directed by Conal Pyke.",
    ],
)
def test_a_lead_vehicle_after_our_work_in_its_sentence_keeps_its_cast_and_makers(
    sentence: str,
) -> None:
    found = _ambler_profile(sentence)
    assert not {("Joss Ebury", "Tom Reed"), ("Tarn Hollow", "Edie Crane")} & served_pairs(found)
    assert ("director", "Conal Pyke") not in served_credits(found)


def test_a_lead_vehicle_after_our_work_in_its_sentence_keeps_its_dates() -> None:
    found = _ambler_profile(
        "After Orrin Vale Forever, she leads Tarn Hollow, a new Channel 5 thriller; filming"
        " starts on 2 March."
    )
    assert not [fact for fact in found.release if fact.served and fact.date is not None]


def test_our_date_before_a_lead_vehicle_in_its_sentence_stays_served() -> None:
    found = _ambler_profile(
        "Three weeks after Orrin Vale Forever arrived on Lumen on 17 January, she is the lead in"
        " Tarn Hollow, a six-part Channel 5 thriller."
    )
    assert "2026-01-17" in {str(fact.date) for fact in found.release if fact.served}
