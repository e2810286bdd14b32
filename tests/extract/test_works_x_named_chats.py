"""A name the cast gave their group chat, told after "tells us" ("she tells us the cast's group
chat is called “Tin Gang”"), is not the work's title; the work's own name so told still is."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quillon Row premiere live: the cast arrive on the harbour"
_LEDE = "Follow live as the cast of Lumen's harbour drama walk the carpet at the old custom house."


def _titles(sentence: str) -> set[str]:
    found = served_releases(_LEDE, sentence, "More arrivals soon.", date="2026-04-14", title=_TITLE)
    return {r.title or "" for r in found if r.kind.value == "title"}


def test_the_casts_group_chat_is_no_title() -> None:
    found = _titles(
        "Mirren Oakes, who plays the lock keeper, tells us the cast's group chat is called "
        "“Tin Gang” and will never be muted."
    )
    assert "Tin Gang" not in found


def test_the_works_own_name_told_after_tells_us_stays() -> None:
    found = _titles(
        "Mirren Oakes tells us the film is called “Tin Orchard” now, after a late change of mind."
    )
    assert "Tin Orchard" in found
