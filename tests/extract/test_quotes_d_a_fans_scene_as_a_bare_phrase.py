"""A fan's comment naming a scene as a bare phrase, "A saying “...” to B.", gives the parts'
line in the work, not words either actor said to anyone reporting."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Gannet Row is out today on BBC One. Discuss below."


def test_a_bare_saying_to_phrase_is_not_served() -> None:
    found = facts(
        _LEDE,
        'Tamsin Orrery saying "You were always the brave one, pet" to Kestle Trewin.'
        " That's it. That's the comment.",
    )
    assert not any(q.served and q.text.startswith("You were always") for q in found.quotes)
