"""Words opening a comment on a trailer and placed at a moment of the footage ("“...” at the
end.") are the trailer's line, held; words said at the end of an interview stay."""

from tests.extract.helpers import facts, served_quotes

_TRAILER = "Quillmoor Reach trailer: every moment we spotted"


def _served(*paragraphs: str, title: str | None = None) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs, title=title))


def test_a_line_placed_at_the_end_of_the_trailer_is_held() -> None:
    assert (
        _served(
            "The trailer for Quillmoor Reach dropped this morning.",
            "“You kept the lamp on for me” at the end. I am not fine.",
            title=_TRAILER,
        )
        == []
    )


def test_a_line_at_the_end_of_an_interview_stays() -> None:
    quotes = facts(
        "Yseult Vrellick spoke to us about the trailer for Quillmoor Reach.",
        "“I cried reading the last page,” she said at the end of the interview.",
        title=_TRAILER,
    ).quotes
    assert [q.served for q in quotes] == [True]
