"""Castings told of a work the sentence before named, for :mod:`bot.extract.castelsewhere`.

A chart or round-up names another film, then goes on about it by its kind alone: "... dethroned
Marl Deep, which slipped to second. The naval thriller, which stars Ada Vale as Mira, has ..."
The kind ("The naval thriller"), or "Its" ("Its voice cast is led by ..."), stands for the work
named last, here not the article's own (the one its lede names, not one it names only to push
down a place: "..., pushing the Marl Deep film into second"), so what that sentence casts is the
other work's.

Likewise a paragraph that opens on another work told by its kind ("Lumen, the BBC legal drama,
returns in June. Ada Vale plays Mira, ...") goes on about that work until a sentence names the
article's own again; so does a paragraph or a live blog's entry that opens on another series'
season ("11.12 Lumen season two will premiere on 9 January. Ada Vale returns as Mira, ...").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.extract.castitworks import told_after_opened_work
from bot.extract.context import Context
from bot.extract.glossed_works import its_glossed_work
from bot.extract.kind_opened_others import kind_opened_others
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_BY_KIND = lazy_pattern(
    r"^The[ ](?:(?:[A-Z][\w’'.]*[ ]){0,3}[A-Z][\w’'.]*-[a-z]+ed[ ])?"
    rf"(?:[a-z][\w-]*[ ]){{0,4}}?(?:{GENRE_NOUNS}|sequel|prequel|follow-up)"
    r"(?:,[ ]|[ ](?:which|that|starring|stars|brings[ ]back|reunites|features)[ ])"
)
"""A sentence opening with a work told by its kind only: "The naval thriller, which stars",
"The Ada Vale-directed film stars" (a maker's name is no title), "The sequel brings back"."""
_BY_MAKER = lazy_pattern(
    rf"^(?:[A-Z][a-z-]+[ ])?{NAME}[’']s[ ](?:[a-z][\w-]*[ ]){{0,3}}?"
    rf"(?:{GENRE_NOUNS}|sequel|prequel|follow-up|picture|feature)"
    r"(?:,[ ]|[ ](?:which|that|starring|stars)[ ])"
)
"""A sentence opening with a work told by its maker and kind only: "Director Ada Vale’s sequel,
starring ...", "Ada Vale’s gothic thriller, which stars ..." (the work named just before)."""
_ITS_CAST = lazy_pattern(
    r"^Its[ ](?:[a-z-]+[ ]){0,2}?(?:cast|ensemble|line-?up|star|stars|lead)[ ]"
)
"""A sentence opening on the cast of the work named last: "Its voice cast is led by ...", "Its
star Ada Vale, who plays Mira, thanked fans" (a chart's next entry's star)."""
_RANK = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.?[ ]?\d{1,2})"
_NAMED_WORK = lazy_pattern(
    rf"(?P<work>{NAME})(?:[ ]\d{{1,2}})?[’”\"']?(?:,[ ]which[ ]|[ ]\(\d{{4}}\)|,?[ ]"
    r"(?:slipped|fell|dropped|rose|climbed|held|came|finished|debuted|opened|landed)"
    r"(?:[ ](?:firm|steady|on))?"
    r"(?:[ ][\d.]+(?:%|[ ]per[ ]?cent))?[ ]"
    rf"(?:to[ ]|at[ ]|in[ ])?{_RANK})"
    rf"|^In[ ]{_RANK}(?:[ ]place)?,[ ](?P<ranked>{NAME})"
    rf"|^In[ ]{_RANK}[ ]place[ ][^.,“”\"]{{0,60}}?[ ](?:was|came)[ ][“‘\"']?(?P<placed>{NAME})"
)
"""A work named in passing with a clause on it or a place in a chart: "Marl Deep, which
slipped", "Lumen (2019)", "Lumen fell to third", "Lumen, fell 40% to second", "In third, Lumen
...", "In second place overall was “Lumen,” ...", "Lumen held firm at No 1"."""
_PUSHED_DOWN = lazy_pattern(
    r"\b(?:pushing|pushed|knocking|knocked|sending|sent|bumping|bumped)[ ](?:the[ ])?"
    rf"(?P<work>{NAME})[ ](?:[a-z]+[ ]){{0,2}}?(?:(?:in)?to[ ]{_RANK}|off[ ]the[ ]top)\b"
)
"""The lede's runner-up: "..., pushing the Lumen film into second place", "knocking Lumen down
to second", "has knocked Lumen off the top": a work the lede names only to rank below its own."""
_RANK_HINT = (" which ", " (", " second", " third", " fourth", " fifth")
_NUMBER_HINT = lazy_pattern(r"[ ]No\.?[ ]?\d")
"""A chart's "No 1" ("No" alone is in "Now", "North", "Nobody")."""
_CAPITAL = lazy_pattern(r"[A-Z][\w’'-]+")
_SEASON_OPENER = lazy_pattern(
    r"^(?:\d{1,2}[.:]\d{2}[ ])?(?P<work>(?:[A-Z][\w’'-]*[ ]){1,4})(?:season|series)[ ]"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[ ](?:will|is|returns|arrives)\b"
)
"""A paragraph's or a live blog entry's opening on a series' season and what it will do:
"Lumen season two will premiere", "11.12 The Lumen series 3 returns"."""


