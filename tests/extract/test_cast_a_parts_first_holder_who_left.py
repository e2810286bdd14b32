"""A part's first holder told in a clause on the part, who then left ("a role first announced
for the actor X, who left the production"; "the role of Y was first given to X, who left the
project") held it and lost it: former; one who did not leave is no leaver (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_TITLE = "Channel 4's Brackenmoor: everything we know"
_LEDE = "Channel 4's Brackenmoor, a four-part drama set on a Yorkshire farm, airs this autumn."


def _cast(sentence: str) -> dict[tuple[str, str], CastStatus]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {(c.actor, c.character): c.status for c in found.cast if c.served}


def test_the_parts_first_holder_who_left_is_former() -> None:
    for sentence in (
        "Teodora Vass joins as shepherd Agnes Coult, a role first announced for the Hungarian"
        " actor Ilka Marren, who left the production in June.",
        "The producer says the role of Agnes Coult was first given to Ilka Marren, who left"
        " the project last year.",
    ):
        assert _cast(sentence).get(("Ilka Marren", "Agnes Coult")) is CastStatus.FORMER, sentence


def test_a_first_holder_who_stayed_is_no_leaver() -> None:
    cast = _cast(
        "Teodora Vass joins as shepherd Agnes Coult, a role first announced for the Hungarian"
        " actor Ilka Marren, who later joined the writers' room."
    )
    assert ("Ilka Marren", "Agnes Coult") not in cast


def test_a_part_only_offered_casts_no_one() -> None:
    cast = _cast(
        "The producer says the role of Agnes Coult was first offered to Ilka Marren, who"
        " withdrew to do a play."
    )
    assert ("Ilka Marren", "Agnes Coult") not in cast
