"""A pull quote whose dash credit places it in an episode: a line of the work, not a quote.

"“Nobody owns the tide.” – Ada Brisk, Harbour Lane, episode three" credits the words to a part
and gives where they are spoken: a line of the show, set out as a pull quote, never said to the
press by anyone, whoever the name may be. An episode of a podcast or an interview the name
spoke on ("– Ada Vale, on the Sofa Hours podcast, episode 12") is where they said it: theirs.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_TALK = (
    r"(?i:podcast|interview|radio|speaking|talking|chatting|in[ ]conversation|live[ ]on|"
    r"appearing[ ]on)"
)
"""Words that make the episode one of a talk show or podcast the name spoke on ("– Ada Vale,
on the Sofa Hours podcast, episode 12"): the words are the name's own, said as a guest."""
_EPISODE_CREDIT = lazy_pattern(
    r"[ ]*[–—-][ ]*(?![^;:!?“”\"]{0,150}?\b" + _TALK + r"\b)[A-Z][^,;:.!?“”\"]{0,60},[ ]"
    r"[^;:!?“”\"]{0,80}?\b(?:[Ee]pisode|[Ee]p\.)[ ](?:\d{1,2}|[a-z]+)[ .]*"
)
"""A dash, a name, a comma and, at the paragraph's end, an episode: "” – Ada Brisk, Harbour
Lane, episode three", "” — Rook, series 2, episode 4"."""


def held_if_episode_credit(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a dash credit after it ends its paragraph on an episode (see above)."""
    if not fact.served or not quote.closed:
        return fact
    para = doc.paras[quote.para]
    if _EPISODE_CREDIT.fullmatch(doc.text, quote.end + 1, para.end) is None:
        return fact
    return held_line(fact)
