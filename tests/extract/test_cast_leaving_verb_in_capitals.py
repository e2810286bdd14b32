"""A tabloid sets the leaving verb in capitals for stress: "X, 38, who plays Y, has QUIT" and
"X, who plays Y, has LEFT" say the actor is gone, as the lower-case verbs do (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_TITLE = "BRINDLE LANE BOMBSHELL: pub landlord star OFF"
_LEDE = "Brindle Lane fans are in for a shock."


@pytest.mark.parametrize(
    "sentence",
    [
        "Orrin Hale, 38, who plays landlord Fitch Marron, has QUIT Brindle Lane after a row "
        "over storylines, insiders say.",
        "Orrin Hale, who plays Fitch Marron, has LEFT the show, and his last scenes air in May.",
        "Veteran Orrin Hale, who plays Fitch Marron, has now STEPPED DOWN from the role.",
        "Orrin Hale, who has played Fitch Marron since 2019, has DEPARTED the soap.",
    ],
)
def test_a_capitalised_leaving_verb_after_who_plays_is_a_former_part(sentence: str) -> None:
    found = facts(_LEDE, sentence, title=_TITLE)
    status = served_statuses(found).get(("Orrin Hale", "Fitch Marron"))
    assert status is CastStatus.FORMER, sentence


def test_a_capitalised_word_elsewhere_leaves_a_current_part() -> None:
    found = facts(
        _LEDE,
        "Orrin Hale, who plays Fitch Marron, has SIGNED a new deal with the soap.",
        title=_TITLE,
    )
    assert served_statuses(found).get(("Orrin Hale", "Fitch Marron")) is CastStatus.CURRENT
