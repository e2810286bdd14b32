"""A newsletter item headed "<channel> <verb> <work>" ("2. ITV REVIVES THE COPPER LANE",
"3. Sky drops Wrenfield Athletic") whose paragraph sets that work's name after a genre ("has
cancelled pub comedy Wrenfield Athletic") is that work's item: its cast and creator are not ours,
though the name is not the heading's first words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "The Morning Reel: Lantern Bay gets its date, plus a renewal and an axe"


def _newsletter(heading: str, body: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        "Morning, all. Three items today.",
        _HEADLINE,
        "1. LANTERN BAY GETS ITS DATE",
        "Netflix confirmed that Lantern Bay returns in May. Orla Fenwick returns as Jess Pardoe.",
        heading,
        body,
        "3. THAT'S ALL",
        "See you tomorrow.",
        title=_HEADLINE,
    )
    return served_pairs(found), served_credits(found)


def test_a_verb_heading_items_cast_and_creator_are_not_ours() -> None:
    for heading, body in (
        (
            "2. ITV REVIVES THE COPPER LANE",
            "ITV has ordered a second series of mining drama The Copper Lane, with Ivo Kjeldsen "
            "returning as foreman Silas Garrow. Creator Tamsin Reave-Holt says it goes darker.",
        ),
        (
            "2. Sky drops Wrenfield Athletic",
            "After one run, Sky has cancelled pub comedy Wrenfield Athletic. Ivo Kjeldsen, who "
            "played keeper Silas Garrow, posted a goodbye. Creator Tamsin Reave-Holt thanked fans.",
        ),
    ):
        cast, crew = _newsletter(heading, body)
        assert ("Orla Fenwick", "Jess Pardoe") in cast, heading
        assert ("Ivo Kjeldsen", "Silas Garrow") not in cast, heading
        assert ("creator", "Tamsin Reave-Holt") not in crew, heading
