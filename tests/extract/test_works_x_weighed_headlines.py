"""A headline weighing two works ("X wows, ‘Y’ divides") makes the quoted second one no more the
page's than the first: a film glossed later is another; a headline quoting its work alone keeps
it."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article

_BODY = (
    "Good morning from the river. Tonight's big screening is Copper Bay, the harbour drama from"
    " Tom Ashe.",
    "First up, Harrow Fen, a ghost story from Lena Brook. It opens in cinemas on 6 November.",
)


def _context(title: str) -> tuple[frozenset[str], frozenset[str]]:
    context = find_context(build_doc(article(*_BODY, date="2026-10-10", title=title)))
    return context.ours, context.headline


def test_the_second_of_two_weighed_works_is_not_ours() -> None:
    ours, headline = _context("Festival day two live: Copper Bay soars, ‘Harrow Fen’ sinks")
    assert "Harrow" not in ours
    assert "Harrow" not in headline


def test_a_quoted_work_alone_is_ours() -> None:
    ours, _ = _context("Festival day two live: ‘Harrow Fen’ sinks")
    assert "Harrow" in ours
