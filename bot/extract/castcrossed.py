"""A "played by" that crosses into the next item of a list, for :mod:`bot.extract.castforms`
and :mod:`bot.extract.castchecks`.

"A first look at Ada Vale as Mira Holt, Tom's flatmate, and at Jo Reyes, played by Kai Lund"
pairs Kai Lund with Jo Reyes, not with Mira Holt: when a new item ("and at Jo Reyes", "and
Tom's sister") stands between a part and the "played by" after it, the part is another item's.
The form is read again from the new item on (where "Jo Reyes, played by Kai Lund" stands on its
own); a casting found some other way across such an item is held. So is a name set in apposition
between them: in "the headmistress of the rival Sable Institute, Lady Petra Lune, played by Dame
Wenna Corrow" the part is Lady Petra Lune, the name next to "played by", not the institute.
A description that ends on another part's name hands "played by" to that nearer name: in "Ada
joins as Mira Holt, a rival of Jo Reyes, played again by Kai Lund" Kai Lund plays Jo Reyes, and
so in "Mira, a nurse caring for her younger brother Tom, played by Kai Lund" he plays Tom.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.castdubs import dub_voiced
from bot.extract.lexicon import COUNT_WORD, RELATION
from bot.extract.text import UPPER
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_SUCCEEDED = (" replaced", " succeeded")
"""A successor's "by", not a player's."""
CROSSED_DOUBT = 'another item of the list stands between the part and its "played by"'
_NEXT_ITEM = lazy_pattern(r",[ ](?:and|plus|or|but|as[ ]well[ ]as)[ ]")
"""A list's next item or a new clause: ", and at Jo Reyes", ", plus Tom's sister", ", and a
subplot about a landlord, played by ...": what follows is no longer the part's description."""

_PLACE_BEFORE = lazy_pattern(
    r"(?:^|[ ,(])(?<!look[ ])(?<!looks[ ])(?<!peek[ ])(?<!glimpse[ ])(?<!yet[ ])(?<!now[ ])"
    r"(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Nn]ear)[ ](?:The[ ])?$"
)
"""Right before the part, a preposition of place or of a titled work: "at Harrowgate, Mira,
played by X", "Early in The Salt Road, a miner played by X" (the film, not a part)."""
_RUN_OF_WORK = lazy_pattern(
    rf"\b(?:[Ss]easons?|[Ss]eries|[Ee]pisodes?)(?:[ ](?:one|{COUNT_WORD}))?[ ]of[ ]$"
)
"""Right before the part, a run or an episode of a work: "the role of Mira in series two of
Harrowgate will be played by X" (Harrowgate is the show, not a part)."""
_WORD = rf"{UPPER}(?![\d_]|{UPPER})\w[\w’'-]*"
"""A capitalised word that is no acronym, accented letters included ("Nóra", "Éabha")."""
_APPOSED_NAME = lazy_pattern(r",[ ](?:[A-Z][\w’'-]*[ ]){1,3}[A-Z][\w’'-]*,[ ]")
"""After the part, another name of two to four capitalised words in commas: its apposition."""
_NAMED_LAST = lazy_pattern(
    rf"[ ](?:of|to|for|with|alongside|opposite|where)[ ](?:{_WORD}[ ]){{0,2}}"
    rf"{_WORD},[ ](?:[a-z]+[ ]){{0,2}}(?:played|voiced)[ ]"
)
"""A description's last words a name in a relation ("a classmate of Jo Reyes, played again by"):
the "played by" is that name's."""
_OWNED_NAMED_LAST = lazy_pattern(
    r"[ ](?:his|her|their|its|[A-Z][\w’'-]*[’']s)[ ](?:(?!(?:in|at|from|of|on|near|to|for|with|"
    r"by|and|or|but|who|which|that|where)\b)[a-z-]+[ ]){0,2}"
    rf"(?:{RELATION}|boss|colleague|assistant|deputy|lover|carer|pupil|student|apprentice)[ ]"
    rf"(?:{_WORD}[ ]){{0,2}}{_WORD},[ ](?:[a-z]+[ ]){{0,2}}"
    r"(?:played|voiced|portrayed)[ ]"
)
"""A description's last words a person told by a possessive and who they are to its owner ("a
widower stranded with his teenage son Tom, played by"): the "played by" is that nearer name's,
as with a relation; a place or a thing so told ("her native Cornwall", "her old case Operation
Nightjar") is no one who is played."""
_COMPANION_LAST = lazy_pattern(
    r"[ ](?:his|her|their|its|[A-Z][\w’'-]*[’']s)[ ](?:[a-z-]+[ ]){0,2}(?:companion|sidekick)[ ]"
    rf"(?:{_WORD}[ ]){{0,2}}{_WORD},[ ](?:[a-z]+[ ]){{0,2}}(?:played|voiced|portrayed)[ ]"
)
"""A description's last words another's companion, named ("the Captain's old companion Tom,
played by"): the "played by" is that nearer name's, not the part's; and a companion is as often
a figure of the part's earlier story (another work's) as of this one, so it is not read either."""
_GLOSSED_LAST = lazy_pattern(
    rf"[a-z],[ ](?:{_WORD}[ ]){{0,2}}{_WORD},[ ](?:[a-z]+[ ]){{0,2}}"
    r"(?:played|voiced)[ ]"
)
"""A description's last words a name its noun glosses in commas ("a detective hunting her own
brother, Tom, played by"): the "played by" is that name's."""
_OWNED_LAST = lazy_pattern(
    r"[ ](?:(?:his|her|their)[ ]|(?:she|he|they|we|I)[ ]and[ ](?:(?:the|a|an|this|that)[ ])?"
    r"(?:[\w-]+[’']s[ ])?)(?:[a-z-]+[ ]){0,2}[a-z-]+,[ ](?:[a-z]+[ ]){0,2}"
    r"(?:played|voiced|portrayed)[ ]"
)
"""A description's last words someone unnamed, told by a possessive ("as she and her father,
played by") or joined to the part's own pronoun however it is determined ("as she and the
family's lodger, played by", "as he and a stranger, played by"): the "played by" is that
unnamed person's, and the part before names no one it plays. A genitive alone is no sign: "Dr
Aggie Brook, the station's medical officer, is played by" describes the part."""


