"""Review of round 181's rules on sentences of other shapes (invented text, none of the
corpus's names or titles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_ACTOR = "Brannoc Telfer was still at drama school when he landed the lead in Copper Hollow."


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_fronted_month_keeps_the_pronoun_subject() -> None:
    speakers = _speakers(
        _ACTOR,
        "Things moved quickly after that. In March 2025 he joined a stage revival opposite"
        " Ondine Carrow's Lady Anne, a part he still won't discuss.",
        "“I am not allowed to talk about it yet,” he says.",
    )
    assert speakers.get("I am not allowed to talk about it yet") != "Ondine Carrow"


def test_a_fronted_weekday_keeps_the_pronoun_subject() -> None:
    speakers = _speakers(
        _ACTOR,
        "On Friday he joined a stage revival opposite Ondine Carrow's Lady Anne, a part he"
        " still won't discuss.",
        "“I am not allowed to talk about it yet,” he says.",
    )
    assert speakers.get("I am not allowed to talk about it yet") != "Ondine Carrow"
