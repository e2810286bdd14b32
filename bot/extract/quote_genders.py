"""Which "she" or "he" stands for a quotation's speaker, kept to cross-check the quotes after it.

A "she says" that finds (or, finding no one, goes on from) someone quoted as "he" is wrong
(:func:`uncrossed`). Only a pronoun that stands for the speaker is noted (:func:`speakers_pronoun`):
in "Director Tom Reed, she says, sent her a note: “...”" the "she" tells of Reed, who wrote
the note; Reed is no "she", and a later "she says" never finds him.
"""

from __future__ import annotations

from bot.extract.gender_pronouns import OTHER_PRONOUN
from bot.extract.interview_answers import mentions
from bot.extract.pronoun_subjects import TELLER_ASIDE
from bot.extract.speakers import Speaker
from bot.extract.text import Doc, Quote
from bot.extract.unplaced_speakers import PERSONAL_PRONOUN
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

UNATTRIBUTED = Speaker("", SourceKind.UNATTRIBUTED, "")
_LEAD_PRONOUN = lazy_pattern(r"[ ,]*(?:he|she)\b")


def crossed(
    own: Speaker | None, post: str, previous: QuoteFact | None, genders: dict[str, str]
) -> bool:
    """A "she says" finding (or, finding no one, going on from) someone quoted as "he": wrong."""
    if own is None and previous is not None and (lead := _LEAD_PRONOUN.match(post)):
        own = Speaker(previous.speaker, previous.source, lead.group().strip(" ,"))
    pronoun = PERSONAL_PRONOUN.search(own.attribution) if own is not None else None
    word = pronoun.group().lower() if pronoun is not None else ""
    return (
        own is not None and word in OTHER_PRONOUN and genders.get(own.name) == OTHER_PRONOUN[word]
    )


def uncrossed(
    own: Speaker | None, post: str, previous: QuoteFact | None, genders: dict[str, str]
) -> Speaker | None:
    """``own``, or no one when its pronoun crosses the one its speaker was quoted by."""
    return UNATTRIBUTED if crossed(own, post, previous, genders) else own


def speakers_pronoun(doc: Doc, quote: Quote, fact: QuoteFact) -> str:
    """The "she", "he" or "they" of ``fact``'s attribution when it stands for the speaker, else ""
    (none, or a teller's aside after the speaker's name: "Reed, she says, sent her:")."""
    pronoun = PERSONAL_PRONOUN.search(fact.attribution)
    if pronoun is None or fact.source is not SourceKind.PERSON:
        return ""
    sentence = doc.sentence_at(quote.start)
    aside = TELLER_ASIDE.search(doc.masked, sentence.start, quote.start)
    if (
        aside is not None
        and aside["pronoun"] != "they"
        and mentions(fact.speaker, doc.masked[sentence.start : aside.start()])
    ):
        return ""
    return pronoun.group().lower()


def note_gender(fact: QuoteFact, pronoun: str, genders: dict[str, str]) -> None:
    """Keep the speaker's ``pronoun`` for the quotes after (a held line's "he" may be a part's)."""
    if pronoun in OTHER_PRONOUN and fact.served:
        genders.setdefault(fact.speaker, pronoun)
