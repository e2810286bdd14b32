"""A correction notice's retracted claims: what an earlier version of the article said is not news.

"An earlier version of this article said the film opens on 12 May", "A previous version of this
story misstated that X plays Y" (or "misidentified", "misnamed"), and, in a paragraph that is a
correction notice ("Correction:", "This article has been amended", "We apologise for the
error"), "The article also stated that X plays Y" or "We originally reported ...". The claim
runs from its verb to where the notice gives the truth ("; in fact ...", "but ...") or the
sentence ends; facts found in it are dropped. A claim set right in passing ("..., not spring as
the story previously said") is the stretch from "not" to its verb.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from bot.extract.cues import hint
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_CLAIM_VERB = (
    r"(?:also[ ]|further[ ]|originally[ ]|previously[ ]|initially[ ]|wrongly[ ]|incorrectly[ ])?"
    r"(?:said|stated|reported|claimed|gave|named|listed|described|suggested|misstated|"
    r"misreported|misidentified|misnamed|referred|quoted)\b"
)
_TOLD = (
    r"(?:(?<=also[ ])|(?<=we[ ])|(?<=it[ ])|(?<=article[ ])|(?<=story[ ])|(?<=report[ ])|"
    r"(?<=piece[ ])|(?<=version[ ])|(?<=entry[ ])|(?<=post[ ])|(?<=caption[ ])|(?<=\d[ ])|"
    r"(?<=originally[ ])|(?<=previously[ ])|(?<=wrongly[ ])|(?<=mistakenly[ ]))"
)
"""What "misidentified" or "misnamed" follows as the paper's own retraction ("this story
misidentified", "an entry at 09:40 misnamed"): either word alone is as likely a plot's ("a clerk
misidentified as a spy is played by ...")."""
_VERSION_OF = (
    r"(?:an[ ]|the[ ]|a[ ])?(?:earlier|previous|original|older|first)[ ](?:version|edition|draft)"
    r"[ ]of[ ](?:this|the)[ ](?:article|story|report|piece|page|(?:live[ ])?blog|newsletter"
    r"|(?:news(?:letter)?[ ])?(?:brief|feature|item|interview|profile|review|explainer|column)"
    r"|(?:\d{1,2}(?:[:.]\d{2})?[ ]?(?:am|pm)?[ ])?(?:post|entry|update))"
)
"""The earlier version a notice owns up to: "An earlier version of this article", "the original
version of the 14:05 entry"."""
_ANYWHERE = lazy_pattern(
    rf"\b(?:misstated|misreported|{_TOLD}(?:misidentified|misnamed)"
    r"|(?:incorrectly|wrongly|mistakenly)[ ](?:stated|said|reported|gave|named|listed|described)"
    r"|erroneously"
    rf"|{_VERSION_OF}"
    r"(?:,[ ](?:first[ ])?(?:published|posted|filed|put[ ]up)[ ](?:on|at|in)[ ]"
    r"(?:[^,;.]|(?<=\d)[.](?=\d)|,(?=[ ]\d{4},)){1,40},"
    r"|,[ ](?:based[ ]on|citing|drawing[ ]on|relying[ ]on|sourced[ ]from)[ ][^,;.]{1,50},)?"
    rf"[ ]{_CLAIM_VERB})"
)
"""A retraction that says so in its own words, wherever it stands; a live blog's entry may be
named by its time ("an earlier version of the 14:05 entry said ..."), and the version by when it
went up, between commas ("An earlier version of this article, published on 2 May, said ...",
"..., published at 9.30am on May 2, 2025, said ...": a clock's dot or a year's comma inside), or
by what it drew on ("An earlier version of this story, citing a studio memo, said ...")."""
_JOINED = lazy_pattern(
    rf"\b{_VERSION_OF}[ ][a-z]+\b[^.;:!?]{{1,120}}?,?[ ]and[ ](?:also[ ])?(?P<claim>{_CLAIM_VERB})"
)
"""A second claim joined to the version's first error: "An earlier version of this article
misspelled A's name, and said B would play P" (the claim from its own verb on; the first error
need not be a claim about the cast)."""
_TIME = r"(?:\(\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?\)[ ])"
"""An entry's time in brackets after it: "An earlier entry in this blog (10:05) gave ..."."""
_IN_NOTICE = lazy_pattern(
    rf"\b(?:(?:the|this|our)[ ](?:(?:original|earlier|previous|first)[ ])?"
    rf"(?:article|story|report|piece|post)[ ]{_CLAIM_VERB}"
    r"|it[ ](?:also|originally|previously|initially|wrongly|incorrectly|mistakenly)[ ]"
    r"(?:said|stated|reported|claimed|gave|named|listed|described)\b"
    r"|^it[ ](?:said|stated|reported|claimed)\b"
    rf"|(?:an|a|the)[ ](?:earlier|previous|original|first)[ ](?:version|edition|draft)[ ]"
    rf"{_CLAIM_VERB}"
    rf"|(?:an|a|the)[ ](?:earlier|previous)[ ](?:entry|post|update)[ ]{_TIME}?"
    r"(?:(?:in|on|of)[ ](?:this|the|our)[ ](?:live[ ])?(?:blog|page|feed|coverage)[ ]"
    rf"{_TIME}?)?"
    r"(?:said|stated|reported|claimed|gave|named|listed)"
    r"|(?:an|the|our)[ ](?:article|story|report|piece)[ ](?:published|posted|filed|that[ ]ran)"
    r"[ ](?:on|in|at)[ ][^;]{0,120}?[ ](?:stated|said|reported|claimed|gave)\b"
    r"|(?:an|a|the|our)[ ](?:(?:earlier|previous)[ ])?(?:entry|post|update)[ ]"
    r"(?:published|posted|filed|added|put[ ]up)[ ](?:at|on|earlier|this|yesterday|last)\b"
    r"[^,;]{0,25}?[ ](?:said|stated|reported|claimed|gave|named|listed)\b"
    r"|we[ ](?:also[ ])?(?:had[ ])?(?:previously|originally|initially|earlier|wrongly|"
    r"incorrectly|mistakenly)[ ]"
    r"(?:said|stated|reported|wrote|claimed|gave|named|listed|described)"
    r"|we[ ](?:said|stated|reported|wrote|claimed)[ ]that"
    r"|(?:^|(?<=[ ]))(?:(?:earlier|previously|originally|initially)(?:[ ](?:today|on|this[ ]"
    r"(?:morning|afternoon|evening|week)))?|yesterday|last[ ]night),?[ ]we[ ]"
    r"(?:said|stated|reported|wrote|claimed|named|listed|described)\b"
    r"|(?<!as[ ])we[ ](?:said|stated|reported|wrote)[ ](?=[^.;:“\"‘]{1,60}?[ ](?:was|were)[ ]"
    r"(?:being[ ])?(?:played|voiced|directed|written|scripted|produced|composed|scored|edited)"
    r"[ ]by[ ])"
    r"|(?:in[ ])?our[ ][^,;]{0,20}?(?:entry|post|update),?[ ](?:we[ ])?(?:had[ ])?"
    r"(?:said|stated|reported|wrote|claimed|gave|named|listed)\b"
    r"|in[ ](?:(?:our|last[ ]week[’']s|the)[ ][^,;]{0,20}?)?(?:issue|edition|newsletter|number)"
    r"(?:[ ](?:#|no\.[ ]?)?\d{1,4})?,?[ ]we[ ]"
    r"(?:said|stated|reported|wrote|claimed|named|listed)\b"
    r"|in[ ](?:(?:our|last[ ]week[’']s|the|yesterday[’']s)[ ][^,;]{0,20}?)?"
    r"(?:episode|show|instalment|installment)(?:[ ](?:#|no\.[ ]?)?\d{1,4})?,?[ ]"
    r"(?:we|i|[\w’'-]+(?:[ ][\w’'-]+)?)[ ](?:said|stated|claimed|named|listed)\b"
    r"|\b(?:i|we)(?:[ ]had|[’']d)[ ](?:(?:wrongly|mistakenly|originally|initially)[ ])?(?:put[ ])?"
    r"[^,;.()]{1,60}?[ ](?:down|listed|written)[ ]as\b)"
)
"""A retraction that needs its paragraph to be a notice: "The article also stated that ...", "The
original article further suggested that ...", "It
also described A as playing P" or "It originally said ..." (the notice's article, named before;
a sentence may open on a bare "It said ...", as the notice's previous sentence named the article;
"The article also quoted a source as saying ..." (the quoted claim is the error);
not when the claimed part is someone's kin, "It also said A plays P's brother", as that claim
would read as A playing P and withdraw the true pairing), "An
earlier version said that ..." (the article left unnamed, as the notice's own opening names it), a
live blog's "An earlier entry said ..." (its time in brackets or not), "A previous post on this
page said ...", an entry named by when it went up, "An entry published at 10am said ..." or
"The post filed earlier today stated ...", or the article so named ("An article published on
this site on Tuesday, headlined ..., stated that ..."), "in our 10am entry we wrote (that) ..."
or "our 9:40 post said ..."; a newsletter's "In issue #84 we said ...", "in our last edition,
we named ...";
a notice's "we said P was played by A" (a passive claim needs no "that"), or "Earlier we said A
plays P", "Earlier this morning we said", "Yesterday, we said" (the time first, then the claim);
a podcast's "in last week's episode, A said ...", "In episode 40, we said ..." (a host's claim,
named or not); a notice's credit said the same way ("we said the film was directed by A");
a forum post's edit owning up to its cast list, "I had A down as P and B as Q;
swapped now", or an edit that fixes its cast list, "Cast list mended, I had A down as P all
morning"."""
_NOT_AS = lazy_pattern(
    r"\bnot[ ][^,;.()]{1,40}?[ ]as[ ](?:(?:this|the|our)[ ](?:article|story|report|piece|post|"
    r"entry)[ ])?(?:had[ ])?(?:originally|previously|initially|first|earlier|wrongly|incorrectly|"
    r"mistakenly)[ ](?:said|stated|reported|claimed|announced)\b"
)
"""A claim set right in passing, the truth before it: "... in late 2031, not spring 2030 as the
story previously said"."""
_TRUTH = lazy_pattern(r";|\b(?:in[ ]fact|actually|in[ ]reality|but|however|rather|whereas)\b")
"""Where a notice turns from the error to the truth."""
_HINT = hint(
    "misstat", "misreport", "misidentif", "misnamed", "incorrectly", "wrongly", "erroneously",
    "mistakenly", "version of", "further suggested", "further said", "further stated",
    "originally", "previously", "initially", "also stated", "also said", "also reported",
    "also described", "also named", "also listed", "also gave", "also quoted",
    "version said", "version stated", "version reported", "version named", "version listed",
    "version gave", "version claimed", "version described", "version suggested",
    "version misstated", "version referred", "earlier entry", "earlier post", "earlier update",
    "previous entry", "previous post",
    "previous update", "we said that", "we stated that", "we reported that", "we wrote that",
    "we claimed that", "we said", "we stated", "we reported", "we wrote", "we named", "we listed",
    "we described",
    "it said", "it stated", "it reported", "it claimed",
    "episode", "show, ", "instalment", "installment", "down as", "listed as", "written as",
    "entry we", "entry, we", "post we", "post, we",
    "update we", "update, we",
    "article published", "story published", "report published", "piece published",
    *(f"{piece} {verb}" for piece in ("article", "story", "report", "piece")
      for verb in ("said", "stated", "reported", "claimed", "gave", "named", "listed", "quoted")),
    *(f"{entry} {verb}" for entry in ("entry", "post", "update")
      for verb in ("said", "stated", "reported", "wrote", "claimed", "gave", "named", "listed",
                   "published", "posted", "filed", "added", "put up")),
)  # fmt: skip
_NOTICE = hint(
    "correction", "clarification", "earlier version", "previous version", "been amended",
    "been corrected", "been updated to correct", "apologise", "apologize", "regret the error",
    "we've corrected", "we have corrected", "apologies", "other way round", "other way around",
    "my mistake", "note from us", "quick note", "that was wrong", "fixed the cast",
    "corrected the cast", "cast list fixed", "cast list corrected", "statements were wrong",
    "statement was wrong", "statements were incorrect", "statement was incorrect",
)  # fmt: skip

