"""A tabloid sets the leaving verb in capitals for stress: "X, 51, who plays Y, has QUIT the
soap" and "X, who plays Y, has LEFT" say the actor is gone, as the lower-case verbs do (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_TITLE = "SALT HARBOUR SHOCK: soap hunk QUITS"


def test_a_capitalised_leaving_verb_after_who_plays_is_a_former_part() -> None:
    for sentence in (
        "Dale Westrop, 51, who plays Mags’s gruff trawlerman husband Ned Pascoe, has QUIT the"
        " soap just weeks into filming, we can reveal.",
        "Dale Westrop, who plays trawlerman Ned Pascoe, has LEFT Salt Harbour after six years.",
        "Soap favourite Dale Westrop, who plays Ned Pascoe, has WALKED AWAY from the show.",
    ):
        found = facts("Salt Harbour star Mags Ferrie is heartbroken.", sentence, title=_TITLE)
        status = served_statuses(found).get(("Dale Westrop", "Ned Pascoe"))
        assert status is CastStatus.FORMER, sentence


def test_a_capitalised_word_elsewhere_leaves_a_current_part() -> None:
    found = facts(
        "Salt Harbour star Mags Ferrie is heartbroken.",
        "Dale Westrop, who plays Ned Pascoe, has SIGNED a new deal with the soap.",
        title=_TITLE,
    )
    assert served_statuses(found).get(("Dale Westrop", "Ned Pascoe")) is CastStatus.CURRENT
