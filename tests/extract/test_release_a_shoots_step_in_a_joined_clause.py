"""A shoot's start or wrap told in a clause joined on by ", and" ("Cameras rolled on 4 May in
Hull, and the shoot wrapped last month") is read as when it opens the sentence; a joined clause
with no month, or about another work's shoot, adds nothing. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Quillmoor, the new Kelpa drama, has a first trailer."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2026-10-14", title="Quillmoor: what we know")


def test_a_wrap_in_a_joined_clause_gives_its_month() -> None:
    for sentence in (
        "Cameras rolled on 4 May in Hull, and the shoot wrapped last month.",
        "The cast spent the summer on the Humber, but filming finished last month.",
    ):
        assert ("filming_wrapped", "2026-09", False) in _kinds(sentence), sentence


def test_a_joined_clause_with_no_month_or_another_work_adds_nothing() -> None:
    for sentence in (
        "The cast spent the summer on the Humber, and the shoot wrapped on time.",
        "Its lead is busy, and filming began last month on his next film.",
    ):
        assert not any(k == "filming_wrapped" or w == "2026-09" for k, w, _ in _kinds(sentence))