_SORRY = lazy_pattern(
    r"\bsorry\b[^.!?]{0,60}?\b(?:wrong|mistake|error|mix-?up)"
    r"|\b(?:wrong|mistake|error|mix-?up)\b[^.!?]{0,60}?\bsorry\b"
)
"""An apology that owns an error ("sorry, that was a mistake", "our error, sorry"): a bare
"sorry" ("sorry to miss the premiere") makes no notice."""


def notice_paras(doc: Doc) -> frozenset[int]:
    """The paragraphs that are (or hold) a correction notice.

    Asked by the cast, crew and release rules in turn, so the answer for the latest few texts is
    kept: lowering and searching the whole text once is enough. Keyed on the text alone, since
    a Doc's paragraphs are its text's lines (see :func:`bot.extract.doc_build.build_doc`).
    """
    found = _NOTICES.get(doc.text)
    if found is None:
        if len(_NOTICES) >= _KEPT:
            _NOTICES.clear()
        found = _NOTICES[doc.text] = _notice_paras(doc)
    return found


_COLUMN_HEAD = lazy_pattern(
    r"[*#\s]*(?:corrections?|clarifications?)(?:[ ](?:and|&)[ ]clarifications?)?[ ]*[:|–—-]"
)
"""A corrections column's own heading: "Correction: The Salt Road", "Corrections and
clarifications | 10 February"."""
_HEAD_PARAS = 3


