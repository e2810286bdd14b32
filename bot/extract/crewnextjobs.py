"""Someone's next job, its director named after it, for :mod:`bot.extract.crewqualified`.

A profile of a cinematographer or an actor tells what they do next: "in May he begins shooting
‘Winter Bees’ for the director A" (or "the comedy ‘Winter Bees’"), "next spring she starts work
on “Copper Lane” for director B", "he will begin filming 'The Flint Path' for the Welsh director
C", or the work named first with what they will do on it after: "next is the drama Grey Harbour,
which she shoots in Polwick next spring under director D", or an untitled one: "she is currently
prepping a feature in Lyddon with the director E", "next he flies to Bodø for an untitled
feature with the director F", a next project told first: "her next project, a Danish feature
for the director G", or a sentence opened on "Next,": "Next, she shoots Harrow, a thriller for
director H" (invented examples). The director named there is
that work's, not the article's, when the title is not ours (an untitled "a feature" never is).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.text import MASK
from bot.lazy_patterns import lazy_pattern

_NEXT_JOB = lazy_pattern(
    r"\b(?:begins?|began|starts?|started|will[ ](?:begin|start|be)|(?:is|are)[ ](?:due|set|about)"
    r"[ ]to[ ](?:begin|start)|(?:is|are)[ ](?:now[ ])?(?:beginning|starting))[ ]"
    r"(?:shooting|filming|work[ ]on|production[ ]on|prep[ ]on|lensing)[ ]"
    r"(?:(?:the|an?)[ ](?:[a-z][\w-]*[ ])?(?:feature|film|movie|drama|thriller|comedy|series|"
    r"show|short|documentary|adaptation|romance|horror)(?:,[ ]|[ ]))?"
    rf"[‘“'\"](?P<title>[A-Z][^‘’“”\"\n]{{0,60}}?|{MASK}+)[,]?[’”'\"],?[ ]for[ ](?:the[ ])?"
    r"(?:[A-Za-z][\w-]*[ ]){0,2}?$"  # a title in words (a prose-like one comes masked)
)
"""A next job's verb, its quoted title, then "for (the)" just before the role noun."""
_WHICH_JOB = lazy_pattern(
    r"\b(?:feature|film|movie|drama|thriller|comedy|series|show|adaptation|project|short)[ ]"
    rf"[‘“'\"]?(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|a)){{0,5}}|{MASK}+)"
    r"[’”'\"]?,[ ]which[ ](?:she|he|they|we|I)[ ](?:will[ ])?(?:shoots?|films?|makes?|shooting|"
    r"filming|making|stars?[ ]in|leads?)\b[^.;:!?]{0,80}?[ ](?:under|for|with)[ ](?:the[ ])?"
    r"(?:[A-Za-z][\w-]*[ ]){0,2}?$"
)
"""A work named first, then what someone will do on it, "under" or "for" the role noun."""
_UNTITLED_JOB = lazy_pattern(
    r"\b(?:(?:is|are)[ ](?:currently[ ]|now[ ]|already[ ])?"
    r"(?:(?:in|back[ ]in|at[ ]home[ ]in)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?,?[ ])?"
    r"(?:prepping|preparing|developing|"
    r"planning|shooting|making)[ ](?:a|another|(?:her|his|their)[ ]next)[ ](?:new[ ])?"
    r"(?:feature|film|movie|drama|thriller|comedy|series|short|documentary)|"
    r"(?:an?|another|(?:her|his|their)[ ]next)[ ](?:new[ ])?(?:as[ -]yet[ -])?untitled[ ]"
    r"(?:feature|film|movie|drama|thriller|comedy|series|short|documentary|project))\b"
    r"[^.;:!?“”‘’]{0,40}?[ ](?:with|for|under)[ ](?:the[ ])?(?:[A-Za-z][\w-]*[ ]){0,2}?$"
)
"""An untitled work someone is preparing, or goes to next, "with" or "for" the role noun just
after: "she is prepping a feature with the director X", "he is now in Oslo preparing a feature with
director X" (a place between), "she heads to Oslo for an as-yet-untitled
feature with the Norwegian director X" (that feature's director, not ours)."""
_NEXT_PROJECT = lazy_pattern(
    r"(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*[’']s)[ ]next[ ](?:project|job|film|"
    r"feature|movie|series|show|assignment|gig)|\b[Nn]ext[ ]up(?:[ ]for[ ][A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*)?)?[ ](?:is|will[ ]be))\b"
    r"(?P<between>(?:[^.;:!?“”‘’]|“[^“”]{1,40}”|‘[^‘’]{1,40}’|'[^']{1,40}'){0,80}?)"
    r"[ ](?:with|for|under|from)[ ](?:the[ ])?"
    r"(?:[A-Za-z][\w-]*[ ]){0,2}?$"
)
"""A next project, told, then "for" or "from" the role noun: "her next project, a Danish feature
for the director X", "a thriller from director X", "Next up for Vell is a thriller for director
X", "Vell’s next film, “T”, is with director X" (any one-word possessive before
"next": the profile's subject by surname, or a company's, "Vela’s next series"; the work's title
quoted) (that work's director, not ours, unless the words between name our work). The words
between are up to 80 characters or quoted titles, each title one of the 80 (so the stretch may run
longer; :data:`_REACH` caps the whole)."""
_NEXT_OPENING = lazy_pattern(
    r"(?:^|[.!?][ ])[ “\"‘']*Next(?:[ ]up)?,[ ](?P<between>[^.;:!?“”‘’]{0,100}?)[ ]"
    r"(?:with|for|under|by)[ ](?:the[ ])?(?:[A-Za-z][\w-]*[ ]){0,2}?$"
)
"""A sentence opened on "Next," that says what someone does after, "for" the role noun: "Next,
Vell shoots Harrow, a coastal thriller for director X" (that work's director, unless the words
between name our work), or "by" it: "Next, she hopes to adapt a novel by the writer X" (that
book's writer)."""
_CAPITAL = lazy_pattern(r"\b[A-Z][\w’'-]*")
_AFTER_VERB = lazy_pattern(r"[ ][a-z]+[ ]")
_SOMEWHERE = lazy_pattern(
    r"(?:to(?![ ][a-z]+[ ](?:an?|the|her|his|their)\b)|in|at|on|into|from|back|across|over|out)\b"
)
_KIND = lazy_pattern(rf"\b{GENRE_NOUNS}\b")
"""After "Next,", a verb's place ("filming moves to Penvarra under director X": the shoot's next
leg, our director) names no work, unless a work's kind is told there too; "to" before a verb and
its object ("hopes to adapt a novel") is no place."""
_REACH = 140


