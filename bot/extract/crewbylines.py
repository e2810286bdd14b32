"""A byline left in the article's text: "Written by Jo Reyes" or "Edited by Jo Reyes" (also
"Written by Rebecca 'Bex' Tallis", "Written By: Jo Reyes, Senior Editor", "Written by Jo Reyes
| 12 May 2026", a foreign outlet's "Written by Jo Reyes, translated by Ana Lind", a masthead's
"The Weekly Reel | 3 May 2026 | Written by Jo Reyes", a live blog's "Live | Updated 10:05 |
Edited by Jo Reyes", a podcast page's "Written by Jo Reyes for The Reel · 3 May 2026") on its own
line near the top of the page, or a newsletter's sign-off at its foot ("Written by Jo Reyes.
Edited by Ana Lind.", "— Edited by Ana Lind. Reply to this email ..."), names the article's
reporter or editor, never the film's screenwriter or editor.

A line of the film's credits ("Written by X" next to "Directed by Y") keeps its credit.
"""

from __future__ import annotations

from bot.extract.lexicon import MONTH_NAME, WEEKDAY_NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_REACH = 3
"""How many paragraphs under the headline (or the page's top) a byline may stand."""
_FOOT = 2
"""How many paragraphs from the page's end a newsletter's sign-off byline may stand."""
_LEADS = ("ritten ", "dited ")
_WORD = r"[A-Z][\w’'.-]*"
_NICKNAME = r"[‘'“\"][^‘'“\"’”\n]{1,24}[’'”\"]"
_NAMED = rf"{_WORD}(?:[ ](?:{_NICKNAME}|{_WORD})){{1,4}}"
_HOUSEKEEPING = (
    r"\b(?i:receiving[ ]this|subscribe|sign[ ]up|unsubscribe|forwarded[ ]this|forward[ ]this|"
    r"in[ ]your[ ]browser|reply[ ]to[ ]this[ ]e-?mail)"
)
"""A mailing list's housekeeping words: the page is a newsletter."""
_BYLINE = lazy_pattern(
    rf"[ ]*(?:[—–][ ])?(?i:(?:written|edited)[ ]by):?[ ]+(?P<name>{_NAMED})"
    rf"(?:[ ](?:and|&)[ ]{_NAMED})?"
    rf"(?:,?[ ](?:and[ ])?(?i:translated|translation)[ ]by[ ]{_NAMED})?"
    rf"(?:[.]?[ ]Edited[ ]by[ ](?P<editor>{_NAMED}))?"
    r"(?:(?:,|[ ][|·•–—-]|[ ]on|[ ]for(?=[^\n]{1,60}?[ ][|·•][ ]))"
    r"[ ](?![^\n]*\b(?:by|based|adapted|from|directed|produced|stars?|[Ss]tarring|[Cc]ast|"
    r"(?:mins?|minutes)(?![ ]read))\b)"
    rf"[^\n]{{1,60}}|(?:[ ][|·•]|[.])[ ](?=[^\n]{{0,60}}?{_HOUSEKEEPING})[^\n]{{1,240}})?[ ]*$"
)
"""The whole line: "Written by" and a name (maybe a nickname, maybe a second reporter's, maybe
with a translator's or an editor's after it), then at most a desk or a date, maybe "for" the
outlet before a separator ("Written by A and directed by B, the film ..." is the story; "Written
by A for Netflix · Starring B", "... for the screen · 98 min" a film's credit strip), or a
mailing list's housekeeping after a separator ("· You're receiving this because ...", "|
Forwarded this? Sign up ...", ". Forwarded this email? Sign up here.": a newsletter's
masthead)."""
_FIELDS = lazy_pattern(r"(?:[^\n|·•]{1,60}[ ][|·•][ ]){1,4}(?=(?i:(?:written|edited)[ ]by))")
"""A masthead's fields before its byline: the newsletter's name, the edition, the date."""
_DATED = lazy_pattern(rf"\b(?:{WEEKDAY_NAME}|{MONTH_NAME}|(?:19|20)\d\d)\b")
"""A date among the masthead's fields: an edition's dateline, which no film's credits block
sets before its "Edited by" line, so a neighbouring "Name: ..." headline is no credit line."""
_CREDIT_LINE = lazy_pattern(
    r"[ ]*(?:[-*•][ ])?(?:(?:Directed|Produced|Executive[ ]Produced|Created|Edited|Music|"
    r"Original[ ]Music|Score|Cinematography|Photographed|Story|Screenplay|Based)[ ](?:by|on)\b"
    r"|Starring[ ]|[A-Z][a-z]+(?:[ ][A-Za-z]+){0,2}[ ]?:[ ])"
)
"""A neighbouring line of a credits block: "Directed by X", "Music: Y", "Starring Z"."""


_SIGNED_OFF = lazy_pattern(
    rf"[ ]*(?:The[ ])?{_WORD}(?:[ ]{_WORD}){{0,3}}[ ](?:is|was)[ ](?:written|edited|compiled|"
    rf"put[ ]together)(?:[ ]and[ ](?:written|edited|compiled))?[ ]by[ ](?P<name>{_NAMED})[.]?[ ]*$"
)
"""A newsletter's sign-off told as a sentence on the page's last line: "The Morning Reel is
written by Jo Reyes." (invented): its reporter, when housekeeping words just above say the page
is a newsletter ("Forward this to a friend"); a film's "T is written by X" stays a credit."""
_HOUSEKEPT = lazy_pattern(_HOUSEKEEPING)


def _signed_off(doc: Doc, index: int) -> str | None:
    """The reporter of a newsletter's sign-off sentence on the last paragraph (above)."""
    if index != len(doc.paras) - 1 or index < 1:
        return None
    para, above = doc.paras[index], doc.paras[index - 1]
    signed = _SIGNED_OFF.match(doc.text, para.start, para.end)
    if signed is None or _HOUSEKEPT.search(doc.text, above.start, above.end) is None:
        return None
    return signed["name"].rstrip(".")


def reporters(doc: Doc) -> dict[int, tuple[str, ...]]:
    """The byline paragraphs near the top or at the foot, each by its start, with the reporter
    it names first and its editor, if named (people the page names, though no crew)."""
    first = 0 if doc.title_para is None else doc.title_para + 1
    found: dict[int, tuple[str, ...]] = {}
    top = range(first, min(first + _REACH, len(doc.paras)))
    foot = range(max(top.stop, len(doc.paras) - _FOOT), len(doc.paras))
    for index in (*top, *foot):
        para = doc.paras[index]
        start = para.start
        if (signer := _signed_off(doc, index)) is not None:
            found[para.start] = (signer,)
            continue
        dated = False
        if not any(lead in doc.text[start : start + 12] for lead in _LEADS):
            fields = _FIELDS.match(doc.text, start, para.end)
            if fields is None:
                continue
            dated = _DATED.search(fields.group()) is not None
            start = fields.end()  # "The Weekly Reel | Friday edition | Written by Jo Reyes"
        byline = _BYLINE.match(doc.text, start, para.end)
        if byline is None or (not dated and _in_credits(doc, index)):
            continue
        names = (name.rstrip(".") for name in byline.group("name", "editor") if name)
        found[para.start] = tuple(names)  # "Written by Jo Reyes." is a sentence
    return found


def _in_credits(doc: Doc, index: int) -> bool:
    """Whether a line above or below is a credit line of the film's (a credits block)."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(doc.paras) and near != doc.title_para:
            para = doc.paras[near]
            if _CREDIT_LINE.match(doc.text, para.start, para.end) is not None:
                return True
    return False
