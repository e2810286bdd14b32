"""A quotation that goes on from one held for who posted it is held with it.

"The official @saltmarsh account shared a clip. “That's a wrap,” the account wrote. “Back
soon.”" The first words are the account's, held when credited to a person named before; the
second part, with no attribution of its own, is the same post and the same doubt, so it is held
too rather than served as that person's. So are the further words of someone a label names by
a first name alone ("“...,” said one fan, Ada, 17. “...”"): held, not served as the label's.

So is the further sentence of words no one is named to say ("“We lost two days,” the
30-year-old said. “The pump flooded too.”", where nothing says who the 30-year-old is): the
first words stand for the quotation, served without a speaker; a second piece served alone, with
no speaker either, is not a quote of its own.
"""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind, held

ACCOUNT_DOUBT = "an account posted these words, not the person credited"
"""Why an account's words credited to a person are held (see :mod:`bot.extract.speaker_fit`)."""

FIRST_NAME_DOUBT = "named by a first name only, beside its unnamed label"
"""Why words of someone a label names by a first name alone are held ("said one fan, Ada, 17":
see :mod:`bot.extract.unnamed_appositions`); the sentence after, no attribution of its own, is
the same person's and no more the label's."""

_CARRIED = frozenset({ACCOUNT_DOUBT, FIRST_NAME_DOUBT})
_NO_ONES = "the rest of words no one is named to say"


def held_with_head(fact: QuoteFact, before: QuoteFact | None) -> QuoteFact:
    """``fact`` held as ``before`` was when it continues ``before``'s words, credited alike."""
    if before is None or not fact.continues_previous or fact.attribution:
        return fact
    unattributed = SourceKind.UNATTRIBUTED
    if fact.served and fact.source is unattributed and before.source is unattributed:
        return held(fact, _NO_ONES)
    if before.doubt not in _CARRIED or (fact.speaker, fact.source) != (
        before.speaker,
        before.source,
    ):
        return fact
    return held(fact, before.doubt)
