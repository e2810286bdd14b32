"""A sentence set in the original staging of the source casts that staging, not this series;
and a part's line in a scene ("as Nick says: ...") does not make its first name a person's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_original_stage_production_is_not_ours() -> None:
    found = facts(
        "Pellam Drive, a six-part comedy, has cast Quenby Marsh and Brisa Quell as Ottilie and "
        "Mabyn Fenn. The series adapts a 2021 stage play.",
        "In the original stage production, Ottilie was played by Hestor Vane and Mabyn by "
        "Tolliver Asch; neither is attached to the series.",
        title="Pellam Drive",
    )
    assert ("Hestor Vane", "Ottilie") not in pairs(found)
    assert ("Tolliver Asch", "Mabyn Fenn") not in pairs(found)
    assert ("Quenby Marsh", "Ottilie") in served_pairs(found)


def test_part_speaking_in_a_scene_stays_the_part() -> None:
    found = facts(
        "Netflix has released the trailer for Pellam Drive.",
        "The trailer opens on Ottilie Fenn (Quenby Marsh) packing boxes, with Mabyn Rook "
        "(Brisa Quell) in voiceover.",
        "The final shot fades in as Ottilie says: “Ask me later.”",
        title="Pellam Drive trailer breakdown",
    )
    assert ("Ottilie Fenn", "Quenby Marsh") not in pairs(found)
    assert ("Quenby Marsh", "Ottilie Fenn") in served_pairs(found)


def test_original_version_of_a_dub_stays_ours() -> None:
    found = facts(
        "The Spanish dub of Pellam Drive arrives on Netflix today.",
        "In the original version, Quenby Marsh plays Ottilie and Brisa Quell plays Mabyn.",
        title="Pellam Drive gets a Spanish dub",
    )
    assert ("Quenby Marsh", "Ottilie") in served_pairs(found)
