"""Quotes and their speakers on invented text: an unnamed someone with an account's handle set
beside them ("One, @name, posted:") speaks as that account; a name beside them still speaks as
the person."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = (
    "Saltmarsh Hours, a drama from Saltreed Pictures, reaches cinemas on 9 May.",
    "Crowds gathered on the harbour wall once word of the shoot got out.",
)


def _said(paragraph: str) -> dict[str, str]:
    found = facts(*_OPENING, paragraph, date="2026-04-01", title="Saltmarsh Hours in Whitby")
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def test_a_handle_beside_an_unnamed_fan_is_the_account() -> None:
    said = _said("One, @gullwatcher_99, posted: “They are filming on my actual street, send help.”")
    assert said.get("They are filmi") == "@gullwatcher_99", said


def test_a_name_beside_an_unnamed_fan_is_still_the_person() -> None:
    said = _said("One fan, Rosalind Achterberg, said: “I came on the first train from York.”")
    assert said.get("I came on the ") == "Rosalind Achterberg", said
