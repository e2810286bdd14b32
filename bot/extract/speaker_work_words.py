"""A one-word name set before a production noun names a work, never a person's first name.

Reports write a show by its one-word name as a modifier ("Larkspur cast say goodbye", "Larkspur
star Ada Vale", "the Larkspur finale") and its full title elsewhere ("the premiere of Larkspur
Rising"). Read as a first name, the lone word becomes the full title as a person, who then
"speaks" a pronoun's quote or counts as a second person beside the star. A word the text sets
so, not any known person's surname ("Hale fans" for the novelist Petra Hale), is the work's.
"""

from __future__ import annotations

from bot.extract.cues import hint
from bot.extract.lexicon import BROADCASTER, PRODUCTION_NOUNS
from bot.extract.people import People
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_VERB_AFTER = (
    r"(?:as|in|opposite|alongside|with|his|her|their|its|my|our|your|him|them|me|us|a|an|the|"
    r"off|out|aside|doubt)"
)
_VERB_NOUNS = r"(?:cast|casts|stars?|co-stars?)\b"
_VERB_NOUN = rf"{_VERB_NOUNS}(?![ ]{_VERB_AFTER}\b)"
"""A noun that can be a verb, read as the noun only when no verb's words follow: "Larkspur
stars bid farewell", never "Nadia stars as the lead" or "Nadia cast her mind back" (a verb, whose
subject is a person)."""
_NOUN = rf"(?:{_VERB_NOUN}|(?!{_VERB_NOUNS}){PRODUCTION_NOUNS}|actors?|actress|premiere)"
_WORK_WORD = lazy_pattern(rf"(?P<word>[A-Z](?<![\w’'-][A-Z])[a-z]{{2,}})[ ]{_NOUN}\b")
"""The noun reading only (see _VERB_NOUN); any other production noun is a noun whatever
follows: "Larkspur fans in Leeds", "the Larkspur trailer with new footage". (The capital comes
first and the look back for a word going on before it after, so that a search of the whole text
skips to the capitals.)"""
_CAPITAL_BEFORE = lazy_pattern(r"[A-Z][\w’'-]*[ ]$")
"""A capitalised word before the modifier: the end of a full name ("Ada Vale fans"), no work."""


def block_work_words(doc: Doc, people: People) -> None:
    """Keep the one-word work names ``doc`` sets before a production noun out of ``people``.

    This changes ``people`` in place, so the order of calls matters: it runs after cast, crew
    and organisations have read ``people`` (what they found is left as it was) and before
    speakers are resolved, the one reader of a lone first name ("Larkspur said" taken for
    "Larkspur Rising") that the block guards against."""
    text = doc.masked
    words = {
        match["word"]
        for match in _WORK_WORD.finditer(text)
        if not _CAPITAL_BEFORE.search(text, max(match.start() - 40, 0), match.start())
    }
    people.block({word for word in words if people.resolve(word) is None})
    people.block({
        word
        for match in (_STREAMING_NAME.finditer(text) if _STREAMING_CUE.search(text) else ())
        if not people.knows(match["title"])
        for word in match["title"].split()
    })  # fmt: skip


_STREAMING_NAME = lazy_pattern(
    r"(?<![\w’'-])(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,4})[ ](?:is|are)[ ](?:now[ ])?"
    rf"(?:(?:streaming|available(?:[ ]to[ ]stream)?)[ ]on[ ]{BROADCASTER}|on[ ]{BROADCASTER}"
    r"(?:[ ][A-Z][\w+]*)?[ ]from\b)"
)
"""A capitalised name that "is now streaming on" a service, or "is on" one "from" a day, is a
work's title: never a person for a pronoun or a quotation to stand for."""
_STREAMING_CUE = hint(*(
    f" {verb} {now}{word}"
    for verb in ("is", "are")
    for now in ("", "now ")
    for word in ("streaming ", "available", "on ")
))  # fmt: skip
"""The words every :data:`_STREAMING_NAME` holds: an article without them is not searched (the
pattern tries every capital of the text)."""
