"""A shoot told as on a bare season at the sentence's start: "Filming on series three begins in
June", "Shooting on the new series starts in Whitby in October". No name owns that season, so
it is the article's show's, not another show's ("Filming on series three of Red Harbour" still
names its owner and stays out). Only when the article's work is a series and nothing just before
the sentence (the paragraph so far, or the paragraph above unless it is the lede, which names the
article's own work: an item's heading) names another work:
"Vale is also busy on Sky's Marrow Field. Filming on series two wrapped" is Marrow Field's."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_parts import not_the_film, other_season
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_SHOT_ON = lazy_pattern(
    r"[ “\"]*(?:Filming|Shooting|Production)[ ]on[ ](?:the[ ])?"
    r"(?:(?:new|next|second|third|fourth|fifth|sixth)[ ]series|[Ss]eries[ ](?:two|three|four|"
    r"five|six|[2-9])|(?:new|next|second|third|fourth|fifth|sixth)[ ]season|[Ss]eason[ ](?:two|"
    r"three|four|five|six|[2-9]))\b(?![ ]of\b)"
)


def not_our_shoot(clause: str, before: str, context: Context) -> bool:
    """The shoot in ``clause`` (``before`` its time) is of another work or another show's
    season; the bare season a shoot is on at the start is ours."""
    return not_the_film_shot(clause, context) or other_season(_unowned(before), context)


def not_the_film_shot(clause: str, context: Context) -> bool:
    """:func:`.release_parts.not_the_film` of ``clause``, past a bare season a shoot is on at its
    start ("Filming on series two wrapped last Friday": the show's own)."""
    return not_the_film(_unowned(clause), context)


def _unowned(text: str) -> str:
    """``text`` past a bare season the shoot is on at its start."""
    opening = _SHOT_ON.match(text)
    return text[opening.end() :] if opening else text


_A_FILM = lazy_pattern(r"\b(?:film|movie|feature)\b")
_A_SERIES = lazy_pattern(r"\b(?:series|show|drama|season|sitcom|soap|serial|episodes?)\b")
_CAPS_RUN = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*"
_OTHER_WORK = lazy_pattern(
    rf"[’']s[ ](?P<a>{_CAPS_RUN})|(?P<b>{_CAPS_RUN}),[ ](?:the|a|an)[ ](?:[\w-]+[ ]){{0,3}}?"
    r"(?:sitcom|drama|series|show|comedy|soap|thriller|film|serial)\b"
    r"|^[ ]*\d+[.)][ ]+(?P<c>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)+)(?![^?]*\?)"
)
"""Another work named: after a channel's "’s", before its kind ("X, the BBC sitcom"), or as a
numbered item's heading of two capitalised words or more ("2. Marrow Field news"; not a
question, "1. Has filming finished?")."""


def others_bare_season(doc: Doc, view: View, context: Context) -> bool:
    """A shoot on a bare season at the sentence's start that is not the article's show's: the
    article is about a film, or another work is named just before the sentence."""
    if _SHOT_ON.match(view.chunk) is None or not doc.paras:
        return False
    lede = doc.text[doc.paras[0].start : doc.paras[0].end].lower()
    if _A_FILM.search(lede) and not _A_SERIES.search(lede):
        return True
    para = view.span.para
    start = doc.paras[para - 1].start if para > 1 and para - 1 != doc.title_para else None
    before = doc.text[doc.paras[para].start if start is None else start : view.span.start]
    for line in before.split("\n"):
        for match in _OTHER_WORK.finditer(line):
            work = match["a"] or match["b"] or match["c"]
            if not context.is_known(work):
                return True
    return False
