"""A part shown in footage with its actor in brackets, then a colon before the words ("Ysolda
(Yseult Vrellick) also appears, dry as ever: “...”"), has the work's line, held."""

from tests.extract.helpers import facts, served_quotes

_TRAILER = "Quillmoor Reach trailer: every moment we spotted"


def _served(*paragraphs: str, title: str | None = None) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs, title=title))


def test_a_part_shown_with_its_actor_then_a_colon_is_held() -> None:
    assert (
        _served(
            "The trailer for Quillmoor Reach dropped this morning.",
            "Ysolda (Yseult Vrellick) also appears, dry as ever: “Mind the step, it bites.”",
            title=_TRAILER,
        )
        == []
    )
