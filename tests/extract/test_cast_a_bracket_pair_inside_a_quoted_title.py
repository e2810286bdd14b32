"""A bracketed aside inside a quoted episode or song title ("Ada and Mira Forever (Promise)"):
the quotation's own words, never an actor and a part."""

from __future__ import annotations

from bot.extract.castquotedbrackets import QUOTED_BRACKET_DOUBT
from tests.extract.helpers import facts, served_pairs

TITLE = "Harrowgate Deep: the finale, reviewed"
LEDE = "Harrowgate Deep closed its second season on Sunday."


def test_a_bracket_inside_a_quoted_episode_title_is_not_a_casting() -> None:
    found = facts(
        LEDE,
        'The finale, titled "Wren and Ilse Always (Maybe)", ran to seventy minutes.',
        title=TITLE,
    )
    assert ("Ilse Always", "Maybe") not in served_pairs(found)
    assert ("Maybe", "Ilse Always") not in served_pairs(found)


def test_a_bracket_pair_after_a_quoted_title_is_not_held_as_quoted() -> None:
    found = facts(
        LEDE,
        'In "The Long Tide", Nerys Paltrey (Ilse Corran) finally faces her father.',
        title=TITLE,
    )
    names = {"Nerys Paltrey", "Ilse Corran"}
    read = [f for f in found.cast if {f.actor, f.character} == names]
    assert read
    assert all(f.doubt != QUOTED_BRACKET_DOUBT for f in read)
