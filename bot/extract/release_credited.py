"""A sentence that dates only a work told as someone's earlier credit (see
:mod:`bot.extract.earlier_credits`) is that work's news ("the second season of Dune Road returns
on 3 November"), even where the article's name-finding took the work for ours."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_words import CAPITALISED


def dates_a_credit(chunk: str, context: Context, credited: frozenset[str]) -> bool:
    """The sentence names a credited work and no other word of ours."""
    if not credited:
        return False
    words = set(CAPITALISED.findall(chunk))
    return bool(words & credited) and not (words & (context.ours - credited))
