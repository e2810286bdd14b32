""" "Out" as another verb's particle dates no release. On invented text.

An awards piece's "when the shortlists were read out on Tuesday", "invitations were sent out on
Monday", "the prizes were given out" or "the rules were spelt out" tells the day of a list, a
letter or a ceremony, not the day the film came out; a work "sent out to cinemas" is released.
"""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The coastal drama Tidecaller has become the surprise of the awards season."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2026-01-29", title="Tidecaller's awards run")


def test_a_list_read_out_on_a_day_is_no_premiere() -> None:
    for sentence in (
        "Once the jury's picks had been read out on Tuesday, Tidecaller topped the list.",
        "Letters to every finalist were sent out on Monday.",
        "The prizes were given out on Tuesday evening.",
        "The voting rules were spelt out on Tuesday morning.",
    ):
        assert _kinds(sentence) == set(), sentence


def test_the_film_out_on_a_day_is_still_read() -> None:
    assert _kinds("Tidecaller is out on Netflix on 6 February.") == {
        ("premiere_date", "2026-02-06", False)
    }
    assert _kinds("Tidecaller was sent out to cinemas on 6 February.") == {
        ("premiere_date", "2026-02-06", False)
    }
