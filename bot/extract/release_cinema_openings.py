"""The film's own cinema opening told long after it ("it opened in UK cinemas on 7 October",
"When “Tallow Road” opened in cinemas on 7 October last year", "Harbourlight released Tallow
Road in UK and Irish cinemas on 7 October"): an awards or box-office piece's release date,
kept however far past. Only where the film opening is the article's own (named, or "it");
another work's past opening ("her last film, Marrow Field, opened in cinemas on ...") is not."""

from __future__ import annotations

import re

from bot.extract.context import Context

_NAME = r"[A-Z][\w’'-]*(?:[ ](?:(?:of|for|the|a|and|to)[ ])?[A-Z][\w’'-]*){0,4}"
_OPENED = re.compile(
    rf"(?:(?P<name>{_NAME})|(?P<pronoun>\bit))[”\"’]?,?[ ]"
    rf"(?:opened|premiered|arrived|debuted|released[ ][“\"‘]?(?P<object>{_NAME})[”\"’]?)"
    r"[ ]in[ ](?:(?:the[ ])?[A-Z][\w]*(?:[ ]and[ ][A-Z]\w*)?[ ])?(?:cinemas|theatres|theaters)"
    r"[ ]on[ ]$"
)


def opened_in_cinemas(chunk: str, start: int, context: Context) -> bool:
    """The date at ``start`` is the day the article's own film opened in cinemas."""
    if not context.ours or ("cinemas on" not in chunk and "theat" not in chunk):
        return False
    match = _OPENED.search(chunk, max(0, start - 140), start)
    if match is None:
        return False
    if match["object"] is not None:
        return context.is_ours(match["object"])
    return match["pronoun"] is not None or context.is_ours(match["name"])
