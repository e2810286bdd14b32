"""The work a headline's span of a career ends on, for :mod:`.context`.

A profile's headline may run "the long road from Brackwick to Tin Lane" (invented): the work it
ends on is its subject's latest, no sign that it is the page's own, so its words are known only
when the body names it as ours.
"""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADLINE_SPAN = lazy_pattern(r"\b[Ff]rom[ ][^:;|]{1,80}?[ ]to[ ](?P<end>[^:;|]{1,80})$")
"""A headline ending on a span: "..., from X to Y" (never "From X to Y: ...", whose works the
page ranges over)."""


def span_end_words(doc: Doc) -> frozenset[str]:
    """Words of the work a headline's closing span ends on (:data:`_HEADLINE_SPAN`)."""
    if doc.title_para is None:
        return frozenset()
    para = doc.paras[doc.title_para]
    match = _HEADLINE_SPAN.search(doc.text, para.start, para.end)
    return frozenset(match["end"].split()) - STOP_TOKENS if match else frozenset()
