"""A name after a colon that goes on with the verb of a part ("Casting news for Tarn Street:
Edie Marlow plays a lock-keeper") is an actor, not a subtitle of the work: no "Tarn Street:
Edie Marlow" title. A subtitle that goes on as the work does ("Tarn Street: The Long Thaw plays
at the Lantern festival") is still read as one."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Live from the streamer's spring slate in Leeds."
_DATED = "The top news: Tarn Street, the canal drama, has a date. It arrives on 3 April."


def _titles(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-02", title="Slate LIVE: Tarn Street date and more")
    return {r.title or "" for r in found.release if r.served and r.kind.value == "title"}


def test_a_name_playing_a_part_after_a_colon_is_no_subtitle() -> None:
    for sentence in (
        "Casting news for Tarn Street: Edie Marlow plays a lock-keeper, with Ravi Osei as her"
        " brother.",
        "Cast confirmed for Tarn Street: Edie Marlow stars as the lock-keeper Nan Pryce.",
    ):
        titles = _titles(_LEDE, _DATED, sentence)
        assert not any("Marlow" in title for title in titles), sentence


def test_a_subtitled_title_that_plays_at_a_festival_is_kept() -> None:
    titles = _titles(
        "In Tarn Street: The Long Thaw, which opens on 3 April, Edie Marlow goes home.",
        "Tarn Street: The Long Thaw plays at the Lantern festival first.",
    )
    assert "Tarn Street: The Long Thaw" in titles
