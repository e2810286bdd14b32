"""An answer to a question about the shoot ("Where did you film it?") that says "We started in
March ... We finished in May" gives the shoot's start and end months, looking back from the
interview. The same words after a question about something else, or a rehearsal, say nothing.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts("Tamsin Vell stars in Quillmoor, out on BBC One next week.", *paragraphs,
                  date="2026-05-04")  # fmt: skip
    return {
        (r.kind.value, str(r.window))
        for r in found.release
        if r.served and r.kind.value in {"filming_started", "filming_wrapped"}
    }


def test_months_in_an_answer_about_the_shoot() -> None:
    assert _shoot(
        "HOST: You shot it last autumn, right?",
        "TAMSIN: Yes, we started in September, up in Fife. We finished in November.",
    ) == {("filming_started", "2025-09"), ("filming_wrapped", "2025-11")}
    assert _shoot(
        "Where did you film it?",
        "We started in Dundee last February and it was freezing.",
    ) == {("filming_started", "2026-02")}


def test_months_after_a_question_about_something_else_say_nothing() -> None:
    assert (
        _shoot(
            "When did you first read the script?",
            "We started in September, reading it aloud around a kitchen table.",
        )
        == set()
    )
    assert (
        _shoot(
            "Where did you film it?",
            "Fife, mostly. We rehearsed in August.",
        )
        == set()
    )
