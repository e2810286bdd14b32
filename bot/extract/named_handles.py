"""An unnamed poster whose account the article names right beside them is that account.

"the fan account @tidewrack_daily posted a photo, with the caption: “...”" and "One fan account
@saltmarsh_22 wrote: “...”" name the account that posted: the words are its, not an unnamed
"the fan". Only one handle in the attribution, straight after the unnamed words and "account"
or "handle", counts. A handle in an aside ("Another user, @x, wrote") is left alone: the corpus
credits that shape both ways.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.subjects import ACCOUNT
from bot.facts import QuoteFact, SourceKind

_HANDLE = re.compile(rf"(?<![\w/@.-]){ACCOUNT}")
_BESIDE = re.compile(rf"[ ](?:fan[ ])?(?:account|handle)[ ](?P<handle>{ACCOUNT})(?=[ ,])")


def handle_beside(fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the one handle standing beside its unnamed speaker, if any."""
    if fact.source is not SourceKind.UNNAMED:
        return None
    attribution = fact.attribution
    if len(_HANDLE.findall(attribution)) != 1:
        return None
    at = attribution.find(fact.speaker)
    if at < 0:
        return None
    beside = _BESIDE.match(attribution, at + len(fact.speaker))
    if beside is None:
        return None
    return replace(fact, speaker=beside["handle"].rstrip("."), source=SourceKind.ORGANISATION)
