"""Quote speakers on invented text: after a whole sentence narrating someone's reaction, a quote
that speaks of a "he" or "she" is a reply about the one quoted before, never more of their words:
it goes to the reaction's named subject, or (a pronoun that is not the reply's) to no one."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_TITLE = "Dunmarrow: Petronella Vask and Tobiah Wrenfold on the last series"
_LEDE = (
    "Dunmarrow, the BBC One drama, stars Petronella Vask as Hester Quill and Tobiah Wrenfold as"
    " the vicar, Amos Hale."
)


def _quote(start: str, *lines: str) -> QuoteFact:
    found = facts(_LEDE, *lines, date="2026-05-02", title=_TITLE)
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_reply_after_a_named_reaction_is_the_reactors() -> None:
    quote = _quote(
        "He’s been",
        "“Tobiah is the kindest actor I know,” Vask says. “He never lets a scene drop.” "
        "Wrenfold groans when we read it back to him. “He’s been saying that for years.”",
    )
    assert (quote.speaker, quote.source) == ("Tobiah Wrenfold", SourceKind.PERSON)


def test_a_reply_after_another_pronouns_reaction_is_no_ones() -> None:
    quote = _quote(
        "She’s only",
        "Wrenfold has played the vicar since the first series, he says. Petronella Vask, who plays "
        "Hester, once described Wrenfold as “the calmest man in Yorkshire”. He laughs at that. "
        "“She’s only being polite. Print that.”",
    )
    assert quote.source is SourceKind.UNATTRIBUTED


def test_more_words_after_the_speakers_own_attribution_stay_theirs() -> None:
    quote = _quote(
        "He never",
        "“Tobiah is the kindest actor I know,” Vask says. “He never lets a scene drop.”",
    )
    assert (quote.speaker, quote.source) == ("Petronella Vask", SourceKind.PERSON)
