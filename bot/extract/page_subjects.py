"""The paragraphs of a two-work page that tell the other work's news, for :mod:`.roundups`.

A chart or awards page may head with two works and lead with one: "‘Fenmarsh’ tops the chart as
‘Quarrel Yard’ holds firm" over a lede that names Fenmarsh alone (invented examples). The lede's
work is the page's subject; when the lede names neither, the first paragraph naming one alone
tells it. A later paragraph that names the other work and never the subject
("On the films list, Quarrel Yard held on to third place. The Quarrel Yard finale, which stars Ada
Vale as Mira, was released on 2 May") tells the other work's news: what it casts, credits or
dates is not the subject's. On a chart's page (its headline says so), so does each sentence of
a paragraph that opens on the other work and names the subject only in another sentence ("Its
nearest rival is Quarrel Yard, which launched on 9 May. It is tipped to overtake Fenmarsh next
week": the launch is Quarrel Yard's).

On such a page (its headline quotes a title), a sentence that opens on a name the headline never
gives, set by apposition as a work ("Bryn Tawel, the Welsh-language folk horror from director
Ada Vale, landed six"; "Tollmarsh Row, the housing drama starring Bram Kessler, took four"), is
that other work's too.
"""

from __future__ import annotations

from bot.extract.castchartplaces import headline_has
from bot.extract.cues import word_led
from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_QUOTED = lazy_pattern(r"[‘“](?P<title>[A-Z][^‘’“”\n]{0,60}?)[’”](?![\w])")
_WORD = lazy_pattern(r"[\w’'-]+")
_CREDITED = lazy_pattern(
    r"[ ](?i:star|actor|actress|alum|creator|director|writer|helmer|DP|composer|producer)\b"
)
_APPOSED_WORK = lazy_pattern(
    r"[“\"]?(?!(?:In|On|At|For|From|With|As|By|After|Before|Like|Unlike|Since|Until)[ ])"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|the|of|and|at|in|on)){0,4}),[ ]"
    r"(?:the|a|an)[ ](?:(?!(?:of|in|on|for|at|behind|from|with|and|to|who|whose)[ ])[\w’'-]+[ ])"
    rf"{{0,4}}?{GENRE_NOUNS}(?:[ ](?:from|by|starring|about|directed|written)\b|,)"
)
"""A sentence opening on a work set by apposition: "Bryn Tawel, the folk horror from ..." (not
"Ada Vale, the star of the drama, ...": a person; nor "In Bryn Tawel, the film from ...", where
the sentence's subject comes after)."""
_CHART = lazy_pattern(r"\b(?i:charts?|box[ -]office|ratings)\b")
"""A chart's headline: there the two works are rivals, and a sentence of the rival's paragraph
that never names the subject is the rival's news."""
_OPENING = 10
"""The other work is the paragraph's news when named in its first words ("On the films list,
Quarrel Yard held on"), not in passing later ("..., ahead of the second-placed Quarrel Yard")."""


def other_work_paragraphs(doc: Doc) -> list[int]:
    """Starts of the sentences, in the paragraphs that open on the headline's other work, that
    never name its first work, the one the lede names too. Outside a chart's page the whole
    paragraph must not name the first work, or none of its sentences is taken."""
    if doc.title_para is None or doc.title_para == 0 or not doc.paras:
        return []
    title = doc.paras[doc.title_para]
    keys = [
        _key(m["title"])
        for m in _QUOTED.finditer(doc.text, title.start, title.end)
        if not _CREDITED.match(doc.text, m.end())  # "‘Fen’ DP X": a person's earlier work
    ]
    if len(set(keys)) < 2 or keys[0] is None:  # two works at least
        return []
    if not _names(_lead_text(doc, keys), keys[0]):
        return []  # the lede leads with another than the headline's first work
    led = {keys[0]}
    charted = headline_has(doc, _CHART)
    others = {key for key in keys if key is not None and key not in led}
    found: list[int] = []
    for index, para in enumerate(doc.paras):
        if index in {0, doc.title_para}:
            continue
        text = doc.text[para.start : para.end]
        opening = " ".join(text.split()[:_OPENING])
        if not any(_names(opening, key) for key in others):
            continue
        if not charted and any(_names(text, key) for key in led):
            continue  # "Casting is by X, who also cast Fenmarsh": the paragraph may be ours
        for view in doc.views:  # "..., is expected to overtake Fenmarsh": that one is ours
            if para.start <= view.span.start < para.end and not any(
                _names(view.chunk, key) for key in led
            ):
                found.append(view.span.start)
    return found


def _lead_text(doc: Doc, keys: list[str | None]) -> str:
    """The lede, or when it names neither work ("Netflix’s thriller knocked a fantasy off the
    top") the first paragraph after the headline that names one and not the other."""
    lede = doc.paras[0]
    text = doc.text[lede.start : lede.end]
    if any(key is not None and _names(text, key) for key in keys):
        return text
    for para in doc.paras[(doc.title_para or 0) + 1 :]:
        body = doc.text[para.start : para.end]
        named = {key for key in keys if key is not None and _names(body, key)}
        if named:
            return body if len(named) == 1 else ""
    return ""


def _key(title: str) -> str | None:
    """The title's first real word: "Quarrel" of "Quarrel Yard: Part Two"."""
    words = [w for w in _WORD.findall(title) if w not in STOP_TOKENS and w[:1].isupper()]
    return words[0] if words else None


_WORD_END = lazy_pattern(r"(?![\w-])")


def _names(text: str, key: str) -> bool:
    return next(word_led(key, text, _WORD_END), None) is not None


def apposed_other_works(doc: Doc) -> list[int]:
    """Starts of the sentences that open on a work the headline, which quotes a title, never
    names, set by apposition (see the module's docstring)."""
    if doc.title_para is None:
        return []
    title = doc.paras[doc.title_para]
    headline = doc.text[title.start : title.end]
    if _QUOTED.search(headline) is None:
        return []
    words = set(_WORD.findall(headline))
    found: list[int] = []
    for view in doc.views:
        match = _APPOSED_WORK.match(view.chunk)
        if match is None:
            continue
        names = [
            w for w in _WORD.findall(match["name"]) if w[:1].isupper() and w not in STOP_TOKENS
        ]
        if names and not any(w in words for w in names):
            found.append(view.span.start)
    return found
