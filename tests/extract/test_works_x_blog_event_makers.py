"""A festival live blog's timed entry that opens on another film's event ("Tarn Hollow Q&A
just finished") or its maker or star by name ("Tarn Hollow director Ada Vale says ..."): what
that entry credits or dates is that film's. An entry opening on our own film's event or maker
keeps its facts."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_credits

_HEADLINE = "Harbour Film Week live: Quillon Row gala and more"
_LEDE = "Rolling coverage of the Harbour Film Week, where the Quillon Row film has its gala."
_OPEN = "9:30 – Morning from the harbour. The Quillon Row film screens tonight."


def _credits(entry: str) -> set[tuple[str, str]]:
    return served_credits(
        facts(_LEDE, "By Della Marchmont", _OPEN, entry, date="2026-06-12", title=_HEADLINE)
    )


def test_an_entry_opening_on_another_films_qa_credits_that_film() -> None:
    entry = "11:15 Tarn Hollow Q&A just finished. Director Perpetua Algood: “We shot it in snow.”"
    assert ("director", "Perpetua Algood") not in _credits(entry)


def test_an_entry_opening_on_another_films_director_dates_that_film() -> None:
    entry = (
        "11:15 Tarn Hollow director Perpetua Algood tells the room her film is out in "
        "cinemas on 9 October."
    )
    kinds = release_kinds(_LEDE, "By Della Marchmont", _OPEN, entry,
                          date="2026-06-12", title=_HEADLINE)  # fmt: skip
    assert not any(date == "2026-10-09" for _, date, _ in kinds)


def test_an_entry_opening_on_our_films_qa_keeps_its_credit() -> None:
    entry = (
        "11:15 Quillon Row Q&A just finished. The Quillon Row film is directed by Perpetua Algood."
    )
    assert ("director", "Perpetua Algood") in _credits(entry)
