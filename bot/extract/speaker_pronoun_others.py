"""A bare "she says" is not the one the sentence before names, when that sentence shows otherwise.

A pronoun attribution ("she says", "he laughs") finds the person named just before. A sentence
that opens on the sayer's own possessive and names the person as its object shows that person
is someone the sayer speaks of ("Her debut, Salt Year, cast Tom Reed as a ferryman. It is
gentler, she says, ..."): "her" is the sayer, so Reed is another. (Words opening on the other
pronoun, "“She hated it,” he says.", tell nothing: a co-star's praise of the profile's subject
reads so just as often.)

Such words are no one's, as are the words going on from them and any later bare pronoun of
the same kind that found the same person before the text names them again.
"""

from __future__ import annotations

import re

from bot.extract.gendered_subjects import PRONOUN_VERB
from bot.extract.text import Doc, Span
from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import cached_pattern, lazy_pattern

_BARE = lazy_pattern(rf"{PRONOUN_VERB}s")
"""An attribution that is only a pronoun and its verb: "she says", "he laughs"."""
_CAPITALISED_BEFORE = lazy_pattern(r"[A-Z][\w’'-]*[ ]$")
"""A capitalised word and its space, last before a point: one more word of a full name."""
_POSSESSIVE = {"she": "Her", "he": "His"}
_OBJECT_BEFORE = lazy_pattern(r"[a-z][\w’'-]*[ ]$")
"""A lowercase word right before a name ("starred Tom Reed", "with Tom Reed"): the name is
the object of its sentence, not the subject a fronted "Her debut, " leads to."""


def pronoun_others_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote whose bare pronoun found a person the sentence before shows is someone else,
    left to no one, with the words going on from it (see above)."""
    dropped: dict[str, tuple[str, int]] = {}  # speaker: (pronoun, where last dropped)

    def unsaid(fact: QuoteFact) -> bool:
        start = doc.text.find(fact.text)
        bare = _BARE.fullmatch(fact.attribution)
        if fact.source is not SourceKind.PERSON or bare is None or start < 0:
            return False
        pronoun = bare["pronoun"].lower()
        if _still_dropped(doc, fact.speaker, pronoun, start, dropped) or _another(
            doc, fact, pronoun, start
        ):
            dropped[fact.speaker] = (pronoun, start)
            return True
        return False

    return unsaid_with_runs(quotes, unsaid)


def _still_dropped(
    doc: Doc, speaker: str, pronoun: str, start: int, dropped: dict[str, tuple[str, int]]
) -> bool:
    """The same pronoun found the same person again, who is not named since the last drop."""
    before = dropped.get(speaker)
    if before is None or before[0] != pronoun:
        return False
    return _surname(speaker).search(doc.masked, before[1], start) is None


def _another(doc: Doc, fact: QuoteFact, pronoun: str, start: int) -> bool:
    """The sentence naming the speaker just before shows them as someone the sayer speaks of."""
    own = doc.sentence_at(start)
    if _surname(fact.speaker).search(doc.masked, own.start, start) is not None:
        return False  # named in the quotation's own sentence: the resolver weighed it there
    before = doc.sentence_before(own)
    if before is None or before.para != own.para:
        return False
    name = _surname(fact.speaker).search(doc.masked, before.start, before.end)
    if name is None:
        return False
    return _owner_object(doc, before, name, pronoun, fact.speaker)


def _owner_object(doc: Doc, before: Span, name: re.Match[str], pronoun: str, speaker: str) -> bool:
    """ "Her debut ... cast Tom Reed": the sentence opens on the sayer's possessive and names the
    speaker found as its object."""
    opens = doc.masked.startswith(_POSSESSIVE[pronoun] + " ", before.start)
    end = _full_start(doc, name)
    if doc.masked[end : name.end()] not in {speaker, name.group()}:
        return False  # "Her father, Tom Reed": another of the speaker's family, not the speaker
    return opens and _OBJECT_BEFORE.search(doc.masked, before.start, end) is not None


def _full_start(doc: Doc, name: re.Match[str]) -> int:
    """Where the capitalised run ending at ``name`` (a surname) begins: "Tom Reed", not "Reed"."""
    at = name.start()
    while True:
        run = _CAPITALISED_BEFORE.search(doc.masked[max(at - 40, 0) : at])
        if run is None:
            return at
        at -= len(run.group())


def _surname(name: str) -> re.Pattern[str]:
    """The last word of ``name`` standing as a word of its own."""
    return cached_pattern(rf"(?<![\w’'-]){re.escape(name.rsplit(maxsplit=1)[-1])}(?![\w-])")
