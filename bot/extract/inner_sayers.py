"""Words the reporter's clause gives to someone unnamed who spoke to them.

"Vale recalls a runner telling her, on day one, “...”" and "She added that a boy from Leeds had
told her he had “...”" credit the words, by their grammar, to the unnamed one inside the clause
("a runner", "a boy from Leeds") who told the reporter something, not to the reporter ("Vale",
"she"). When the speaker search credited the reporter, whose verb opens the clause, the words
are unattributed. A pronoun inside ("recalls him telling her") is left alone: the words after
it often go on in the reporter's voice, and a pronoun's quote is weighed by the rules for it.
A clause naming its teller ("said that Jo Reyes had told her") is left to the rules that name
them; a clause where the reporter tells someone ("She said she had told them “...”") is hers.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_INNER = lazy_pattern(
    rf"\b{SPEECH_VERBS}[ ](?:that[ ])?"
    r"(?P<inner>(?:[Aa]n?|[Oo]ne|[Ss]ome)[ ](?:[\w-]+[ ]){1,7}?)"
    r"(?:had[ ]|has[ ]|once[ ])?"
    r"(?:told|telling|warned|warning|said|saying|asked|asking|urged|urging|reminded|reminding)"
    rf"[ ](?:him|her|them|me|us)\b(?:(?!\b{SPEECH_VERBS}\b)[^“”\"‘’„.;!?]){{0,60}}[“\"‘„]?$"
)
"""The reporter's verb, then an unnamed one telling them: "recalls a runner telling him,"; not
where the reporter speaks again before the marks ("..., and adds:": the words are hers)."""


def unattributed_if_told(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` unattributed when its sentence has its reporter tell of someone else telling
    them the words, and the credit is the reporter's (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.attribution:
        return fact
    start = doc.sentence_at(quote.start).start
    pre = doc.masked[start : quote.start]
    match = _INNER.search(pre)
    if match is None or fact.attribution not in pre[: match.start("inner")]:
        return fact
    return fact.unattributed()
