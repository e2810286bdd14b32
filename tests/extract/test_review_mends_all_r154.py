"""Review mends of round 154 (invented text): a two-word name whose first name is also a word
the article uses as a verb ("the drama marks a return") keeps its first name, not only the
surname; a job written as one word with any trade's tail ("Shipwright", "Fishmonger") comes off
the name; a screen work that adapts "the stage musical, with X as Y" keeps its cast, only a
version that is its clause's subject casts that version."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_DATE = "2026-03-01"


def _served_cast(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_first_name_the_article_uses_as_a_verb_stays_on_the_name() -> None:
    found = facts(
        "The coastal drama Saltglass marks a return for the studio and opened to queues.",
        "Mark Li, 34, said: “I loved every minute of it.”",
        date=_DATE,
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Mark Li"]


def test_a_crowd_noun_still_takes_a_bare_first_name_apart() -> None:
    found = facts(
        "Hundreds of walkers lined the harbour for the Saltglass premiere.",
        "Walker Tegan, 17, said: “I came down at dawn to get a spot.”",
        date=_DATE,
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Tegan"]


def test_a_one_word_trade_before_a_full_name_comes_off() -> None:
    for job in ("Shipwright", "Fishmonger", "Blacksmith", "Ferrywoman"):
        found = facts(
            "Saltglass, Tidewater's new drama, was shot on the coast last spring.",
            f"{job} Ada Vale said: “They filmed right outside my door.”",
            date=_DATE,
        )
        assert [q.speaker for q in found.quotes if q.served] == ["Ada Vale"], job


def test_a_screen_work_adapting_the_musical_keeps_its_cast() -> None:
    for line in (
        "Saltglass adapts the hit stage musical, with Ada Vale as Wren Alder and Bo Reyes as"
        " Tom Hale.",
        "The film of the musical arrives in May, with Ada Vale as Wren Alder and Bo Reyes as"
        " Tom Hale.",
    ):
        found = facts("Tidewater has shared a first look at Saltglass, its new drama.", line)
        assert ("Ada Vale", "Wren Alder") in _served_cast(found), line


def test_the_stage_version_as_its_clause_subject_is_still_set_apart() -> None:
    found = facts(
        "Tidewater has shared a first look at Saltglass, its new drama. Jo Brandt plays Wren.",
        "Note that the radio play from last winter, with Ada Vale as Wren Alder, is a separate"
        " production.",
    )
    assert ("Ada Vale", "Wren Alder") not in _served_cast(found)


def test_the_stage_version_after_a_colon_is_still_set_apart() -> None:
    found = facts(
        "Tidewater has shared a first look at Saltglass, its new drama. Jo Brandt plays Wren.",
        "A warning: the stage version at the Corn Hall, with Ada Vale as Wren Alder, is not ours.",
    )
    assert ("Ada Vale", "Wren Alder") not in _served_cast(found)
