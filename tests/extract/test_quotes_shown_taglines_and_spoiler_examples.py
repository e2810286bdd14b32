"""Quotes on invented text: a tagline after "The tagline?" and an example that "counts as a
spoiler" are words shown or named, no one's quote, never served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kernow Reach, the drama starring Tamsin Elbury and Wynn Callard, streams from June."


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text for q in found.quotes if q.served}


def test_a_tagline_after_a_question_mark() -> None:
    assert _served(
        "The trailer is here, set to a slow piano. The tagline? ‘Every tide turns home.’",
        "“We kept it quiet on purpose,” Elbury said.",
    ) == {"We kept it quiet on purpose"}


def test_an_example_that_counts_as_a_spoiler() -> None:
    assert not _served(
        "Rules for the thread. “Pellor dies in the storm” counts as a spoiler. Be kind.",
    )
