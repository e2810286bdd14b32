"""A version of the work in another medium ("a stage adaptation, directed by Y, opens in
October") is another production: its director and its opening are not the screen work's. What
the sentence says before it ("Vell's novel is out in paperback; ...") stays as read."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Ada Vell on the last days of the Lumen Tide shoot"


def _found(closing: str) -> tuple[set[str], set[str]]:
    found = facts(
        "Three weeks into the Lumen Tide shoot, Ada Vell talks about endings.",
        "Filming began on 3 June in Leeds.",
        closing,
        date="2027-07-01",
        title=TITLE,
    )
    crew = {c.name for c in found.crew if c.served}
    windows = {str(r.window) for r in found.release if r.served and r.window is not None}
    return crew, windows


def test_a_stage_versions_director_and_opening_are_not_served() -> None:
    crew, windows = _found(
        "Vell's novel Tin Lofts is out in paperback; a theatre version, directed by Bram "
        "Oduya, opens at the Lyric in November."
    )
    assert "Bram Oduya" not in crew
    assert not windows


def test_the_screen_works_director_in_a_plain_sentence_is_served() -> None:
    crew, _ = _found("The film, directed by Nell Quarry, wraps in August.")
    assert "Nell Quarry" in crew


def test_the_play_a_film_adapts_keeps_the_credits_after_it() -> None:
    found = facts(
        "Lumen Tide, the new drama from director Nell Quarry, opens in cinemas on Friday.",
        "The screenplay is by Bram Oduya, adapting his own radio play, and the film is produced "
        "by Ida Merrow for Tinlight Films.",
        date="2027-07-01",
        title="Lumen Tide review: a slow, lovely film",
    )
    assert "Ida Merrow" in {c.name for c in found.crew if c.served}
