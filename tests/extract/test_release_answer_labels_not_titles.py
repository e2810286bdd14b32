"""In a printed interview, a name and colon opening the answer to a "Q:" line is who speaks, not
a title with a subtitle; the same shape elsewhere may still be one."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-13", title=title)
    return {r.title or "" for r in found.release if r.served and r.kind.value == "title"}


def test_an_answer_label_after_a_question_is_no_title() -> None:
    titles = _titles(
        "Tin Coracle begins on the broadcaster next week. Its director, Wren Aldous-Pike, spoke "
        "to us.",
        "Q: How did Tin Coracle come to you?",
        "Wren Aldous-Pike: Through Tobin Marsh, who wrote it. I read it in one night.",
        title="Wren Aldous-Pike: Tin Coracle and the art of the slow burn",
    )
    assert not any(title.startswith("Wren Aldous-Pike") for title in titles)


def test_an_answer_label_after_a_q_dot_is_no_title() -> None:
    titles = _titles(
        "Tin Coracle begins on the broadcaster next week. We spoke to its star, Ivo Tannery.",
        "Q. Where did you film?",
        "Ivo Tannery: Across Kelby Moor, which nobody warned us about.",
        title="Tin Coracle star Ivo Tannery: the interview",
    )
    assert not any(title.startswith("Ivo Tannery") for title in titles)


def test_a_subtitled_title_opening_a_line_after_no_question_stays_a_title() -> None:
    titles = _titles(
        "The streamer has dated its new drama.",
        "Tin Coracle: The Long Gloaming, which lands on the streamer on 5 June, stars Ivo Tannery.",
        title="Tin Coracle: The Long Gloaming gets a date",
    )
    assert "Tin Coracle: The Long Gloaming" in titles
