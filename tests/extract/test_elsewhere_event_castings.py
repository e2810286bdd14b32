"""Castings told among another work's people at an event (invented names and titles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

TITLE = "Quillmere live: the panel, the footage and the news"
LEDE = "Follow our live coverage of the Quillmere panel, where the cast shared first footage."


def test_a_panel_of_another_work_with_its_player_is_not_ours() -> None:
    found = facts(
        LEDE,
        "Tansy Wickford, who plays Mira Dunstan, waved to the crowd.",
        "Next on the main stage: a Thessaly Moor panel with Orrin Blaise, who plays Captain"
        " Ashgrove.",
        title=TITLE,
    )
    assert ("Tansy Wickford", "Mira Dunstan") in served_pairs(found)
    assert ("Orrin Blaise", "Captain Ashgrove") not in served_pairs(found)


def test_another_works_panel_with_a_bracketed_part_is_not_ours() -> None:
    found = facts(
        LEDE,
        "Quick aside: the Gossamer Yard panel, where Hesper Vane (Wenna Trelawny) got a standing"
        " ovation, was earlier this afternoon.",
        title=TITLE,
    )
    assert ("Hesper Vane", "Wenna Trelawny") not in served_pairs(found)


def test_the_cast_of_another_gala_film_is_not_ours() -> None:
    found = facts(
        LEDE,
        "Also on the carpet: the cast of tomorrow's gala The Gullfarers, including Fenwick"
        " Tallis, who plays the ferryman Ivo Carrack.",
        title=TITLE,
    )
    assert ("Fenwick Tallis", "Ivo Carrack") not in served_pairs(found)


def test_our_own_panel_keeps_its_castings() -> None:
    found = facts(
        LEDE,
        "On stage now: the Quillmere panel, with Pell Aderyn, who plays Wenna Trelawny.",
        title=TITLE,
    )
    assert ("Pell Aderyn", "Wenna Trelawny") in served_pairs(found)


def test_a_part_named_elsewhere_keeps_its_casting() -> None:
    found = facts(
        LEDE,
        "Wenna Trelawny gets the biggest cheer of the clip.",
        "Backstage at the Amberlight panel, Pell Aderyn, who plays Wenna Trelawny, signed posters.",
        title=TITLE,
    )
    assert ("Pell Aderyn", "Wenna Trelawny") in served_pairs(found)


def test_a_screening_headed_by_a_place_keeps_its_casting() -> None:
    found = facts(
        LEDE,
        "At a Tollerby screening on Thursday, Pell Aderyn, who plays Wenna Trelawny, surprised"
        " the audience.",
        title=TITLE,
    )
    assert ("Pell Aderyn", "Wenna Trelawny") in served_pairs(found)
