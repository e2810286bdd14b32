"""A line linking another story ("Read also:", "See also -", "Related:") gives that story's
headline: words in marks there are no quote in this article."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The coastal drama opened on Friday to strong reviews across Europe."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs))]


def test_a_read_also_line_is_held() -> None:
    assert _served("Read also: Odile Brannagh: “I played the keeper for my grandmother”") == []


def test_a_see_also_line_is_held() -> None:
    assert _served("See also - “The pier nearly beat us,” says Hana Velde") == []


def test_a_quote_in_the_body_is_kept() -> None:
    assert _served("Odile Brannagh said: “I played the keeper for my grandmother.”") != []
