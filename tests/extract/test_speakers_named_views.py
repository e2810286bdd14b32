"""Quote speakers (invented text): a named subject's view ("Reed expects a release “...”") is
never the sentence before's sayer's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_named_subjects_view_is_never_the_sentence_befores_sayer() -> None:
    found = _speakers(
        "Quillmere Deep was written and directed by Idris Fenwhistle and produced by"
        " Hollis Loxley-Dunmore for Channel 9.",
        "It has no distributor yet, though Fenwhistle says there have been “talks”."
        " Loxley-Dunmore expects a cinema release “late next spring, with luck”.",
    )
    assert found.get("late next spring, with luck") != "Idris Fenwhistle"
