"""Words credited to no one that open a sentence as its subject are talked about, not said."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPEN = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_OPEN, *paragraphs).quotes}


def test_a_quoted_casting_phrase_as_a_subject_is_held() -> None:
    found = _quotes(
        "Top comments",
        "“Joss Ebury as a lighthouse keeper in Cobh” was nowhere on my list and he is superb.",
    )
    assert found.get("Joss Ebury as a lighthouse keeper in Cobh") is not True


def test_a_remark_reported_as_all_she_said_is_still_served() -> None:
    found = _quotes(
        "Mara Quill kept it short at the launch.",
        "“We are so proud of it” was all Mara Quill said before leaving the stage.",
    )
    assert "We are so proud of it" in found
    assert found["We are so proud of it"] is True
