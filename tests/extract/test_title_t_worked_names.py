"""The article's own production named by what only a screen work has or does ("the first X
teaser", "on the set of X", "X wrapped last week"), with no kind beside the name, is its title;
a name used once is not."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import served_releases


def _titles(line: str, title: str) -> list[str]:
    found = served_releases(line, date="2026-03-02", title=title)
    return [fact.title or "" for fact in found if fact.kind == ReleaseKind.TITLE]


def test_a_teaser_names_the_work() -> None:
    line = (
        "Orlapine dropped the first Tessmoor Gildry teaser on Thursday, and fans of "
        "Tessmoor Gildry have watched it on repeat."
    )
    assert _titles(line, "Fans react to the Tessmoor Gildry teaser") == ["Tessmoor Gildry"]


def test_the_set_of_names_the_work() -> None:
    line = "A day on the set of Tessmoor Gildry. Tessmoor Gildry has been filming since May."
    assert _titles(line, "Set diary: on the set of Tessmoor Gildry") == ["Tessmoor Gildry"]


def test_a_name_used_once_is_not_served() -> None:
    line = "Orlapine dropped the first Tessmoor Gildry teaser on Thursday."
    assert _titles(line, "Fans react to a new teaser") == []