def told_of_work_before(doc: Doc, context: Context) -> frozenset[str]:
    """Sentences opening with a work's kind right after one naming, with a clause or a rank, a
    work the lede does not name (or, where the lede names none of ours, not one of ours), the
    sentences of a paragraph that opens on a season of such a work, and an "It will star" after
    a sentence that opens on another work (:mod:`.castitworks`), and an "In the series, ..."
    after a sentence that names another work (:mod:`.kind_opened_others`). Read once per
    article: the cast and the crew chains both ask."""
    kind_opened = kind_opened_others(doc, context.is_known)  # "In the series, ..."
    return _told_of_work_before(doc, context.ours, context.headline) | kind_opened


@once_per_doc
def _told_of_work_before(
    doc: Doc, ours: frozenset[str], headline: frozenset[str]
) -> frozenset[str]:
    if not doc.paras:
        return frozenset()
    lede = doc.paras[0]
    named = _lede_works(doc.text[lede.start : lede.end], doc.headline)
    if ours and not named & ours:
        named = set(ours)
    told = told_until_ours(
        doc,
        lambda view, first: _season_of_another(view.chunk, named) if first else None,
        lambda chunk: any(word in named for word in _CAPITAL.findall(chunk)),
    )
    told |= told_after_opened_work(doc, Context(ours, (), headline=headline).is_known)
    if not any(word in doc.body for word in ("The ", "Its ", "’s ", "'s ")):
        return frozenset(told)
    for before, view in pairwise(doc.views):
        if before.span.para != view.span.para:
            continue
        maker = _BY_MAKER.match(view.chunk) if not view.chunk.startswith("The ") else None
        if not view.chunk.startswith(("The ", "Its ")) and maker is None:
            continue
        if not any(word in before.chunk for word in _RANK_HINT) and not _NUMBER_HINT.search(
            before.chunk
        ):
            continue
        its = _ITS_CAST.match(view.chunk) is not None
        if _BY_KIND.match(view.chunk) is None and not its and maker is None:
            continue
        found = list(_NAMED_WORK.finditer(before.chunk))
        works = [m["work"] or m["ranked"] or m["placed"] for m in found]
        # "Its" points to the sentence's subject ("Fellside beat Lumen to the top. Its lead"),
        # a new subject told by kind to the work named last
        work = works[0] if its and found and found[0].start() == 0 else "".join(works[-1:])
        if works and not any(word in named for word in work.split()):
            told.add(doc.text[view.span.start : view.span.end].strip())
    return frozenset(told)


