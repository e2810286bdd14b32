"""A name cut before an Irish surname's lower-case prefix ("Feoras Ó" of "Feoras Ó hUallach")
is no one's: the words are never credited to the cut name."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_name_cut_before_a_prefixed_surname_is_not_credited() -> None:
    found = facts(
        "Tobarfield, the new comedy from Brenna Films, starts on Sunday.",
        "Feoras Ó hUallach plays the farmer, with Nessa Colfer as his sister.",
        "Ó hUallach joked at the launch that he had “never been so muddy for a paycheque”.",
    )
    assert all(not speaker.endswith(" Ó") for _, speaker in served_quotes(found))
