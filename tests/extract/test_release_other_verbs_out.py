""" "Out" as another verb's particle dates no release. On invented text.

An awards piece's "when the nominations were read out on Tuesday" or "invitations were sent out
on Monday" tells the day of a list or a letter, not the day the film came out.
"""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The rural drama Copper Bay has become the surprise of the awards season."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2026-01-29", title="Copper Bay's awards run")


def test_a_list_read_out_on_a_day_is_no_premiere() -> None:
    assert (
        _kinds("When the shortlists were read out on Tuesday, Copper Bay led the field.") == set()
    )
    assert _kinds("Invitations to the gala were sent out on Monday to every nominee.") == set()


def test_the_film_out_on_a_day_is_still_read() -> None:
    assert _kinds("Copper Bay is out on Netflix on 6 February.") == {
        ("premiere_date", "2026-02-06", False)
    }
