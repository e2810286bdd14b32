"""A forum thread's comment whose poster heads it on a line of its own.

A megathread sets each top comment under a header line that is only the poster's handle and
the comment's score, and sets the comment as a paragraph that is wholly one quotation::

    u/marshlight_fan · 2.1k points
    "the pier scene at 1:10 has ruined me"
    ↳ u/reedbank_22 · 340 points
    "same, I had to pause it"

A thread may also set the header on the comment's own line, a colon before the quotation
(``u/marshlight_fan · 2.1k points: "..."``), or mark a reply with its handle alone there
(``> u/reedbank_22: "..."``). Such a quotation, left unattributed, is the header's account's.
The thread's own poster ("Posted by u/X" in the byline) is left as it was: the corpus types
that account now as a person and now as an account, so its comment is credited to no one
rather than typed either way.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_HEADER = lazy_pattern(
    r"(?:[↳>][ ]*)?(?P<handle>u/[A-Za-z0-9_-]{2,40})(?:[ ]\((?:MOD|mod|OP)\))?"
    r"[ ]·[ ]\d[\d.,]*k?[ ]points?(?:[ ]·[ ](?:[A-Za-z]+|\d{1,2}(?:mo|[mhdwy])"
    r"|\d{1,2}[ ]?(?:hr|min|day|yr)s?\.?)(?:[ ]ago)?\b)?"
)
"""A comment's header: "u/name · 1.2k points", "↳ u/name (MOD) · 88 points", "... · Mod", or
the comment's age last ("u/name · 412 points · 6h", "· 3mo", "· 12 hr. ago")."""
_REPLY = lazy_pattern(r"[↳>][ ]*(?P<handle>u/[A-Za-z0-9_-]{2,40})")
"""A reply's handle after the thread's reply marker, on the reply's own line: "> u/name"."""
_POSTED_BY = lazy_pattern(r"\b[Pp]osted[ ]by[ ](?P<handle>u/[A-Za-z0-9_-]{2,40})")


def by_header(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the handle heading its comment (see above), when it is left
    unattributed and its quotation is the whole paragraph."""
    if fact.source is not SourceKind.UNATTRIBUTED or not fact.served or quote.para < 1:
        return fact
    para, above = doc.paras[quote.para], doc.paras[quote.para - 1]
    if doc.text[quote.end : para.end].strip() not in {'"', "”", "’", "'"}:
        return fact
    lead = doc.text[para.start : quote.start].strip()
    if lead in {'"', "“"}:
        header = _HEADER.fullmatch(doc.text[above.start : above.end].strip())
    else:  # "u/name · 842 points: “...”", the header on the comment's own line
        lead = lead[:-1].rstrip().removesuffix(":")
        header = _HEADER.fullmatch(lead) or _REPLY.fullmatch(lead)
    if header is None:
        return fact
    handle = header["handle"]
    if any(m["handle"] == handle for m in _POSTED_BY.finditer(doc.text[: above.start])):
        return fact  # the thread's poster: typed both ways by the corpus, so no one
    return replace(fact, speaker=handle, source=SourceKind.ORGANISATION, attribution=handle)


def under_header(doc: Doc, para: int) -> bool:
    """Paragraph ``para`` is a forum comment: the line above is only its header, or the
    paragraph opens on one ("u/name · 412 points: ...")."""
    start = doc.paras[para].start
    if _HEADER.match(doc.text, start) is not None:
        return True
    if para < 1:
        return False
    above = doc.paras[para - 1]
    return _HEADER.fullmatch(doc.text[above.start : above.end].strip()) is not None
