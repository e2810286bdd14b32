"""A live blog's timed entry (its time given as "14:05" or "2:05pm") may turn to another show
by naming only its numbered season or its panel ("Calder Moss season three lands ...", "the
Calder Moss panel"): what that entry casts or dates is that show's. An entry on ours that names
a season in passing keeps its facts."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_pairs

_HEADLINE = "Fan convention live: Quillon Row film title unveiled and more"
_OURS = "3:10pm – The Quillon Row film stars Ansel Ferrand as Gideon Moult, the studio confirmed."
_OPEN = "1:00pm – Welcome to our live coverage of the fan convention."
_LEDE = "The studio unveiled the Quillon Row film's title at the convention."


def _blog(entry: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(_LEDE, "By Della Marchmont | Last updated 3:40pm", _OURS, entry, _OPEN,
              title=_HEADLINE)
    )  # fmt: skip


def test_an_entry_naming_another_shows_numbered_season_casts_that_show() -> None:
    found = _blog(
        "2:45pm – Perpetua Algood got the biggest cheer as Ines Quarrie, confirming that "
        "Calder Moss season three arrives on 4 May."
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_entry_on_another_shows_panel_casts_and_dates_that_show() -> None:
    entry = (
        "14:20 Before lunch came the Calder Moss panel. Perpetua Algood, who plays Ines "
        "Quarrie, said the next run lands on 9 October."
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in _blog(entry)
    kinds = release_kinds(_LEDE, "By Della Marchmont", _OURS, entry, _OPEN,
                          date="2026-03-02", title=_HEADLINE)  # fmt: skip
    assert not any(date == "2026-10-09" for _, date, _ in kinds)


def test_an_entry_on_ours_naming_a_season_by_its_number_alone_keeps_its_cast() -> None:
    found = _blog(
        "2:45pm – After season two, Perpetua Algood joins the Quillon Row film as Ines Quarrie."
    )
    assert ("Perpetua Algood", "Ines Quarrie") in found


def test_a_channels_panel_keeps_its_cast() -> None:
    found = _blog(
        "2:45pm – At the Netflix panel, Perpetua Algood was unveiled as Ines Quarrie in the "
        "Quillon Row film."
    )
    assert ("Perpetua Algood", "Ines Quarrie") in found


def test_an_entry_opening_on_another_film_in_apposition_casts_that_film() -> None:
    found = _blog(
        "2:45pm – The closing film, Vor dem Sturm, is under way. Its director’s drama stars "
        "Perpetua Algood as Ines Quarrie."
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_entry_opening_on_our_film_in_apposition_keeps_its_cast() -> None:
    found = _blog(
        "2:45pm – The new film, Quillon Row Forever, is under way. It stars Perpetua Algood as "
        "Ines Quarrie."
    )
    assert ("Perpetua Algood", "Ines Quarrie") in found
