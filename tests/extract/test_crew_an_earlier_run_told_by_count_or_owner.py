"""A film that follows a series names who made the earlier runs: "after three seasons directed
by X" (a counted run, with no "the") or "Quillmoor’s second series, released in 2023, was
directed by X" (a numbered run owned by the show's name) credits that run, not the film, when
the film's own director is named; a count with no time before it keeps the credit (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quillmoor: the film, explained"
_LEDE = "Quillmoor: The Last Ebb, the film that ends the story, is directed by Pell Arno."


def _directors(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_counted_earlier_run_after_after_is_no_credit() -> None:
    for sentence in (
        "Arno came in after three seasons directed by Tamsin Greeve and Odo Villars.",
        "She arrives after two series directed by Tamsin Greeve.",
    ):
        found = _directors(sentence)
        assert "Tamsin Greeve" not in found and "Pell Arno" in found, sentence


def test_a_numbered_run_owned_by_the_show_is_no_credit() -> None:
    for sentence in (
        "Quillmoor’s second series, released in May 2023, was directed by Tamsin Greeve.",
        "Quillmoor's first season, shot in Fife, was directed by Tamsin Greeve.",
    ):
        found = _directors(sentence)
        assert "Tamsin Greeve" not in found and "Pell Arno" in found, sentence


def test_a_count_with_no_time_before_keeps_the_credit() -> None:
    lede = "Quillmoor returns to the BBC in May for a new run."
    sentence = "The new run of three episodes is directed by Tamsin Greeve."
    assert "Tamsin Greeve" in {c.name for c in facts(lede, sentence, title=_TITLE).crew}
