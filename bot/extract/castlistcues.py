"""A bracketed list's order from the words before it or the list before it, for
:mod:`bot.extract.castorder`, when none of its own names settles it.

Prose glosses a name with who plays it ("lives next door to Mira Holt (Ada Vale)"), so a list
after a lower-case word defaults to part first. Two kinds of evidence say otherwise, and settle
the list as a whole, never pair by pair:

* cue words that name the people listed as the cast: "rejoined by the show's regulars Ada
  Vale (Mira Holt) and Tom Reed (Keverne Odger)", "... head the ensemble cast with Ada Vale
  (Mira Holt), Tom Reed (Keverne Odger)";
* words that list who came to a premiere, gala or screening: "Spotted at the after-party were
  Ada Vale (Mira Holt), Tom Reed (Keverne Odger)", "Arrivals for the screening included ...":
  people attend, parts do not;
* an earlier list of the same sentence whose own names settled it: a sentence keeps one order,
  so "Ada Vale (Mira Holt) and Tom Reed (Keverne Odger) return, alongside Kai Lund (Noor Bell)"
  reads its second list as its first ("Vale" written alone elsewhere settled the first);
* an actor who "plays" a part just before, in the same list: "Ada Vale, who plays Mira Holt,
  and Tom Reed (Keverne Odger)", "Ada Vale, playing Mira Holt, with Tom Reed (Keverne Odger)";
* a pair just before, in the same list, with one side a single word: "Ada Vale (Mira) and Tom
  Reed (Keverne Odger)": a part is called by its first name alone, a person by a full name.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.castsiblings import sibling_order
from bot.extract.cues import occurrences
from bot.extract.lexicon import honorific
from bot.lazy_patterns import lazy_pattern

_ACTORS_CUED = lazy_pattern(
    r"\b(?i:(?:series|returning|cast|show[’']s)[ ]regulars?"
    r"|(?:the|returning|main|ensemble|new)[ ]cast,?[ ](?:alongside|along[ ]with|with))[ ]$"
)
"""Words just before a list that name its people as the cast: "the show's regulars",
"head the new cast alongside", "lead the cast, with" (not "the pub's regulars", who are parts)."""
_ATTENDING = lazy_pattern(
    r"\b(?i:(?:red[ ]|pink[ ])?carpet|premiere|gala|screening|after-?party|in[ ]attendance"
    r"|attend(?:ing|ed|ees)|guests|arrivals|spotted)\b[^.!?;:\n]{0,50}"
    r"\b(?:were|included|include|including)[ ]$"
)
"""Words just before a list of who came: "Spotted at the after-party were ", "Arrivals for the
screening included ", "In attendance at the gala were "."""
_PLAYER_BEFORE = lazy_pattern(
    r"\b(?:who[ ]plays|playing)[ ][^.!?;:()\n,]{1,60},[ ](?:and|with|alongside)[ ]$"
)
"""An actor item just before the list it is joined to: "Ada Vale, who plays Mira Holt, and "."""
_SENTENCE_BREAK = lazy_pattern(r"[.!?][”’\"]?\s|\n")
_JOINED = lazy_pattern(r"(?:,[ ]and|,|[ ]and|[ ]&)?[ ]")
"""What joins two pairs of one list: "Ada Vale (Mira), Tom Reed (...)", "... and Tom Reed"."""
_WORD_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<word>[A-Z][\w’'.-]*)[ ]$")
"""A capitalised word right before a use of a word (searched up to the use)."""


def unnamed_order(
    first: Casting, kept: list[Casting], earlier: list[tuple[int, bool]], text: str
) -> set[bool]:
    """The order of a list its own names leave unsettled: the list lines around it ("- Mira
    Holt, played by Ada Vale"), then the cues of :func:`cued_order`; empty when none tells."""
    sibling = sibling_order(first, kept, text)
    if sibling is None:
        sibling = _led_order(first, kept, text)
    return {sibling} if sibling is not None else cued_order(first, earlier, text)


def _led_order(first: Casting, kept: list[Casting], text: str) -> bool | None:
    """True when a bracketed pair joined just before the list holds a single word, a part's
    first name, after a full name: "Ada Vale (Mira) and ..." puts the actor outside (a single
    word outside may be an actor's surname: it tells nothing; so does one inside that the article
    also writes after a first name, "Mira Holt (Vale)" beside "Ada Vale")."""
    for item in kept:
        if not item.flexible or not item.outer or text[item.end - 1 : item.end] != ")":
            continue
        if item.end >= first.start or not _JOINED.fullmatch(text, item.end, first.start):
            continue
        inner = item.character if item.outer == item.actor else item.actor
        if " " in item.outer and " " not in inner and not _surname(inner, text):
            return True
    return None


def _surname(word: str, text: str) -> bool:
    """Whether ``word`` is written somewhere right after a capitalised word that is no title:
    a person's surname ("Ada Vale"), not a part's first name ("Mira", "DS Mira Holt")."""
    for at in occurrences(word, text):
        before = _WORD_BEFORE.search(text, max(at - 40, 0), at)
        if before is not None and not honorific(before["word"]):
            return True
    return False


def cued_order(first: Casting, earlier: list[tuple[int, bool]], text: str) -> set[bool]:
    """The order (True: actor outside) the words before the list, or a settled list earlier in
    the same sentence, give the list whose first item is ``first``; empty when none does."""
    if _ACTORS_CUED.search(text, max(first.start - 60, 0), first.start):
        return {True}
    if _ATTENDING.search(text, max(first.start - 80, 0), first.start):
        return {True}
    if _PLAYER_BEFORE.search(text, max(first.start - 90, 0), first.start):
        return {True}
    for end, order in reversed(earlier):
        if end <= first.start and not _SENTENCE_BREAK.search(text, end, first.start):
            return {order}
    return set()