def _lede_works(lede: str, headline: str) -> set[str]:
    """The capitalised words of the lede, but a runner-up's it pushes down (when others stay),
    unless the headline names it: "Fellside knocked off the top" is the story of the one that
    fell."""
    named = set(_CAPITAL.findall(lede))
    down = {word for m in _PUSHED_DOWN.finditer(lede) for word in _CAPITAL.findall(m["work"])}
    down -= set(_CAPITAL.findall(headline))
    return named - down if named - down else named


def _season_of_another(chunk: str, named: set[str]) -> bool:
    """Whether a paragraph opens on a season of a series the lede does not name."""
    opener = _SEASON_OPENER.match(chunk) if " season " in chunk or " series " in chunk else None
    return opener is not None and not any(word in named for word in opener["work"].split())


_APPOSED_WORK = lazy_pattern(
    rf"^(?:(?:The|A|An)[ ])?(?P<work>{NAME}),[ ](?:the|a|an)[ ](?:[\w’'+-]+[ ]){{0,4}}?"
    rf"{GENRE_NOUNS},[ ]"
)
"""A sentence opening on a work told by its kind: "Lumen, the BBC legal drama, returns ..."."""
_RANKED_APPOSED = lazy_pattern(
    r"^[A-Z][\w’' -]{0,60}?[ ](?:is|was)[ ](?:(?:The|A|An)[ ])?"
    rf"(?P<work>{NAME}),[ ](?:the|a|an|(?:[A-Z][\w’'-]*[ ]){{0,3}}[A-Z][\w-]*’s)[ ]"
    rf"(?:[\w’'+-]+[ ]){{0,4}}?(?:{GENRE_NOUNS}|piece|picture|epic)"
    r"(?:,[ ]|[ ](?:about|set|from|that|which)[ ])"
)
"""An awards or round-up paragraph opening on the next work in line, told by its kind: "Close
behind is Lumen, Ada Vale’s period piece about ...", "Next was Lumen, a thriller set in ..."."""


def told_after_apposed_work(doc: Doc, context: Context) -> set[str]:
    """The sentences of a paragraph that opens on another work told by its kind, up to one
    that names any of the article's own words (its titles or its headline's)."""
    if not context.ours and not context.headline:
        return set()

    def opens(view: View, first: bool) -> bool | None:
        if not first:
            return None
        if "," not in view.chunk[:120]:
            return False
        opening = _APPOSED_WORK.match(view.chunk) or _RANKED_APPOSED.match(view.chunk)
        return opening is not None and not context.is_known(opening["work"])

    return told_until_ours(
        doc, opens, lambda chunk: any(context.is_known(w) for w in _CAPITAL.findall(chunk))
    ) | _its_after_apposed(doc, context)


def _its_after_apposed(doc: Doc, context: Context) -> set[str]:
    """Sentences on another work's season or cast by "its", after the work's gloss (see
    :mod:`.glossed_works`)."""
    return {
        doc.text[view.span.start : view.span.end].strip()
        for before, view in pairwise(doc.views)
        if before.span.para == view.span.para
        and its_glossed_work(before.chunk, view.chunk, context)
    }


def told_until_ours(
    doc: Doc, opens: Callable[[View, bool], bool | None], ours: Callable[[str], bool]
) -> set[str]:
    """The sentences after one that ``opens`` on another work, in its paragraph, up to one that
    names the article's own (``ours``). ``opens`` is given each sentence and whether it starts
    its paragraph, and says True (another work's), False (not) or None (no change)."""
    told: set[str] = set()
    para, other = -1, False
    for view in doc.views:
        first = view.span.para != para
        if first:
            para, other = view.span.para, False
        opened = opens(view, first)
        if opened is not None:
            other = opened
        elif other:
            if ours(view.chunk):
                other = False  # "Back on Copper Bay, ...": this article's work again
            else:
                told.add(doc.text[view.span.start : view.span.end].strip())
    return told
