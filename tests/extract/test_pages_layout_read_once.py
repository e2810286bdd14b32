"""A page's layout (a guide's name lines over where lines) is read once per article and handed
to every chain that asks; a second article gets its own reading, never the first one's."""

from __future__ import annotations

from bot.extract.crewguideentries import where_line_entries
from bot.extract.doc_build import build_doc
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from tests.extract.helpers import article

_GUIDE = (
    "Three new arrivals for the week ahead.",
    "Streaming this week: Harbour Lights returns",
    "Harbour Lights",
    "Netflix, from Friday 12 June",
    "The fishing drama is back for a second run.",
    "Copper Vault",
    "Channel 4, Sunday 14 June, 9pm",
    "A banker with secrets.",
)


def test_reads_a_page_once_for_every_chain() -> None:
    doc = build_doc(article(*_GUIDE, title=_GUIDE[1]))
    first = where_line_entries(doc)
    assert len(first) == 2
    assert where_line_entries(doc) is first
    assert isinstance(first, tuple) and all(isinstance(entry, tuple) for entry in first)


def test_reads_a_new_page_afresh() -> None:
    guide = build_doc(article(*_GUIDE, title=_GUIDE[1]))
    plain = build_doc(article("A film wraps.", "Harbour Lights wraps", "It wrapped in May."))
    assert len(where_line_entries(guide)) == 2
    assert where_line_entries(plain) == ()
    assert len(where_line_entries(guide)) == 2


def test_keeps_one_reading_for_each_question() -> None:
    asked: list[str] = []

    @once_per_doc
    def words(doc: Doc, word: str, *, lower: bool = False) -> int:
        asked.append(word)
        return doc.text.lower().count(word) if lower else doc.text.count(word)

    doc = build_doc(article(*_GUIDE, title=_GUIDE[1]))
    assert words(doc, "Harbour") == words(doc, "Harbour") == 3
    assert words(doc, "harbour", lower=True) == 3
    assert words(doc, "harbour") == 0
    assert asked == ["Harbour", "harbour", "harbour"]
