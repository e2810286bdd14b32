"""A headline listing works ("What to watch: X, ‘Y’ and more") quotes the second one as one of
several, not as the page's own; a headline quoting its work alone after a place keeps it."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article

_BODY = (
    "From a fenland farewell to a Midlands crime drama, here is what is on this weekend.",
    "Harrow Fen ends tonight on BBC One, and Ruth Penn has never been better.",
)


def _ours(title: str) -> frozenset[str]:
    return find_context(build_doc(article(*_BODY, date="2026-10-10", title=title))).ours


def test_a_quoted_title_in_a_list_is_not_ours() -> None:
    assert "Pewter" not in _ours("What to watch this weekend: Harrow Fen, ‘Pewter Lane’ and more")


def test_a_quoted_title_after_a_place_is_ours() -> None:
    assert "Pewter" in _ours("In Leeds, ‘Pewter Lane’ starts filming next week")
