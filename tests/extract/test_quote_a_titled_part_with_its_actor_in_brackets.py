"""Quotes on invented text: in a piece about a trailer, a part named by its title with its
actor in brackets, or a voice taken to be that part, whispering words speaks the work's line,
not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Quistmoor trailer breakdown: 7 things you might have missed"
_LEDE = "BBC One’s winter drama Quistmoor finally has a full trailer."
_CAST = "Skerrowby Quarrell-Obi plays Inspector Odile Marsh, a detective back in her home town."


def test_a_titled_part_with_its_actor_whispering_gives_the_works_line() -> None:
    for line in (
        "1. The opening line. Over a shot of an empty quay, a voice we take to be Inspector"
        " Odile Marsh (Skerrowby Quarrell-Obi) whispers, “Nobody sleeps in this harbour.”",
        "2. The pier. Inspector Odile Marsh (Skerrowby Quarrell-Obi) whispers, “The tide knows.”",
    ):
        found = facts(_LEDE, _CAST, line, date="2026-09-03", title=_TITLE)
        assert not served_quotes(found), served_quotes(found)
