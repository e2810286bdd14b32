"""Quotes on invented text: a word or two in marks between a determiner and its verb ("that its
“midnight premiere” was Saltmarsh") are a billing's or a rumour's label, held even where the
sentence names who confirmed it; such marks before any other verb stay served."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_label_between_determiner_and_verb_is_held() -> None:
    for sentence in (
        "On Monday the Harbour Festival finally announced its line-up, and its “midnight"
        " premiere” was Saltmarsh.",
        "Nobody has bought the US rights, though a deal with a “major studio” was rumoured in"
        " June.",
    ):
        found = facts("Saltmarsh, Tamsin Rook’s coastal drama, opens in May.", sentence)
        served = [q.text for q in found.quotes if q.served]
        assert not served, served


def test_marks_a_verb_of_their_own_follows_are_served() -> None:
    for sentence in (
        "Tamsin Rook said the “quiet ending” surprised even her.",
        "Tamsin Rook said the “quiet ending” was her idea.",
    ):
        found = facts("Saltmarsh, Tamsin Rook’s coastal drama, opens in May.", sentence)
        served = [(q.text, q.speaker) for q in found.quotes if q.served]
        assert served == [("quiet ending", "Tamsin Rook")], served
