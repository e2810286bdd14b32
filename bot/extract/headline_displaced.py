"""The works a chart headline puts below its leader, for :mod:`.context`.

A chart or box-office headline may run "Tin Lane tops the chart, pushing Copper Wren into
second", "Tin Lane knocks Copper Wren off the top" or "Tin Lane overtakes Copper Wren"
(invented): the work put below is a rival the page weighs against its leader, no sign that it is
the page's own, so its words are known only when the body names it as ours. The leader, the
subject before the verb, is left alone, and so is a work the headline opens on ("X slips to
second": the page's own, with no leader named). The lowered works with a place ("pushing X to
second") are :func:`.release_chart_heads.lowered_names`; this adds those pushed off the top or
passed.
"""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.release_chart_heads import lowered_names
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WORK = r"(?:‘(?P<quoted>[^’]{2,60})’|(?P<bare>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|\d+)){0,4}))"
_OFF_THE_TOP = lazy_pattern(
    r"\b(?:knocking|knocks|knocked|bumping|bumps|bumped|pushing|pushes|pushed|nudging|nudges|"
    rf"nudged)[ ]{_WORK}[ ](?:off|from)[ ](?:the[ ])?(?:top|No\.?[ ]?1\b|number[ ]one|first)"
)
"""The leader knocking a work off the top: "knocks X off the top", "pushing X from No 1"."""
_PASSED = lazy_pattern(
    r"\b(?:dethrones|dethroning|dethroned|unseats|unseating|unseated|overtakes|overtaking|"
    rf"overtook|ousts|ousting|ousted|edging[ ]out|edges[ ]out|edged[ ]out)[ ]{_WORK}"
    r"(?=[ ]*(?:$|[,:;|]|[ ](?:in|on|at|as|with|for|to)\b))"
)
"""An active verb of the leader and the work it passes ("overtakes X in the top 10"); "X pushed
back to May" (no work after the verb) is no chart."""


def displaced_words(doc: Doc) -> frozenset[str]:
    """Words of the works a chart headline puts below its leader."""
    if doc.title_para is None:
        return frozenset()
    para = doc.paras[doc.title_para]
    title = doc.text[para.start : para.end].strip()
    # "X slips to second" leads with the work it lowers: no leader, so X is the page's subject
    names = [name for name in lowered_names(doc) if not title.lstrip("‘").startswith(name)]
    for pattern in (_OFF_THE_TOP, _PASSED):
        names += [
            m["quoted"] or m["bare"] for m in pattern.finditer(doc.text, para.start, para.end)
        ]
    return frozenset(word for name in names for word in name.split()) - STOP_TOKENS
