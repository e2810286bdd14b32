"""Relative clauses that date another named work, blanked before the release rules read.

"... shooting the second season of The Glass Lake, which returns to the BBC in spring": the
season is the other show's. "... playing Hamlet in a new Macbeth that opens at the Old Vic on
9 May": the play's opening night. Our own work ("Lanterns, which arrives on 3 May") is kept;
with nothing known of ours no work can be told apart, so nothing is blanked. So is a clause
after an apposition that tells the headline's work ("the composer of Tarn Lane, Sky's drama about
a voyage to Skerrholm, which premieres on ..."): it dates that work, not the last name before it.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import View
from bot.lazy_patterns import lazy_pattern

_CLAUSE = lazy_pattern(
    r"(?:(?<=[ ])(?:which|that)|(?<=;[ ])(?P<it>it))[ ](?:now[ ]|also[ ]|finally[ ]|then[ ])?"
    r"(?:returns|opens|premieres|arrives|lands|debuts|airs|launches|hits|comes[ ]back|starts|"
    r"begins|is[ ](?:due|set[ ]to|released|out)|will[ ](?:return|open|premiere|arrive|land|debut|"
    r"air|launch|hit|start|begin|be[ ]released|come[ ]back))\b"
    r"(?![ ](?:the|its|it|our|this|a)\b)[^,;–—]*"
)
_JOINS = frozenset({"of", "and", "the", "&"})
WORK_KINDS = r"(?:film|movie|series|show|drama|comedy|thriller|documentary|miniseries|mystery)"
"""The kinds a work is named by in an aside: "Sky's drama Tarn Lane", "whose thriller Tarn Lane"."""
_APPOSED_WORK = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,4}),[ ]"
    r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[’']s|the|a|an|its|their)[ ](?:[\w-]+[ ]){0,3}?"
    rf"{WORK_KINDS}\b"
    r"[^,;]{0,100}(?:,[ ])?$"
)
"""A work told by an apposition just before a relative clause: "Tarn Lane, Sky's drama about
...,"."""
_APPOSED_BEFORE = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,4}),[ ]"
    r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[’']s|the|a|an|its|their)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:{WORK_KINDS}|debut|feature)\b[^;]{{0,140}}(?:;[ ])?$"
)
"""A work told by an apposition earlier in the clause a pronoun or relative clause follows:
"with Gull Hill, Ana Rey's debut about two ferrymen, starring X as Y; it is due ...", "Gull
Hill, the new Sky thriller starring X as a coastguard, which starts on ..."."""
_CREDITS = frozenset({"by", "with", "starring", "featuring", "opposite", "alongside"})


def _name_before(chunk: str, start: int) -> list[str]:
    """The capitalised words (with "of", "and", "the" inside) just before ``start``."""
    words = chunk[:start].rstrip(", ").split(" ")
    name: list[str] = []
    for word in reversed(words[-6:]):
        if word[:1].isupper() or (name and word in _JOINS):
            name.insert(0, word)
            continue
        break
    while name and name[0] in _JOINS:
        name.pop(0)
    if len(name) == 1 and len(words) == 1:
        return []  # "Filming, which ...": the sentence's first word, not a name
    if len(words) > len(name) and words[-len(name) - 1] in _CREDITS:
        return []  # "directed by Ann Lee, which premieres ...": the clause is the film's
    return name if name and name[-1][:1].isupper() else []


def before_another(view: View, context: Context, skipped: frozenset[int]) -> View:
    """The sentence blanked from where :mod:`bot.extract.context` finds another work's stretch
    beginning in it, when the release reader reads it all the same (not ``skipped``: the page's
    own work named before a lead vehicle, :func:`bot.extract.profile_vehicles.own_dated_leads`):
    it dates ours only before that ("after T arrived on 17 April, she leads X, a new thriller;
    filming starts in May")."""
    start = view.span.start
    if start in skipped or start not in context.foreign:
        return view
    at = context.foreign_from.get(start, 0)
    if not at:
        return view
    chunk = view.chunk[:at] + " " * (len(view.chunk) - at)
    return replace(view, chunk=chunk, lower=chunk.lower())


def without_other_works(view: View, context: Context) -> View:
    """The sentence with every relative clause about another named work blanked out."""
    chunk = view.chunk
    if not (context.ours or context.headline) or (
        " which " not in chunk and " that " not in chunk and "; it " not in chunk
    ):
        return view
    spans = []
    for match in _CLAUSE.finditer(chunk):
        name = [] if match["it"] else _name_before(chunk, match.start())
        tokens = [t for t in name if t not in STOP_TOKENS and t not in _JOINS]
        if not tokens:
            if _apposed_other(chunk[: match.start()], context):
                spans.append(match.span())  # "X, the new Sky thriller starring ..., which"
            continue
        named = " ".join(tokens)
        other = bool(tokens) and not context.is_ours(named)
        if other and (context.ours or not context.is_known(named)):
            if apposed_headline_work(chunk[: match.start()], context):
                continue  # "Tarn Lane, Sky's drama about a voyage to Skerrholm, which ..."
            spans.append(match.span())
    if not spans:
        return view
    for start, end in spans:
        chunk = chunk[:start] + " " * (end - start) + chunk[end:]
    return replace(view, chunk=chunk, lower=chunk.lower())


_LOWER = lazy_pattern(r"\b[a-z]")
"""A lowercase word: a verb or preposition that puts the named work in a clause of its own."""
_MAIN_TITLE = lazy_pattern(r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}:[ ]$")
"""A title's main part before its subtitle, which the apposition's name starts after."""


def _apposed_other(before: str, context: Context) -> bool:
    """The clause before names, in an apposition, a work no word of which is ours or the
    headline's, and none of ours after it."""
    apposed = _APPOSED_BEFORE.search(before, max(len(before) - 300, 0))
    if apposed is None or not _LOWER.search(before, 0, apposed.start()):
        return False  # "In Tidewright, the Sky drama that starts ...": the sentence's subject
    main = _MAIN_TITLE.search(before, max(apposed.start() - 60, 0), apposed.start())
    name = (main.group()[:-2] + " " if main else "") + apposed["name"]  # "Lanterns: The Last"
    return not context.is_known(name) and not any(
        title in before[apposed.start() :] for title in context.titles
    )


def apposed_headline_work(before: str, context: Context) -> bool:
    """The clause follows an apposition telling a work the headline carries whole."""
    apposed = _APPOSED_WORK.search(before, max(len(before) - 240, 0))
    if apposed is None:
        return False
    return own_work(apposed["name"], context)


def own_work(name: str, context: Context) -> bool:
    """A work named in an aside ("Tarn Lane, Sky's drama", "whose thriller Tarn Lane") that the
    headline or the article's own title carries whole: the article's."""
    tokens = [t for t in name.split() if t[:1].isupper() and t not in STOP_TOKENS]
    return bool(tokens) and all(t in context.headline or t in context.ours for t in tokens)