def _owned_last(chunk: str, start: int, end: int) -> bool:
    """The description between a part (ending at ``start``) and its actor (at ``end``) ends on
    someone told by a possessive, not in apposition to the part ("Mira, her flatmate, played by"
    is Mira's)."""
    owned = _OWNED_LAST.search(chunk, start, end)
    return owned is not None and owned.start() > start + 1


_STORY_CLAUSE = lazy_pattern(
    r",[ ](?:(?:the|this|its|our)[ ](?:[a-z]+[ ])?(?:story|film|series|show|plot|drama|novel|book|"
    r"tale|play)|it)[ ](?:follows|centres|centers|focuses|tells|turns|revolves)[ ]"
)
"""After the part, the story's own clause: "Set during the Great Frost, the film follows the
baker Agnes Moll, played by X" (the event is a time, the part the name next to "played by");
"Written by Jo Reyes, it follows a miner, played by X" (the writer is no part)."""
_LOOKED_AT = lazy_pattern(r"\b(?:look|looks|peek|peeks|glimpse|glimpses)[ ]")
"""Earlier in the sentence, a look: "a first look at Mira, played by X, and at Tom, played by
Y" (what is looked at is a part, not a place)."""
_PLACE_OPENING = lazy_pattern(r"(?:At|Inside|Outside|Near)[ ]")
"""Before the part, a preposition of place: "Back at Harrowgate, Mira, played by X" (a place; the
part is the name after it), unless the part is looked at ("a first look at Mira, played by")."""


def uncrossed(pattern: re.Pattern[str], chunk: str) -> Iterator[re.Match[str]]:
    """The matches of a "Part, ..., played by Actor" ``pattern`` in ``chunk``, none across a
    list's next item (read again from that item)."""
    at = 0
    while (match := pattern.search(chunk, at)) is not None:
        item = _NEXT_ITEM.search(chunk, match.end("char"), match.start("actor"))
        start = match.start("char")
        if not _LOOKED_AT.search(chunk, 0, start) and (
            _PLACE_BEFORE.search(chunk, max(start - 16, 0), start)
            or _PLACE_OPENING.match(chunk, start)
        ):
            at = match.end("char")  # "at Harrowgate, Mira, played by X": read again from Mira
        elif _RUN_OF_WORK.search(chunk, max(start - 20, 0), start):
            at = match.end("char")  # "in series two of Harrowgate will be played by": the show
        elif (
            _APPOSED_NAME.match(chunk, match.end("char"))
            or _STORY_CLAUSE.match(chunk, match.end("char"))
            or _NAMED_LAST.search(chunk, match.end("char"), match.start("actor"))
            or _OWNED_NAMED_LAST.search(chunk, match.end("char"), match.start("actor"))
            or _GLOSSED_LAST.search(chunk, match.end("char"), match.start("actor"))
        ):
            at = match.end("char")  # "the Sable Institute, Lady Petra Lune, played by"
        elif _COMPANION_LAST.search(chunk, match.end("char"), match.start("actor")):
            at = match.end()  # "Mira, ..., the Captain's old companion Tom, played by X"
        elif _owned_last(chunk, match.end("char"), match.start("actor")):
            at = match.end()  # "Mira, ..., as she and her father, played by X": the father's
        elif dub_voiced(chunk, match.start(), match.end()):
            at = match.end()  # "In the dub, Mira is voiced by X": the dub's voice, no casting
        elif item is None:
            yield match
            at = match.end()
        else:
            at = item.start() + 2


def crossed(fact: CastFact) -> CastFact:
    """``fact``, held when its part and its "played by" stand in two items of one list."""
    evidence = fact.evidence
    if " by " not in evidence or not fact.served:
        return fact
    by = evidence.find(f" by {fact.actor}")
    if evidence.endswith(_SUCCEEDED, 0, max(by, 0)):
        return fact  # "X was cast as Mira, but was replaced by Y": a successor, no "played by"
    at = evidence.rfind(fact.character, 0, by) if by > 0 else -1
    if at < 0 or not _NEXT_ITEM.search(evidence, at + len(fact.character), by):
        return fact
    return held(fact, CROSSED_DOUBT)
