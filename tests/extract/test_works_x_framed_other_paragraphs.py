"""A profile brings in its subject's other show once ("as she fronts the new Sky thriller
Lumen Bay"), then opens a paragraph inside that show's story: "In Lumen Bay, written by A, she
plays B ... It starts on Sunday 3 May." That paragraph's writer, part and date are the other
show's. A paragraph so opened on the article's own work keeps them."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Posy Ambler: ‘I said yes before I read the last page’"
_LEDE = (
    "As she fronts the new Sky thriller Lumen Bay, Posy Ambler is also saying goodbye to "
    "Kettle Yard."
)


def _page(
    framed: str, lede: str = _LEDE
) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[str]]:
    found = facts(
        lede,
        "Five years ago Posy Ambler had no agent. Now she has two shows at once.",
        framed + " It starts on Sky Atlantic on Sunday 3 May.",
        "For most fans she will always be Wren Tully, the girl she plays in the Vela comedy "
        "Kettle Yard, whose final series is still being edited.",
        date="2026-04-02",
        title=_TITLE,
    )
    days = {r.date.isoformat() for r in found.release if r.date and r.confidence >= 1.0}
    return served_credits(found), served_pairs(found), days


def test_a_paragraph_framed_in_another_show_keeps_its_credits() -> None:
    credits, cast, days = _page(
        "In Lumen Bay, written by Ivo Carrick-Dunne, Ambler plays Tess Ardagh, a ferry pilot."
    )
    assert ("writer", "Ivo Carrick-Dunne") not in credits
    assert ("Posy Ambler", "Tess Ardagh") not in cast
    assert "2026-05-03" not in days


def test_a_paragraph_framed_in_a_show_never_told_as_another_keeps_its_credits() -> None:
    _, cast, _ = _page(
        "In Lumen Bay, written by Ivo Carrick-Dunne, Ambler plays Tess Ardagh, a ferry pilot.",
        lede="Posy Ambler has waited five years for a lead. Lumen Bay is finally hers.",
    )
    assert ("Posy Ambler", "Tess Ardagh") in cast


def test_a_paragraph_framed_in_a_show_told_by_its_owner_only_keeps_its_credits() -> None:
    _, cast, _ = _page(
        "In Lumen Bay, the drama that ends the saga, Ambler plays Tess Ardagh once more.",
        lede="Posy Ambler went from an open call to the West End. Next month, in Vela’s Lumen "
        "Bay, she says goodbye to Tess Ardagh.",
    )
    assert ("Posy Ambler", "Tess Ardagh") in cast
