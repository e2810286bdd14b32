"""A described speaker with a lesser job under a crew role ("the second assistant director",
"an associate producer") is not the film's director or producer."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes}


def test_an_assistant_director_is_not_the_director() -> None:
    found = _speakers(
        "Director Pim Halloway runs a calm set.",
        "Edna Vole's last day. The crew cheer as the first assistant director calls out:"
        " “That is a picture wrap on Edna Vole!” Vole curtsies.",
        "At lunch the second assistant director shouts: “Ten minutes, everyone!”",
    )
    assert found.get("That is a picture wrap on Edna Vole!") != "Pim Halloway"
    assert found.get("Ten minutes, everyone!") != "Pim Halloway"


def test_near_miss_the_director_is_still_the_director() -> None:
    found = _speakers(
        "Director Pim Halloway runs a calm set.",
        "Later the director tells me: “We got it in one.”",
    )
    assert found["We got it in one."] == "Pim Halloway"
