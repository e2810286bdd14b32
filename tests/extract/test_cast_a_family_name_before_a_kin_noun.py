"""A part's family name before a kin noun ("the youngest Quint son", "the Quint family") is no
person called by the surname alone, so it gives no actor's clue to a bracketed pair ("Ada Vell
(Mora Quint)"); a surname alone as news uses it ("Quint said") still does (invented articles)."""

from __future__ import annotations

from bot.extract.castsurnamealone import surname_alone


def test_a_family_name_before_a_kin_noun_calls_no_one_alone() -> None:
    for text in (
        "The cast is led by Sabeen Orrow (Mora Quint), with newcomer Ivo Brandt as the youngest"
        " Quint son, Pip.",
        "The cast is led by Sabeen Orrow (Mora Quint), as the Quint family loses its farm.",
        "Sabeen Orrow (Mora Quint) leads, and the Quint sisters are cast next week.",
    ):
        assert not surname_alone("Mora Quint", text), text


def test_a_surname_alone_as_news_uses_it_still_counts() -> None:
    for text in (
        "The cast is led by Sabeen Orrow (Mora Quint). Quint said the shoot was cold.",
        "Sabeen Orrow (Mora Quint) leads; Quint and Brandt met in Hull.",
    ):
        assert surname_alone("Mora Quint", text), text
