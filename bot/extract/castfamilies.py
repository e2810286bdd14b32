"""A bracketed pair's order from a family name it shares with a part, for
:mod:`bot.extract.castorder`.

A list in running prose ("Also back are Ada Vale (Mira Holt), ...") carries no cue of its own
order, but the article may settle it: when it casts a part plainly ("Tom Reed plays Gus
Holt"), a listed name with that part's family name ("Nell Holt") is a part too, so the other
side of its pair is the actor, and the list keeps one order. A family name an actor the
article casts also bears settles nothing, nor a pair with a part's family name on both sides,
nor the part's own name (that pair is the part's own, for the plain casting to settle).
"""

from __future__ import annotations

from bot.extract.castforms import Casting


def family_orders(
    orders: dict[int, bool | None], kept: list[Casting], raw: list[Casting]
) -> dict[int, bool | None]:
    """``orders`` with each pair nothing else settled (None) settled by a family name one side
    shares with a part cast plainly (True: the outer name acts)."""
    plain = [r for r in raw if not r.flexible and r.actor and r.character]
    actors = {r.actor.rsplit(maxsplit=1)[-1] for r in plain}
    parts = {r.character.strip() for r in plain}
    families = {part.rsplit(maxsplit=1)[-1] for part in parts if " " in part} - actors
    if not families:
        return orders
    found = dict(orders)
    for index, order in orders.items():
        item = kept[index]
        inner = item.character if item.outer == item.actor else item.actor
        outer_kin, inner_kin = _kin(item.outer, families, parts), _kin(inner, families, parts)
        if order is None and outer_kin != inner_kin:
            found[index] = inner_kin
    return found


def _kin(name: str, families: set[str], parts: set[str]) -> bool:
    """Another member of a part's family: its family name, not the part itself (a pair that
    names the part itself is the part's own, read by :mod:`bot.extract.castorder`)."""
    name = name.strip()
    return " " in name and name not in parts and name.rsplit(maxsplit=1)[-1] in families
