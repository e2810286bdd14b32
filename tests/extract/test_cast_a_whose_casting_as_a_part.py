"""A relative possessive on the casting itself ("Ada Vale, whose casting as Mira was announced in
May, ...") gives her the part, gone when the sentence then says she left; a "whose" clause on
anything else ("whose sister runs a café") casts no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow Forever recasts a key part"
_LEDE = "Larkhollow Forever has had to recast days before filming."


def _cast(paragraph: str) -> dict[tuple[str, str], str]:
    found = facts(_LEDE, paragraph, title=_TITLE).cast
    return {(c.actor, c.character): c.status.value for c in found if c.served}


def test_whose_casting_gives_the_part() -> None:
    cast = _cast("Tamsin Orrell, whose casting as Tom’s flatmate Bryony Hale was announced in May,"
                 " starts filming next week.")  # fmt: skip
    assert ("Tamsin Orrell", "Bryony Hale") in cast, cast


def test_whose_casting_then_a_leaving_is_former() -> None:
    cast = _cast("Tamsin Orrell, whose casting as Bryony, the quiet cousin of Tom’s Rafe, was"
                 " announced in May, has exited the project.")  # fmt: skip
    assert cast.get(("Tamsin Orrell", "Bryony")) == "former", cast


def test_another_whose_clause_casts_no_one() -> None:
    cast = _cast("Tamsin Orrell, whose sister Bryony Hale runs a café, starts filming next week.")
    assert not any(actor == "Tamsin Orrell" for actor, _ in cast), cast
