"""Round 118's quote rules held to their shapes: a fan's reaction to a character's line, "the
account posted" after a company answers a fan's handle, a place after "a spokesperson at", a
crowd that blames or cites at a sentence's start."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes


@pytest.mark.parametrize(
    "verb", ["gutted", "stabbed", "slayed", "slays", "cracked", "truly wrecked"]
)
def test_a_line_that_moved_the_poster_is_no_ones_remark(verb: str) -> None:
    found = facts(
        "The Larkspur Bay finale thread is open. Spoilers in the comments, please.",
        "Maren Oduya did more with one scene than most actors manage in a season. "
        f"“Come home when you're ready, pet” {verb} me.",
    )
    assert served_quotes(found) == []


def test_a_remark_that_greeted_the_writer_is_still_a_remark() -> None:
    found = facts(
        "Maren Oduya arrived late to the Larkspur Bay junket.",
        "Maren Oduya walked in at noon. “Sorry, the trains were a nightmare” greeted me.",
    )
    assert [speaker for _, speaker in served_quotes(found)] != [""]


@pytest.mark.parametrize(
    "second",
    [
        "When @reelfan_22 asked about a date, Tidewell Studios replied within minutes. "
        "“Spring, we promise,” the account posted.",
        "Tidewell Studios answered @reelfan_22 on X. “Spring, we promise,” the account wrote.",
    ],
)
def test_the_account_a_company_answers_is_not_the_speaker(second: str) -> None:
    found = facts("Tidewell Studios has confirmed a second season of Saltmarrow.", second)
    assert "@reelfan_22" not in [speaker for _, speaker in served_quotes(found)]


def test_the_account_then_posted_is_the_fan_handle_not_the_company() -> None:
    found = facts(
        "Netflix confirmed Low Water will return next year.",
        "Fan account @lowwaterdaily, which has 90,000 followers, shared a snap of the set. "
        "“SEQUEL CONFIRMED???” the account then posted.",
    )
    assert "Netflix" not in [speaker for _, speaker in served_quotes(found)]


@pytest.mark.parametrize(
    "line",
    [
        "The ending was described by a spokesperson at Cannes as “a surprise even to the cast”.",
        "The delay was described by a source at Christmas as “purely technical”.",
        "The delay was described by one of the producers at Tidewell as “purely technical”.",
    ],
)
def test_a_place_or_time_after_an_unnamed_agent_is_not_its_employer(line: str) -> None:
    found = facts("Saltmarrow's second season has been delayed.", line)
    for _, speaker in served_quotes(found):
        assert speaker in ("", "a spokesperson", "a source", "one of the producers")


@pytest.mark.parametrize(
    "line",
    [
        "Fans blamed “creative differences” for her exit.",
        "Many cite “creative differences” as the reason.",
        "Reports cite “a clash over money” as the reason.",
        "Viewers blamed “a clash over money” for her exit.",
    ],
)
def test_a_crowd_that_blames_at_a_sentence_start_is_not_the_last_person(line: str) -> None:
    found = facts(
        "Ada Vale has left Saltmarrow, which Tom Reed directs.",
        f"Reed declined to comment on the exit. {line}",
    )
    assert "Tom Reed" not in [speaker for _, speaker in served_quotes(found)]


_RELAXED = "Orla Pennick was more relaxed. “We had a lovely time,” she said."
_ROME = ("Saltmarrow, starring Ada Vale, ended on Sunday.", "Ada Vale was in Rome.")


def test_a_papers_chief_critic_is_not_the_person_before() -> None:
    found = facts(
        _RELAXED, "The paper's chief critic gave it three stars, calling it “a tidy goodbye”."
    )
    assert ("a tidy goodb", "Orla Pennick") not in served_quotes(found)


@pytest.mark.parametrize("who", ["The studio chief", "The chief critic"])
def test_a_described_outsider_is_not_the_person_before(who: str) -> None:
    found = facts(_ROME[0], f"{_ROME[1]} {who} said the finale was “a triumph of nerve”.")
    assert ("a triumph of", "Ada Vale") not in served_quotes(found)


def test_a_critic_the_article_names_as_one_is_still_theirs() -> None:
    found = facts(
        "Orla Pennick, the paper's chief critic, saw the finale early.",
        "She was more relaxed than most. The critic said it was “a tidy goodbye”.",
    )
    assert ("a tidy goodb", "Orla Pennick") in served_quotes(found)


def test_a_companys_officer_is_not_the_person_before() -> None:
    found = facts(
        _ROME[0],
        f"{_ROME[1]} Tidewell's chief content officer said the finale was “a triumph of nerve”.",
    )
    assert ("a triumph of", "Ada Vale") not in served_quotes(found)


_TEASED = "Saltmarrow's second season is filming in Cornwall."


@pytest.mark.parametrize(
    "line",
    [
        "Tom Reed said the shoot, which began in May, would run “into September”.",
        "Tom Reed said the crew, including the leads, would stay “into September”.",
        "Tom Reed told Variety the cast, who arrive on Monday, would film “into September”.",
        "Tom Reed said the report was wrong and the shoot would run “into September”.",
    ],
)
def test_a_reported_phrase_after_an_aside_stays_the_reporters(line: str) -> None:
    found = facts(_TEASED, line)
    assert ("into Septemb", "Tom Reed") in served_quotes(found)


def test_a_phrase_of_a_tweet_promising_it_is_the_tweets() -> None:
    found = facts(
        _TEASED, "Tom Reed said Tidewell's tweet promising the season “by Christmas” was premature."
    )
    assert ("by Christmas", "Tom Reed") not in served_quotes(found)


_CUT = "“the ending was cut by the network”."


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (f"Ada Vale stars. Last week she complained that {_CUT}", "Ada Vale"),
        (f"Ada Vale stars. On Monday she complained that {_CUT}", "Ada Vale"),
        (f"Tom Reed directed it. The director later complained that {_CUT}", "Tom Reed"),
    ],
)
def test_a_pronoun_or_described_subject_of_a_that_clause_keeps_the_quote(
    second: str, speaker: str
) -> None:
    found = facts("Saltmarrow's finale aired on Sunday.", second)
    assert ("the ending w", speaker) in served_quotes(found)


@pytest.mark.parametrize(
    "second",
    [
        f"Rhys Davies stars. Davies complained that {_CUT}",
        f"Rhys Davies stars. Afterwards, Davies complained that {_CUT}",
        f"Rhys Davies, the show's star, also complained that {_CUT}",
    ],
)
def test_a_surname_ending_in_s_is_a_named_subject(second: str) -> None:
    found = facts("Saltmarrow's finale aired on Sunday.", second)
    assert [text for text, _ in served_quotes(found)] == ["the ending w"]


@pytest.mark.parametrize("who", ["One viewer", "Fans", "A tabloid", "Viewers"])
def test_a_crowd_subject_of_a_that_clause_is_no_named_persons(who: str) -> None:
    found = facts(
        "Saltmarrow's finale aired on Sunday.", f"Ada Vale stars. {who} complained that {_CUT}"
    )
    assert ("the ending w", "Ada Vale") not in served_quotes(found)
