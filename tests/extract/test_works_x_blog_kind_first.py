"""A live blog's entry on another film may bring it in by its kind before its name ("The Danish
documentary Nordhavn drew ...", "Norwegian feature Fjellvann got ..."): what the entry says next
of its director and cast is that film's. Our own film so told keeps its credits."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "Quayside Film Days live: Quillon Row gala, plus Danish and Norwegian premieres"
_LEDE = "All day from the Quayside Film Days, which closes with the first showing of Quillon Row."
_OPEN = "9:30 Morning from the harbour. Quillon Row screens tonight at the old custom house."


def _page(entry: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    closing = "22:10 That is all from us tonight."
    found = facts(_LEDE, _OPEN, entry, closing, date="2026-06-12", title=_HEADLINE)
    return served_credits(found), served_pairs(found)


def test_another_film_told_by_its_kind_keeps_its_director() -> None:
    credits, _ = _page(
        "15:20 Before the gala, the morning's Danish-language documentary Nordhavn had its "
        "first showing. Director Tove Brask-Holm said the crew never saw the finished cut."
    )
    assert ("director", "Tove Brask-Holm") not in credits


def test_another_feature_opening_the_entry_keeps_its_cast() -> None:
    credits, cast = _page(
        "16:45 Norwegian feature Fjellvann got a long ovation. Director Eirik Dahle-Moen cast "
        "newcomer Sigrid Aasland as Kari, a shepherd's daughter."
    )
    assert ("director", "Eirik Dahle-Moen") not in credits
    assert ("Sigrid Aasland", "Kari") not in cast


def test_our_film_told_by_its_kind_keeps_its_director() -> None:
    credits, _ = _page(
        "18:05 The harbour drama Quillon Row, about a lock keeper, had its premiere. "
        "Director Tove Brask-Holm said the crew never saw the finished cut."
    )
    assert ("director", "Tove Brask-Holm") in credits
