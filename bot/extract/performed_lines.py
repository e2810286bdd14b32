"""Words performed, not said: a song sung ("the crew sang “Many Happy Returns” on the quay"), a
line an actor delivers ("Ada Vale delivering “...” in the hallway"), or a film set's call
("the director calls “rolling”"). The words are a song's, a script's or a set's routine, not a
remark anyone made to the writer, so they are held whoever the sentence seems to credit.

Only the verb straight before the marks counts: "she sang the praises of the crew: “...”" and
"he delivered a warning: “...”" put a remark of their own after a clause. A call holds only a
set's routine words ("action", "cut", "rolling"); "she called “Come back!”" stays a quote."""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_PERFORMED = lazy_pattern(
    r"\b(?:sing|sings|sang|sung|singing|hum|hums|hummed|humming|croon|croons|crooned|"
    r"deliver|delivers|delivered|delivering)[ ]+[“\"‘']?$"
)
"""A verb of singing or of delivering a line, right before the marks."""
_CALLED = lazy_pattern(
    r"\b(?:call|calls|called|calling|shout|shouts|shouted|shouting|yell|yells|yelled|yelling)"
    r"[ ]+[“\"‘']?$"
)
"""A verb of calling out, right before the marks; held only on a set's call (:data:`_SET_CALL`)."""
_SET_CALL = lazy_pattern(
    r"(?i:action|cut|rolling|roll[ ]camera|speed|turnover|reset|(?:that's|that’s|it's|it’s)[ ]a[ ]"
    r"wrap|wrap|moving[ ]on|back[ ]to[ ]one)[.!]?"
)
"""The routine calls of a film set: "action", "cut", "rolling", "that's a wrap"."""
_REACH = 24


def held_if_performed(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a verb of singing or delivering a line, or a set's call, leads
    straight into its marks (see above)."""
    if not fact.served or quote.start < 1:
        return fact
    window = (max(quote.start - _REACH, 0), quote.start)
    if _PERFORMED.search(text, *window) is not None:
        return held(fact, "words sung or performed, no one's quote")
    if _CALLED.search(text, *window) is not None and _SET_CALL.fullmatch(fact.text.strip()):
        return held(fact, "a film set's routine call, no one's quote")
    return fact
