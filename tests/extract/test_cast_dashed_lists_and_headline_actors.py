"""A dashed list under a cast header ("CAST", "Full cast:") says it lists actors, not which side
of the dash they stand on: the names' use elsewhere settles it, and a header alone settles
nothing (the list is held). An actor the headline names ("... STARRING INGRID SOLBERG AND KOFI
ANSAH") is an actor, never a work, so the line that casts them is kept."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_part_first_dashed_list_under_a_starring_headline() -> None:
    found = facts(
        "Harbour Pictures today set a 4 September release for The Lamplighter.",
        "Oscar nominee Ingrid Solberg leads the cast as a widow who keeps the gas lamps burning.",
        "CAST",
        "Agnes Pryce – Ingrid Solberg",
        "Samuel Tate – Kofi Ansah",
        "Lettie Moss – Hanne Virtanen",
        title="HARBOUR PICTURES DATES THE LAMPLIGHTER, STARRING INGRID SOLBERG AND KOFI ANSAH",
    )
    assert ("Ingrid Solberg", "Agnes Pryce") in served_pairs(found)
    assert ("Kofi Ansah", "Samuel Tate") in served_pairs(found)
    assert ("Hanne Virtanen", "Lettie Moss") in served_pairs(found)
    assert ("Lettie Moss", "Hanne Virtanen") not in pairs(found)


def test_a_part_first_dashed_list_with_actors_named_in_the_headline() -> None:
    found = facts(
        "Filming has begun on Tollgate, the BBC announced.",
        "Corin Blake, who was last seen in Saltmarsh, leads the cast.",
        "Full cast:",
        "Edwin Roe — Corin Blake",
        "Dora Fenn — Sade Umeh",
        "Pip Lowe — Anya Kerr",
        title="Corin Blake and Sade Umeh lead new drama Tollgate",
    )
    assert ("Corin Blake", "Edwin Roe") in served_pairs(found)
    assert ("Sade Umeh", "Dora Fenn") in served_pairs(found)
    assert ("Pip Lowe", "Anya Kerr") not in pairs(found)


def test_an_actor_first_dashed_list_follows_its_names_evidence() -> None:
    found = facts(
        "Filming has begun on Tollgate, the BBC announced.",
        "The drama follows Edwin Roe, a ferryman, and his sister Dora Fenn.",
        "Full cast:",
        "Corin Blake — Edwin Roe",
        "Sade Umeh — Dora Fenn",
        title="Tollgate begins filming",
    )
    assert ("Corin Blake", "Edwin Roe") in served_pairs(found)
    assert ("Sade Umeh", "Dora Fenn") in served_pairs(found)


def test_a_dashed_list_under_a_header_alone_is_held() -> None:
    found = facts(
        "Filming has begun on Tollgate, the BBC announced.",
        "Full cast:",
        "Corin Blake — Edwin Roe",
        "Sade Umeh — Dora Fenn",
        title="Tollgate begins filming",
    )
    assert not served_pairs(found)
