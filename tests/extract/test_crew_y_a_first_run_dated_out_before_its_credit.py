"""An ordinal run of the show whose past release, with its year, is set off before its credit
("the show's opening series, first aired in 2021 and directed by X") is that run's maker, not
the film's; a run told as still to come keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowgate film wraps in Leeds"
_LEDE = "The Harrowgate film, directed by Tobias Wren, wrapped in Leeds on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_run_out_in_a_past_year_before_its_credit_credits_nobody() -> None:
    for sentence in (
        "The show’s opening series, first aired in June 2021 and directed by Marta Quill, drew"
        " praise.",
        "The series' debut season, released in May 2020 and written by Marta Quill, was a hit.",
        "Its first season, aired in 2019, directed by Marta Quill, was a hit.",
    ):
        found = _crew(sentence)
        assert "Marta Quill" not in found, sentence
        assert "Tobias Wren" in found, sentence


def test_a_run_still_to_come_keeps_its_credit() -> None:
    sentence = (
        "The show's first season, due in May 2027 and directed by Marta Quill, is shooting now."
    )
    assert "Marta Quill" in _crew(sentence)
