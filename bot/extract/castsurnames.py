"""The person a sentence names by surname alone as its subject, for
:mod:`bot.extract.castpronouns`.

Profiles name their subject in full once, then by surname: "Vale, 31, is the star of Marlow.
She plays Mira Holt". A pronoun casting after such a sentence means the one person whose
surname opens it as its subject (or follows a fronted phrase: "Born in Leeds, Vale trained", or
is aged as a later clause's subject: "and it is why Vale, 34, is on the cover"),
when that surname ends exactly one full name in the article (no part's: "as Mira Holt") and the
sentence names no one else: not a second person's surname or full name ("Holt's film, and Vale
carries it"), nor a person brought in by a noun phrase ("Reed, 41, cast his sister", "hired a
newcomer"), whom the pronoun may mean instead.
"""

from __future__ import annotations

from bot.extract.casttitles import title_led
from bot.extract.names import FULL_RE
from bot.extract.people import People, is_full
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern

_WORD = lazy_pattern(rf"(?<![\w’'-]){UPPER}[\w’'-]+(?![\w’'-])")
_SLOT_BEFORE = lazy_pattern(
    r"\b(?:as|plays?|playing|played|portrays?|portrayed|voiced|role[ ]of|part[ ]of|in|on|at)[ ]"
    r"(?:[a-z]+[ ]){0,2}$"
)
"""Before a word, a part's, a work's or a place's slot ("as Holt", "in Vale"): no one meant."""
_OPENING = lazy_pattern(r"(?P<quotes>[ “”\"‘’']*)(?:[^,;:.!?]{1,60},[ ])?")
"""What may come before the subject: nothing, or one fronted phrase ("For most viewers, ")."""
_AGED_SUBJECT = lazy_pattern(r",[ ]\d{1,2},[ ](?:is|was|has|had|will|would|says|said)\b")
"""After a surname inside the sentence, an age and a verb: the subject of a later clause."""
_NAMED_LAST = lazy_pattern(
    r"^(?!.*\b(?:she|he|they|her|him|his|them)\b)"  # "The one she replaces is Vale."
    r"(?:The|Our|My|This|That|One|A|An)(?:[ ][a-z-]+){1,4}(?:,[ ][a-z]+,)?"
    r"[ ](?:is|was|will[ ]be|remains)[ ]$"
)
"""What a short sentence ending on a surname opens with to name that one: "The wildcard is
Vale.", "Our pick of the newcomers, though, was Vale." (the "she" after it is Vale, as after
"Vale is the wildcard."); a pronoun before the name is someone else's ("The one she replaces").
"""
_NEW_PERSON = lazy_pattern(
    r"\b(?:(?:his|her|their)[ ](?:[a-z-]+[ ])?(?:mother|father|mum|dad|sister|brother|aunt|uncle|"
    r"cousin|daughter|son|niece|nephew|wife|husband|girlfriend|boyfriend|partner|fiancée?|twin|"
    r"friend|flatmate|neighbour|neighbor|co-?star|classmate|mentor|rival|child|children|kids?)|"
    r"(?<!\bis[ ])(?<!\bwas[ ])(?<!\bas[ ])(?<!\bbe[ ])(?:a|an)[ ](?:[a-z-]+[ ])?(?:newcomer|"
    r"unknown|actor|actress|performer|teenager|youngster))\b"
)
"""A person the sentence brings in by a noun phrase ("cast his sister", "hired a newcomer"), not
as the subject's predicate ("is a newcomer"): someone else a pronoun after it may mean."""


class Surnames:
    """The article's surnames that end one person's full name each, built once per article."""

    def __init__(self, text: str, people: People) -> None:
        owners: dict[str, set[str]] = {}
        parts: set[str] = set()
        for full in FULL_RE.finditer(text):
            person = people.resolve(full.group())
            if person is None or not is_full(person) or title_led(full.group()):
                continue
            owners.setdefault(full.group().rsplit(" ", 1)[-1], set()).add(person)
            if _SLOT_BEFORE.search(text, max(full.start() - 30, 0), full.start()):
                parts.add(person)  # "as Mira Holt": a part's name, whose surname is no one's
        self._owner = {
            last: next(iter(named))
            for last, named in owners.items()
            if len(named) == 1 and not named & parts
        }

    def named(self, sentence: str) -> set[str]:
        """The people whose surname ``sentence`` writes alone (outside a full name, a slot),
        each surname the end of one full name only, no part's."""
        spans = [m.span() for m in FULL_RE.finditer(sentence)]
        return {
            self._owner[w.group()]
            for w in _WORD.finditer(sentence)
            if w.group() in self._owner
            and not any(start <= w.start() < end for start, end in spans)
            and not _SLOT_BEFORE.search(sentence, 0, w.start())
        }

    def subject(self, sentence: str) -> str | None:
        """The one person whose surname alone is the sentence's subject, with no one else
        named or brought in by a noun phrase."""
        named = self.named(sentence)
        if len(named) != 1 or _NEW_PERSON.search(sentence):
            return None
        person = next(iter(named))
        last = person.rsplit(" ", 1)[-1]
        opening = _OPENING.match(sentence)
        assert opening is not None  # every part of it is optional
        for at in (opening.end("quotes"), opening.end()):  # "Vale, 31, is", "Born here, Vale"
            word = _WORD.match(sentence, at)
            if word is not None and word.group() == last:
                return person
        for word in _WORD.finditer(sentence):  # "and it is the reason Vale, 34, is on the cover"
            if word.group() == last and _AGED_SUBJECT.match(sentence, word.end()):
                return person
        bare = sentence.strip().rstrip(".!")  # "The wildcard is Vale."
        if bare.endswith(f" {last}") and _NAMED_LAST.match(bare[: -len(last)]):
            return person
        return None