def _notice_paras(doc: Doc) -> frozenset[int]:
    lower = doc.text.lower()
    heads = doc.paras[:_HEAD_PARAS]
    if any(_COLUMN_HEAD.match(lower, para.start, para.end) for para in heads):
        return frozenset(range(len(doc.paras)))  # the whole page is the notice
    if not _NOTICE.search(lower) and ("sorry" not in lower or not _SORRY.search(lower)):
        return frozenset()
    return frozenset(
        index
        for index, para in enumerate(doc.paras)
        if _NOTICE.search(lower[para.start : para.end])
        or _SORRY.search(lower, para.start, para.end)
    )


_NOTICES: dict[str, frozenset[int]] = {}
_KEPT = 8


def retracted(view: View, notices: frozenset[int]) -> list[tuple[int, int]]:
    """Stretches of the sentence (offsets in its chunk) that state a retracted claim."""
    lower = view.lower
    if not _may_retract(lower):
        return []
    spans: list[tuple[int, int]] = []
    patterns = (_ANYWHERE, _IN_NOTICE) if view.span.para in notices else (_ANYWHERE,)
    for pattern in patterns:
        for claim in pattern.finditer(lower):
            truth = _TRUTH.search(lower, claim.end())
            spans.append((claim.start(), truth.start() if truth else len(lower)))
    for joined in _JOINED.finditer(lower):
        truth = _TRUTH.search(lower, joined.end())
        spans.append((joined.start("claim"), truth.start() if truth else len(lower)))
    spans.extend(claim.span() for claim in _NOT_AS.finditer(lower))
    return spans


