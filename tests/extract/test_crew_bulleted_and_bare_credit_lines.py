"""Credits lines in a bulleted list ("* Director: X", "- Music: Y") and a bare "screenplay by"
at a line's start or after a comma ("- screenplay by A and B", "directed by X, script by Y")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_bulleted_credit_labels_credit_the_listed_people() -> None:
    found = facts(
        "The Orchard Keys film has moved to June, so here is what we know.",
        "**Crew**",
        "* Director: Hollis Brandvold",
        "* Writer: Maren Oyelowo-Tait",
        "* DoP: Ivo Castellane",
        "* Music: Tamsin Adebayo-Roux",
        title="Orchard Keys film delayed to June",
    )
    assert {
        ("director", "Hollis Brandvold"),
        ("writer", "Maren Oyelowo-Tait"),
        ("cinematographer", "Ivo Castellane"),
        ("composer", "Tamsin Adebayo-Roux"),
    } <= credits(found)
    found = facts(
        "Everything confirmed so far about Pale Lantern.",
        "- Composer: Rafferty Nwosu",
        "- Editor: Selin Marchbank",
        title="Pale Lantern: everything confirmed",
    )
    assert {("composer", "Rafferty Nwosu"), ("editor", "Selin Marchbank")} <= credits(found)


def test_a_bulleted_cast_label_or_a_label_inside_a_line_credits_no_crew() -> None:
    found = facts(
        "Everything confirmed so far about Pale Lantern.",
        "- Cast: Rafferty Nwosu (Tom), Selin Marchbank (Ada)",
        "- Someone asked about the music: Rafferty Nwosu has said nothing.",
        title="Pale Lantern: everything confirmed",
    )
    assert not {r for r, n in credits(found) if n in {"Rafferty Nwosu", "Selin Marchbank"}}


def test_a_bare_screenplay_by_at_a_line_start_or_after_a_comma_credits_writers() -> None:
    found = facts(
        "A recap of Copper Tide for new members:",
        "- directed by Orla Ní Fhearghail",
        "- screenplay by Dermot Achebe-Lund and Orla Ní Fhearghail",
        title="Copper Tide gets a release date",
    )
    assert {
        ("writer", "Dermot Achebe-Lund"),
        ("writer", "Orla Ní Fhearghail"),
        ("director", "Orla Ní Fhearghail"),
    } <= credits(found)
    found = facts(
        "Copper Tide, directed by Piet Vandermolen, script by Hanne Grisvold, opens in May.",
        title="Copper Tide opens in May",
    )
    assert ("writer", "Hanne Grisvold") in credits(found)


def test_a_credit_label_with_a_dash_credits_the_named_person() -> None:
    found = facts(
        "Everything confirmed so far about Pale Lantern.",
        "* Director – Hollis Brandvold",
        "* Composer — Tamsin Adebayo-Roux",
        title="Pale Lantern: everything confirmed",
    )
    assert {("director", "Hollis Brandvold"), ("composer", "Tamsin Adebayo-Roux")} <= credits(found)
