"""A sentence that goes on about another work by its possessive, for :mod:`.context`.

A page brings in another work in one sentence and goes on about it in the next by "its": "Also
up for the prize is the Sky drama Copper Yard, in which A plays B. Its creator, C, is nominated
too." (invented). "Its" points back at the work the sentence before was about; when that
sentence was another work's through and through (it names no word of the page's own work) and
this one names none either, its maker, cast and dates are that work's too; so are those of
a sentence opening on a bare job and a name ("Director A said it airs in May") or on the work's
"It" ("It begins on Sunday and co-stars A as B"). A page whose own
work is unknown is left alone: "its" might then be ours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_ITS = lazy_pattern(r"[ ]*[“\"]?Its[ ]")
_BARE_JOB = lazy_pattern(r"[ ]*(?:Director|Producer|Creator|Writer)[ ][A-Z]")
"""A maker told by a bare job before the name ("Director A told us it will air ..."): the work
the sentence before was about only where that sentence opened on it (see :data:`_OPENED_ON`);
one that named another work in passing leaves the maker ours."""
_IT_DOES = lazy_pattern(
    r"[ ]*It[ ](?:(?:also|only|first)[ ])?(?:begins|starts|opens|premieres|airs|arrives|lands|"
    r"debuts|streams|screens|returns|follows|stars|co-stars|was[ ](?:directed|written|created|"
    r"shot|filmed)|is[ ](?:directed|written|created|set)|will[ ](?:air|arrive|land|premiere|"
    r"open|stream|start|begin))\b"
)
"""A sentence the other work is the subject of by "It", doing what a work does ("It begins on
Sunday", "It was directed by A and co-stars B"), not the "it" of "It is worth saying"."""
_OWNER = lazy_pattern(r"[’']s?$")
"""A possessive's ending, left off a word before it is looked up: "Copper Bay’s", "Fens'"."""
_OPENED_ON = 20
"""How far into the sentence before the other work may come up for it to be that sentence's
subject ("Quick one: the documentary X has been added ...")."""


def its_followers(
    doc: Doc, foreign: dict[int, int], is_ours: Callable[[str], bool], known: bool
) -> Iterator[int]:
    """Starts of the sentences opening on "Its" right after a sentence of the same paragraph
    that is another work's, neither naming a word of ours (see above)."""
    if not known:
        return
    views = sorted(doc.views, key=lambda v: v.span.start)
    carried = False
    for before, view in pairwise(views):
        same = before.span.para == view.span.para
        other = before.span.start in foreign or carried
        carried = False
        if not (same and other) or not _follows(view.chunk, foreign.get(before.span.start)):
            continue
        if names_ours(before.chunk, is_ours) or names_ours(view.chunk, is_ours):
            continue
        carried = True  # "Its creator, A, ... . Its star, B, ...": still that work's
        yield view.span.start


def _follows(chunk: str, opened: int | None) -> bool:
    """The sentence opens on "Its", or on a bare job or a work's "It" after a sentence opened on
    the other work (``opened``: where it came up there; ``None`` for a sentence carried on by
    "Its")."""
    if _ITS.match(chunk) is not None:
        return True
    return (
        opened is not None
        and opened <= _OPENED_ON
        and (_BARE_JOB.match(chunk) is not None or _IT_DOES.match(chunk) is not None)
    )


def names_ours(chunk: str, is_ours: Callable[[str], bool]) -> bool:
    """A word of ours in ``chunk``, also as an owner ("Copper Bay’s director"), marks and
    brackets aside. Shared with :mod:`.page_chart_entries`."""
    return any(is_ours(_OWNER.sub("", word.strip("“”\"‘’',.;:!?()"))) for word in chunk.split())
