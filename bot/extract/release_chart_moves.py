"""A chart's other work, named bare at the head of its sentence and moved a place: "Larkfield,
released on 14 May, fell to No 2", "Pebble Street: The Return, out since 3 April, slipped to
third". Its dates are that work's, and so are its paragraph's after it ("The film opened
...")."""

from __future__ import annotations

import re

_BARE_MOVE = re.compile(
    r"[ “\"]*(?P<name>[A-Z][\w’'&-]*(?::?[ ][A-Z][\w’'&-]*){0,5})"
    r"(?:,[^.;]{1,80}?,)?[ ](?:fell|falls|slipped|slips|slid|dropped|drops|rose|rises|climbed|"
    r"climbs)[ ](?:back[ ])?(?:from[ ][\w ]{1,20}?[ ])?to[ ](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|No\.?[ ]?\d+|number[ ]\w+)\b"
)

_NOT_A_WORK = frozenset(
    {"It", "Its", "This", "That", "The", "They", "She", "He", "Which", "Our", "Their"}
)
"""Heads that stand for a work rather than name one ("It fell to No 2")."""


def bare_chart_move(chunk: str) -> str | None:
    """The name of the work the sentence opens with and moves a chart place, if any."""
    match = _BARE_MOVE.match(chunk)
    if match is None or match["name"].split()[0] in _NOT_A_WORK:
        return None
    return match["name"]
