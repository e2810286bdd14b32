"""A bracketed list's order votes, for :mod:`bot.extract.castorder`.

A list keeps one order ("Ada Vale (Mira Holt), Kai Lund (Noor Bell)": actors first throughout),
so when its own pairs vote both ways ("Vale" written alone elsewhere says actor first, "Bell"
written alone says part first), one vote is wrong and nothing tells which: the list is held,
never served half reversed. A list under a cast header is weighed by
:func:`bot.extract.castdirection.weighed` instead.
"""

from __future__ import annotations


def split_votes(orders: dict[int, bool | None], under_header: bool) -> set[bool]:
    """The orders the pairs vote; when they disagree outside a cast header's list, every pair's
    own vote is dropped (in place), so the list, both orders standing, is held."""
    settled = {order for order in orders.values() if order is not None}
    if len(settled) > 1 and not under_header:
        orders.update(dict.fromkeys(orders))
    return settled
