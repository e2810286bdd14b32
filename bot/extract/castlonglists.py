"""Which way round a list of three or more bracketed full-name pairs reads when none of its names
settles it, for :mod:`bot.extract.castorder`; a list of two that nothing else settles ("Ada Vale
(Mira Holt) and Kai Lund (Tom Reed) both stay on") reads actor first on the same support, and is
otherwise held (a verb after two pairs may be casting's own: "... head the cast").

The words before such a list do not tell: cast news writes "Once more on board are Ada Vale
(Mira Holt), Kai Lund (Tom Reed) and Noor Bell (Gus Penn)" actor first, in any wording. So:

* story prose is decided positively and reads part first: synopsis words before the list ("the
  film follows Mira Holt (Ada Vale), ..."), a relation glossing a pair ("Mira Holt (Ada Vale),
  Tom's sister, ..."), or a story verb after the list ("... and Gus Penn (Noor Bell) fall out");
* otherwise the list reads actor first only when the article supports that shape: a plain
  casting, actor before part, in the same paragraph ("..., with Jo Marsh once again playing
  Tom's father, Len Reed", "Jo Marsh joins as Len Reed"), or another bracketed list the article
  settled actor first;
* nothing supports it, or a list of the same paragraph reads part first: held, never guessed.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern

_SYNOPSIS_BEFORE = lazy_pattern(
    r"\b(?:follows?|following|centres[ ]on|centers[ ]on|story[ ]of|tells[ ]of|about|where|"
    r"in[ ]which)\b[^.!?\n]*$"
)
"""Synopsis words earlier in the list's sentence: "the film follows ", "the story of "."""
_RELATION_AFTER = lazy_pattern(rf",[ ](?:{UPPER}[\w’'-]*[’']s|(?:his|her|their)[ ])[ ]?[a-z]")
"""A pair glossed by who they are to someone: ", Tom's sister", ", her best friend"."""
_NOT_STORY = (
    r"are|were|is|was|will|would|have|has|had|both|all|also|each|who|and|remain|remains|"
    r"return|returns|rejoin|rejoins|join|joins|round|complete|star|stars|play|plays|appear"
)
_VERB_AFTER = lazy_pattern(rf"[ ](?!(?:{_NOT_STORY})\b)[a-z]{{3,}}\b")
"""A lower-case word straight after the list that is no copula or casting verb: a story verb
("... and Gus Penn (Noor Bell) fall out over a job")."""


def long_list_order(
    items: list[Casting], raw: list[Casting], shaped: list[tuple[Casting, bool]], text: str
) -> set[bool]:
    """{False} for story prose, {True} for a supported list, else nothing (held)."""
    first, last = items[0], items[-1]
    sentence = max(text.rfind(mark, 0, first.start) for mark in ".!?\n") + 1
    if _SYNOPSIS_BEFORE.search(text, sentence, first.start):
        return {False}
    if any(_RELATION_AFTER.match(text, item.end) for item in items):
        return {False}
    if _VERB_AFTER.match(text, last.end):
        return {False}
    paragraph = (text.rfind("\n", 0, first.start) + 1, _line_end(text, last.end))
    plain = any(
        not r.flexible and r.actor and r.character and paragraph[0] <= r.start < paragraph[1]
        for r in raw
    )
    if any(order is False and paragraph[0] <= o.start < paragraph[1] for o, order in shaped):
        return set()  # a list of the same paragraph reads part first: the support is split
    listed = any(order and "(" in text[o.start : o.end] for o, order in shaped)
    return {True} if plain or listed else set()


def supported_pairs(
    kept: list[Casting],
    members: list[int],
    raw: list[Casting],
    shaped: list[tuple[Casting, bool]],
    text: str,
) -> set[bool]:
    """{True} for a bracketed list of two (``kept``'s ``members``) the article supports actor
    first and that is no story prose, else nothing."""
    items = [kept[i] for i in members]
    if len(items) != 2 or "(" not in text[items[0].start : items[0].end]:
        return set()
    return long_list_order(items, raw, shaped, text) & {True}


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
