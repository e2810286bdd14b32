"""A production's own account is the work's voice, never the company or channel named last.

"The show's official account replied: “...”" names no company: the resolver, reading "account"
as a text some organisation put out, hands it to the last one the article named (a channel, a
co-producer). Whose the account is the article only tells by the work, so the words are held
back as no one's, unless the credited name is one the headline gives (the work itself).
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind

_WORKS_OWN = lazy_pattern(
    r"\b[Tt]he[ ](?:show|series|film|drama|programme|movie|production)(?:[’']s|[’'])[ ]"
    r"(?:(?:own|official)[ ])?(?:[A-Z][\w-]*[ ])?(?:account|page|feed|channel|handle)\b"
)


def unattributed_if_works_account(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` as no one's when its attribution is a work's own account ("the show's account")
    and the company credited is not named in the headline."""
    del quote  # the attribution already tells
    if fact.source is not SourceKind.ORGANISATION or _WORKS_OWN.search(fact.attribution) is None:
        return fact
    return fact if fact.speaker in doc.headline else fact.unattributed()