def next_jobs_maker(chunk: str, start: int, context: Context) -> bool:
    """Whether the role noun at ``start`` names the maker of a quoted work someone is about to
    shoot ("begins shooting ‘T’ for the director ", "the film T, which she shoots under director "),
    T not the article's work."""
    found = _NEXT_JOB.search(chunk, max(0, start - _REACH), start)
    if found is None and "which" in chunk:
        found = _WHICH_JOB.search(chunk, max(0, start - 200), start)
    if found is None and _UNTITLED_JOB.search(chunk, max(0, start - _REACH), start):
        return True  # "she is prepping a feature with the director X": that feature's
    project = _NEXT_PROJECT.search(chunk, max(0, start - _REACH), start)
    if project is None and "Next" in chunk:
        opened = _NEXT_OPENING.search(chunk, max(0, start - _REACH), start)
        if opened is not None:  # the words after the subject's verb: the subject is no work
            work = _AFTER_VERB.split(opened["between"], 1)[-1]
            if _SOMEWHERE.match(work) and not _KIND.search(work):
                return False  # "Next, filming moves to Penvarra under director X"
            return not any(context.is_known(w) for w in _CAPITAL.findall(work))
    if found is None and project is not None:
        return not any(context.is_known(w) for w in _CAPITAL.findall(project["between"]))
    return found is not None and not context.is_known(found["title"])
