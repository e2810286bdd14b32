"""Another work led by its kind, named with "called" ("a drama for Sky called T, directed by X")
or with its stars between title and credit ("the heist thriller T, starring A and directed by
X"), is that work's credit, not the article's; the article's own title told the same way keeps
its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowgate film wraps in Leeds"
_LEDE = "The Harrowgate film, directed by Tobias Wren, wrapped in Leeds on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_another_kind_told_titles_maker_is_no_credit() -> None:
    for sentence in (
        "It beat the heist thriller Copper Wren, starring Ada Vale and directed by Marta Quill,"
        " which fell to second.",
        "What's next? A thriller for Sky called Copper Wren, directed by Marta Quill, in May.",
        "Next she cuts a drama for Channel 4 called Copper Wren, written by Marta Quill.",
    ):
        found = _crew(sentence)
        assert "Marta Quill" not in found, sentence
        assert "Tobias Wren" in found, sentence


def test_the_articles_own_title_keeps_its_credit() -> None:
    for sentence in (
        "The sports drama Harrowgate, starring Ada Vale and directed by Marta Quill, opens soon.",
        "The film, starring Ada Vale and directed by Marta Quill, opens soon.",
    ):
        assert "Marta Quill" in _crew(sentence), sentence
