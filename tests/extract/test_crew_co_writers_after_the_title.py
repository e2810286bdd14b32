"""The co-writer named after the production's title: "The Lisbon-born director wrote
Greywater with her regular collaborator X." credits X, whoever the subject is."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_wrote_our_title_with_a_collaborator_credits_the_co_writer() -> None:
    found = facts(
        "Greywater’s world premiere is the talk of Berlin.",
        "The Lisbon-born director, whose first short played Berlin, wrote Greywater with her "
        "regular collaborator Tomas Ilves.",
        title="Inside Greywater",
    )
    assert ("writer", "Tomas Ilves") in credits(found)
    found = facts(
        "Greywater’s world premiere is the talk of Berlin.",
        "Dara Quint co-wrote “Greywater” with Pim Oduya.",
        title="Inside Greywater",
    )
    assert {("writer", "Dara Quint"), ("writer", "Pim Oduya")} <= credits(found)


def test_wrote_another_title_with_someone_credits_nothing() -> None:
    found = facts(
        "Greywater’s world premiere is the talk of Berlin.",
        "Its director once wrote Pale Hours with her longtime collaborator Tomas Ilves.",
        "Dara Quint wrote Greywater with Pim Oduya in mind for the lead role.",
        title="Inside Greywater",
    )
    assert not {n for _, n in credits(found) if n in {"Tomas Ilves", "Pim Oduya"}}
