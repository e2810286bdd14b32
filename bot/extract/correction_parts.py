"""A correction notice's part named by its surname alone: the full part the article named before.

A notice puts a swap right in short: "We first had A down as Cass Vasketh; A is in fact Mina
Drummel, and B is Vasketh." The part is "Cass Vasketh", told in full earlier; "Vasketh"
alone is no part of its own. Only in a notice paragraph and only when one
full part ends with the word (with "Hale Mossbeck" and "Ruth Mossbeck" both named, "Mossbeck"
stays as it is).
"""

from __future__ import annotations

from bot.extract.correction_notices import notice_paras
from bot.extract.people import resolve_character
from bot.extract.text import Doc


def resolve_part(name: str, full_names: list[str], doc: Doc, at: int) -> str:
    """The full part for ``name`` (see :func:`resolve_character`), or, in a correction notice,
    the one full part whose last word it is."""
    resolved = resolve_character(name, full_names)
    if " " in resolved:
        return resolved
    notices = notice_paras(doc)
    if not notices or not any(
        doc.paras[index].start <= at < doc.paras[index].end for index in notices
    ):
        return resolved
    ending = {full for full in full_names if full.split()[-1] == resolved}
    return ending.pop() if len(ending) == 1 else resolved