@lru_cache(maxsize=1024)
def _may_retract(lower: str) -> bool:
    """Whether the sentence holds a retraction's words: asked of each sentence by the cast, crew
    and release rules in turn, so the long list of words is tried once (a sentence's text hashes
    far faster than the words are looked for)."""
    return _HINT.search(lower) is not None


def within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


_COLON_CLAIM = lazy_pattern(
    r"(?<=:[ ])we[ ](?:had[ ])?(?:said|stated|reported|wrote|claimed)\b(?![ ](?:earlier|that)\b)"
)
"""A notice's bare "we said" straight after the colon that names what it corrects, the claim
straight after it ("A correction to our last post: we said filming wrapped in May"; not "we
said earlier that A, who plays P, had arrived", whose claim may carry a true aside)."""


def colon_claimed(view: View, notices: frozenset[int]) -> list[tuple[int, int]]:
    """Stretches of the sentence a notice's bare "...: we said X" claims (offsets in its chunk):
    wrong where they stand, though, unlike :func:`retracted`, not withdrawn elsewhere (a live
    blog's later entry may state the same casting as the truth)."""
    if view.span.para not in notices:
        return []
    spans = []
    for claim in _COLON_CLAIM.finditer(view.lower):
        truth = _TRUTH.search(view.lower, claim.end())
        spans.append((claim.start(), truth.start() if truth else len(view.lower)))
    return spans


def without_retracted(view: View, notices: frozenset[int], *, colon_claims: bool = False) -> View:
    """The sentence with its retracted claims blanked out; with ``colon_claims``, a notice's
    bare "...: we said X" too (:func:`colon_claimed`), for release facts."""
    spans = retracted(view, notices)
    if colon_claims:
        spans.extend(colon_claimed(view, notices))
    if not spans:
        return view
    chunk = view.chunk
    for start, end in spans:
        chunk = chunk[:start] + " " * (end - start) + chunk[end:]
    return replace(view, chunk=chunk, lower=chunk.lower())
