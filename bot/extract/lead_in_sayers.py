"""A quote whose own lead-in names another sayer than the one credited: its speaker is in doubt.

The words between a quotation and the sentence's start (or the quote before it) say whose the
quote is. When they hold an account ("And from @moss_and_tea: “...”", "User u/fernhollow was
more forensic: “...”") or an unnamed label with a name set beside it ("One fan, Priya, 15,
told us “...”"), and the speaker credited is an unnamed label or another account, a search
went past the sayer the sentence gives: the words are served to no one rather than to the wrong
fan. A person or a company credited is left: an account often relays their words ("u/leafy:
Ada posted this morning: “...”").
"""

from __future__ import annotations

from bot.extract.subjects import ACCOUNT
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_ACCOUNT_IN = lazy_pattern(rf"(?<![\w.])(?P<who>{ACCOUNT})")
_MARKS = '“”"‘'
_APPOSED_NAME = lazy_pattern(r",[ ](?P<name>[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+)?),[ ]")
"""A name set beside a label, between commas ("One fan, Priya, 15, ...")."""


def _lead_in(doc: Doc, start: int) -> str:
    """The sentence's text before the quote starting at ``start``, back to a quote mark."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return ""
    pre = doc.text[sentence.start : max(start - 1, sentence.start)]
    cut = max(pre.rfind(mark) for mark in _MARKS)
    return pre[cut + 1 :]


def _other_sayer(lead_in: str, fact: QuoteFact) -> bool:
    """``lead_in`` names an account that is not ``fact``'s speaker, or sets a name beside the
    unnamed label credited."""
    if fact.speaker and fact.speaker in lead_in:
        label = lead_in.find(fact.speaker) + len(fact.speaker)
        apposed = _APPOSED_NAME.match(lead_in, label)
        return fact.source is SourceKind.UNNAMED and apposed is not None
    return any(m["who"] != fact.speaker for m in _ACCOUNT_IN.finditer(lead_in))


def lead_in_checked(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each served, credited quote unattributed when its lead-in names another sayer."""
    return [_checked(doc, fact) for fact in quotes]


def _checked(doc: Doc, fact: QuoteFact) -> QuoteFact:
    if fact.source is not SourceKind.UNNAMED and _ACCOUNT_IN.match(fact.speaker) is None:
        return fact  # a person or company: an account may relay their words
    start = doc.text.find(fact.text) if fact.served and fact.speaker else -1
    if start > 0 and _other_sayer(_lead_in(doc, start), fact):
        return fact.unattributed()
    if start > 0 and fact.speaker in (lead_in := _lead_in(doc, start)):
        asked = _ASKED_TO_POST.match(lead_in, lead_in.find(fact.speaker) + len(fact.speaker))
        return fact.unattributed() if asked is not None else fact
    return fact


_ASKED_TO_POST = lazy_pattern(
    r"[ ](?:asked|wanted|begged)[ ](?:us|me|the[ ]mods|everyone)[ ]to[ ]"
    r"(?:pin|share|post|repost|reshare)[ ](?:this|it|these)\b"
)
"""An account that asked for the words to be posted ("u/x asked us to pin this from the
AMA, so here it is: “...”"): it passes on someone else's words, it does not say them."""
