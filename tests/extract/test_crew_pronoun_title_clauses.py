"""The production's title with a clause whose maker is a pronoun: "Title, which she wrote and
directed" credits the person the sentence before is about, even when that sentence opens with
"There is ..." or "It was ..."; two people there leave the pronoun unresolved."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_pronoun_in_the_titles_clause_credits_the_person_before() -> None:
    found = facts(
        "It was a cold spring on the moors, and Hedda Lorne wanted the whole shoot to feel it. "
        "Marsh Lights, which she wrote and directed, follows two shepherds.",
        title="‘Marsh Lights’ director Hedda Lorne on shooting in the rain",
    )
    assert {("director", "Hedda Lorne"), ("writer", "Hedda Lorne")} <= credits(found)


def test_a_pronoun_after_a_plain_subject_credits_that_person() -> None:
    found = facts(
        "Tobias Renn spent two years on the script. Cinder Bay, which he directed, opens in June.",
        title="Tobias Renn’s ‘Cinder Bay’ gets a June date",
    )
    assert ("director", "Tobias Renn") in credits(found)


def test_two_people_before_leave_the_pronoun_unresolved() -> None:
    found = facts(
        "There were storms all summer, and Hedda Lorne said Mara Quist kept the crew going. "
        "Marsh Lights, which she directed, follows two shepherds.",
        title="‘Marsh Lights’ wraps after a stormy shoot",
    )
    assert not {("director", "Hedda Lorne"), ("director", "Mara Quist")} & credits(found)
