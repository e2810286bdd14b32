"""A shoot someone wrapped that is not the article's: "Vale wrapped the Copper Bay film on 5
September and starts on Tarn Lane next week" dates the actor's last job, not our shoot; and a wrap
that only tells when another deed came ("worked for months after filming wrapped, finishing the
mix in February") dates the deed."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_words import FILMING_NOUN, WE_WRAPPED, WRAPPED
from bot.lazy_patterns import lazy_pattern

_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]+")
_AFTER_THE_WRAP = lazy_pattern(
    r"\b(?:after|since|once|before|until)[ ](?:the[ ])?(?:filming|shooting|shoot|production)"
    r"[ ](?:had[ ]|was[ ])?(?:wrapped|ended|finished)\b[^,;]*[,;][ ]"
)
"""The wrap as the time another deed is told from, its clause closed by a comma: "after filming
wrapped, finishing ...", "since the shoot ended; she ..."."""


def wrapped_other(before: str, chunk: str, context: Context) -> bool:
    """Someone wrapped a titled work that is not ours ("Vale wrapped the Copper Bay film on"), or
    that the sentence then leaves for a work the headline names ("... and starts on Tarn Lane next
    week"): the person's last job, not the article's shoot. Or the wrap closed its own clause and
    the time after it belongs to a later deed with no word of the shoot ("months after filming
    wrapped, finishing the last sessions in")."""
    told = before.strip()
    head = chunk[: chunk.find(told) + len(told)] if told and told in chunk else ""
    ends = [m.end() for m in _AFTER_THE_WRAP.finditer(head)]
    if ends and not WRAPPED.search(head, ends[-1]) and not FILMING_NOUN.search(head, ends[-1]):
        return True
    wrapped = WE_WRAPPED.search(before.rstrip()) if " wrapped " in before else None
    if wrapped is None or not wrapped["wrapped"]:
        return False
    title = wrapped["wrapped"].split()
    if not context.is_ours(" ".join(title)):
        return True
    rest = chunk[chunk.find(wrapped["wrapped"]) + len(wrapped["wrapped"]) :]
    return any(w in context.headline and w not in title for w in _CAPITALISED.findall(rest))
