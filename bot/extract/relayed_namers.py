"""Words a named subject says or calls something by, told "according to" someone else after the
quote, are the subject's.

"Director Ivo Brandt called her “the heart of the shoot”, according to Tell." and "Brandt said
the crew were “a family”, according to Tell.": Tell passes on Brandt's words, so the speaker is
Brandt, whose verb frames them, not Tell. Only a sentence that opens on a full name (a role before
it allowed), whose verb of saying or naming comes straight after it, with no quotation or clause
break before the quote, counts; a pronoun subject ("He called her ...") or a subject with an aside
("Brandt, who worked with Tell, called ...") is left to the other rules, and so is a clause
that reports another's saying ("Brandt said her father called it “...”": the father's words,
neither Brandt's nor the teller's) is held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.lexicon import SAYING, SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.subjects import ROLES_BEFORE
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_FRAMED = lazy_pattern(
    rf"{ROLES_BEFORE}(?P<name>{NAME})[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b"
    r"(?P<rest>[^“”\"‘’.;:!?,]{0,60})[“\"‘']?$"
)
"""The sentence up to the quote: a named subject, its verb, and the rest of its clause."""
_ACCORDING = lazy_pattern(r"[Aa]ccording[ ]to[ ]")


def relayed_namer(
    doc: Doc, quote: Quote, fact: QuoteFact, resolve: Callable[[str], str | None]
) -> QuoteFact | None:
    """``fact`` credited to the named subject whose verb frames it, when the speaker found is
        only the one it is told "according to" after the quote, held when a third person's saying
    sits inside; None when that is not so."""
    if not fact.served or _ACCORDING.match(fact.attribution) is None:
        return None
    sentence = doc.sentence_at(quote.start)
    if sentence.end < quote.end:
        return None
    framed = _FRAMED.fullmatch(doc.text, sentence.start, quote.start)
    if framed is None or " " not in framed["name"]:
        return None
    if SAYING.search(framed["rest"]):
        return held(fact, "another's words inside a relayed report")  # "said her father called"
    person = resolve(framed["name"])
    if person is None or person == fact.speaker:
        return None
    return replace(
        fact, speaker=person, source=SourceKind.PERSON, attribution=framed.group().rstrip("“\"‘' ")
    )
