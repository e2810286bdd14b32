"""The last check over every casting: a part written as a work's title, a part or actor that
opens with a verb, a part cut from a longer one, and an actor the article says left or was
replaced, are never served as a current casting, whatever rule found them."""

from __future__ import annotations

from bot.extract.castchecks import (
    CUT_DOUBT,
    LEFT_DOUBT,
    OTHER_DOUBT,
    TITLE_DOUBT,
    VERB_DOUBT,
    checked_cast,
)
from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from bot.facts import CastFact, CastStatus
from tests.extract.helpers import article, facts, served_pairs


def _checked(text: str, *cast: tuple[str, str]) -> list[CastFact]:
    doc = build_doc(article(text))
    given = [CastFact(actor, part, text) for actor, part in cast]
    return checked_cast(doc, find_context(doc), given)


def test_a_part_named_as_the_lead_in_a_work_is_held() -> None:
    text = (
        "Newcomer Ottilie Brask has been cast as the lead in Glass Harbours, the studio's "
        "adaptation of Wren Hollis's novel."
    )
    (fact,) = _checked(text, ("Ottilie Brask", "Glass Harbours"))
    assert not fact.served and fact.doubt == TITLE_DOUBT


def test_a_part_told_as_a_thriller_is_held() -> None:
    text = "Next up for Pike is Tidewater, a horror film in which she plays a ferry pilot."
    (fact,) = _checked(text, ("Mara Pike", "Tidewater"))
    assert not fact.served and fact.doubt == TITLE_DOUBT
    other = "She has also joined the comedy Brass Monkeys as a bandleader."
    (fact,) = _checked(other, ("Mara Pike", "Brass Monkeys"))
    assert fact.doubt == TITLE_DOUBT


def test_a_part_glossed_as_a_character_created_for_the_film_is_served() -> None:
    text = "Leif Odum plays the family doctor, Dr Marsh, a character created for the film."
    (fact,) = _checked(text, ("Leif Odum", "Dr Marsh"))
    assert fact.served


def test_an_actor_or_part_opening_with_a_verb_is_held() -> None:
    text = "Halfway through, Ros tries to Skype Dilly from a train and the line drops."
    (fact,) = _checked(text, ("Skype Dilly", "Tamsin Orr"))
    assert not fact.served and fact.doubt == VERB_DOUBT
    other = "He decided to Zoom Marcus instead, and it went badly."
    (fact,) = _checked(other, ("Pell Arden", "Zoom Marcus"))
    assert fact.doubt == VERB_DOUBT


def test_a_part_cut_from_a_longer_one_is_held() -> None:
    text = "The Earl of Castlemoor, played by Sir Ivo Penhale: a widower with a secret."
    (fact,) = _checked(text, ("Ivo Penhale", "Castlemoor"))
    assert not fact.served and fact.doubt == CUT_DOUBT
    other = "Agnes Wilde returns as the Bishop of Thornleigh, opposite Cal Rowe."
    (fact,) = _checked(other, ("Agnes Wilde", "Thornleigh"))
    assert fact.doubt == CUT_DOUBT


def test_taking_over_the_role_of_a_part_is_not_a_cut_part() -> None:
    text = "Suki Tran takes over the Role of Hattie Bloom in the new series."
    (fact,) = _checked(text, ("Suki Tran", "Hattie Bloom"))
    assert fact.served


def test_a_replaced_actor_with_one_part_is_former() -> None:
    text = (
        "Juno Ashby will play Cass Loring. She replaces Bram Hollis, who left the role in June. "
        "Hollis had been announced as Cass in March."
    )
    facts_ = _checked(text, ("Juno Ashby", "Cass Loring"), ("Bram Hollis", "Cass Loring"))
    assert [f.status for f in facts_] == [CastStatus.CURRENT, CastStatus.FORMER]
    other = "Cass Loring will now be played by Juno Ashby, who took over from Bram Hollis."
    (fact,) = _checked(other, ("Bram Hollis", "Cass Loring"))
    assert fact.status is CastStatus.FORMER


def test_a_leaver_with_two_parts_is_held() -> None:
    text = "Dee Farr, who quit last spring, had played both Ivy and Rose."
    found = _checked(text, ("Dee Farr", "Ivy"), ("Dee Farr", "Rose"))
    assert all(f.doubt == LEFT_DOUBT for f in found)


def test_a_whole_article_keeps_its_lead_and_holds_the_title() -> None:
    found = facts(
        "Rising star Ottilie Brask has been cast as the lead in Glass Harbours, the studio's "
        "adaptation of Wren Hollis's novel.",
        "Brask will play Ada Quell, a lighthouse keeper's daughter.",
    )
    assert ("Ottilie Brask", "Glass Harbours") not in served_pairs(found)
    assert ("Ottilie Brask", "Ada Quell") in served_pairs(found)


def test_joining_the_cast_of_another_work_the_sentence_names_is_held() -> None:
    text = (
        "Also on the slate: crime saga Black Pennant returns in April, and the streamer said "
        "Orla Feeney will join its cast as Sergeant Ida Moon."
    )
    (fact,) = _checked(text, ("Orla Feeney", "Sergeant Ida Moon"))
    assert not fact.served and fact.doubt == OTHER_DOUBT
    other = (
        "The western Dry Creek is filming now; Tobin Vey has joined its ensemble as a sheriff, "
        "Hank Dole."
    )
    (fact,) = _checked(other, ("Tobin Vey", "Hank Dole"))
    assert fact.doubt == OTHER_DOUBT


def test_an_actor_known_for_another_work_joining_ours_is_served() -> None:
    text = (
        "She is joined by Per Lund, star of the thriller Snowline, who will play Detective Arvo "
        "Kask."
    )
    (fact,) = _checked(text, ("Per Lund", "Detective Arvo Kask"))
    assert fact.served
