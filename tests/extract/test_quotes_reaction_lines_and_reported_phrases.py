"""Which words in marks are a quote: a line of the work a fan says "destroyed me" is no one's
remark; a named person's that-clause after a past verb ("Oduya complained that “...”") and a
reported phrase on a preposition ("told Variety it would run “into March”") are someone's
words; a crowd's ("One viewer complained that “...”") is no one's the extractor can name."""

import pytest

from tests.extract.helpers import facts, served_quotes

_THREAD = "The Larkspur Bay finale thread is open. Spoilers in the comments, please."


def test_a_line_that_destroyed_the_poster_is_no_quote() -> None:
    found = facts(
        _THREAD,
        "Maren Oduya did more with one scene than most actors manage in a season. “Come home "
        "when you're ready, pet” destroyed me.",
    )
    assert served_quotes(found) == []


def test_a_line_someone_is_named_saying_stays_a_quote() -> None:
    found = facts(
        _THREAD,
        "Maren Oduya spoke to fans after the screening. “Come home when you're ready,” she told "
        "them, and it had me in tears.",
    )
    assert served_quotes(found) == [("Come home wh", "Maren Oduya")]


def test_a_complaint_in_a_that_clause_is_a_quote() -> None:
    found = facts(
        "Viewers had plenty to say about the Larkspur Bay finale on Sunday.",
        "Maren Oduya, who plays the keeper, complained that “there was not nearly enough of the"
        " lighthouse”.",
        date="2027-03-08",
    )
    assert [q.text for q in found.quotes] == ["there was not nearly enough of the lighthouse"]
    assert [q.speaker for q in found.quotes] in (["Maren Oduya"], [""])  # never anyone else


@pytest.mark.xfail(
    strict=True,
    reason="the speaker step finds no subject for a that-clause verb past a who-aside: the "
    "complaint is served unattributed, not as Maren Oduya's",
)
def test_a_complaint_in_a_that_clause_is_its_subjects() -> None:
    found = facts(
        "Viewers had plenty to say about the Larkspur Bay finale on Sunday.",
        "Maren Oduya, who plays the keeper, complained that “there was not nearly enough of the"
        " lighthouse”.",
        date="2027-03-08",
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Maren Oduya"]


def test_a_viewers_complaint_is_not_the_person_named_before() -> None:
    found = facts(
        "Maren Oduya defended the Larkspur Bay finale on Sunday.",
        "One viewer complained that “there was not nearly enough of the lighthouse”.",
        date="2027-03-08",
    )
    assert [q.speaker for q in found.quotes if q.served] == []


def test_that_before_a_named_clip_is_no_quote() -> None:
    found = facts(
        "Viewers had plenty to say about the Larkspur Bay finale on Sunday.",
        "Ada Crane watched that “behind the scenes” clip twice.",
        date="2027-03-08",
    )
    assert found.quotes == ()


def test_a_reported_phrase_on_a_preposition_is_a_quote() -> None:
    found = facts(
        "Filming on Larkspur Bay continues in Cornwall.",
        "Producer Tamsin Greaves told Variety in the spring that the shoot would run “into March”.",
        date="2027-01-10",
    )
    assert served_quotes(found) == [("into March", "Tamsin Greaves")]


def test_a_title_in_marks_after_said_stays_a_title() -> None:
    found = facts(
        "Filming on Larkspur Bay continues in Cornwall.",
        "Tamsin Greaves said her favourite film is still “In Harbour Light”.",
        date="2027-01-10",
    )
    assert found.quotes == ()
