"""Release: a later episode named with its own title between commas ("Episode three, “Tin
Gulls”, airs on Sunday") dates that episode, never the premiere; the first episode's day, titled
the same way, stays the premiere. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(line: str) -> set[object]:
    found = facts("A lede about the drama Wrenfield on Velo One.", line, date="2027-03-08").release
    return {r.date for r in found if r.kind.value == "premiere_date" and r.served}


def test_a_titled_later_episode_is_not_the_premiere() -> None:
    for line in (
        'Episode three, "Tin Gulls", airs on Velo One on Sunday 14 March.',
        "The fourth episode, ‘Ebb Water’, is broadcast on 21 March.",
    ):
        assert not _premieres(line), line


def test_a_titled_first_episode_stays_the_premiere() -> None:
    line = 'Episode one, "Tin Gulls", airs on Velo One on Sunday 14 March.'
    assert _premieres(line), line
