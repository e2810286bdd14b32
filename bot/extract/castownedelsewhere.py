"""A possessive part whose clause places it in another work, for :mod:`bot.extract.castowned`.

A review compares a performance with a famous one: "the scariest vicar since Ada Vale's Canon
Pike walked into Elmgate in The Burning Field", "as cold as Tom Reed's Mr Grey did in the 1971
thriller Glass Hours" (invented examples). The clause after the possessive names the work the part
is in, and it is not the article's: the part is that work's, not a casting in ours. The work is
told by a title opening on "The", a quoted title, or one after its kind ("the 1971 thriller").
A venue right after the possessive ("Ada Vale's Mira at the Lyric") places it on a stage.

The work may come first, glossed by its kind, with the possessive in the clause that glosses it:
"likened to Lumen, the Oren Pask drama that made Ada Vale's Mira a household name" (Lumen's
part, where Lumen is not the article's).
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.lazy_patterns import lazy_pattern

_CLAUSE_END = lazy_pattern(r"[,;:.!?]")
_IN_WORK = lazy_pattern(
    rf"[ ]in[ ](?:(?:the|an?)[ ](?:\d{{4}}[ ])?(?:[\w’'-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ]"
    rf"[“\"‘']?(?P<kinded>{WORK_TITLE})|[“\"‘'](?P<quoted>{WORK_TITLE})[”\"’']"
    rf"|(?P<the>The[ ]{WORK_TITLE}))"
)
"""A work the clause puts the part in: "in the 1971 thriller T", "in “T”", "in The T"."""
_AT_VENUE = lazy_pattern(
    r"[ ]at[ ]the[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?(?![ ](?:[A-Z][\w’'-]*[ ])?(?:premiere|"
    r"screening|launch|party|panel|gala|festival|awards)\b)"
)
"""A stage run told by its venue right after the possessive: "from Ada Vale's Mira at the
Lyric" (not an event held there: "Ada Vale's Mira at the London premiere")."""


_GLOSSING_CLAUSE = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:the|an?)[ ](?:[\w’'-]+[ ]){{0,4}}?{GENRE_NOUNS}[ ]"
    r"(?:that|which|in[ ]which|where)[ ][^,.;:!?“”\"()]{0,160}$"
)
"""A work glossed by its kind, then the clause that holds the possessive part: "Lumen, the Oren
Pask drama that made Ada Vale's Mira" (up to the part's end). Its own reading, not
:mod:`genre_apposed_works`'s gloss, though both read "the ... drama that made": that one makes
a whole span another work's for every fact, so it waits for makers or stars and spares "a" and
"new" glosses; this one settles only the part inside the clause, so any clause will do ("Lane,
the Petra Hulme drama in which Osric Dunmore's Wen"), with "a" too, and the work is checked
against the article's own instead: either read through the other would take other sentences."""


def placed_in_another_work(chunk: str, end: int, context: Context) -> bool:
    """Whether the clause after the possessive part ending at ``end`` puts it in a work not ours,
    or the part stands in the clause glossing such a work before it."""
    if _AT_VENUE.match(chunk, end):
        return True  # a stage run's part, or a play named by its writer: no casting of ours
    glossed = _GLOSSING_CLAUSE.search(chunk, max(end - 260, 0), end) if ", " in chunk else None
    if glossed is not None and not ours(glossed["work"], context):
        return True  # "Lumen, the drama that made Ada Vale's Mira a household name"
    stop = _CLAUSE_END.search(chunk, end)
    clause_end = stop.start() if stop is not None else len(chunk)
    for found in _IN_WORK.finditer(chunk, end, clause_end):
        if not ours(found["kinded"] or found["quoted"] or found["the"], context):
            return True
    return False
