"""Names a sentence leaves out of a credit, and a streamer's other show told by "its"."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Saltwick Reach: everything we know about the film"
_LEDE = "Saltwick Reach, the film of the Vela series, is directed by Pell Marrowby."


def test_names_after_other_than_are_not_credited() -> None:
    found = served_crew(
        _LEDE,
        "She is the first person other than Orrin Badcock and Quillan Ferrow, who directed the"
        " four seasons, to direct the pair.",
        title=_TITLE,
    )
    assert ("director", "Pell Marrowby") in found
    assert ("director", "Orrin Badcock") not in found
    assert ("director", "Quillan Ferrow") not in found


def test_names_after_an_opening_not_are_not_credited() -> None:
    found = served_crew(
        _LEDE,
        "Not Orrin Badcock or Quillan Ferrow, who shared directing duties on the series.",
        title=_TITLE,
    )
    assert ("director", "Quillan Ferrow") not in found
    assert ("director", "Pell Marrowby") in found


def test_a_credit_without_an_excluding_word_stays() -> None:
    found = served_crew(
        _LEDE,
        "Orrin Badcock, who wrote the four seasons, has written the screenplay.",
        title=_TITLE,
    )
    assert ("writer", "Orrin Badcock") in found


def test_a_title_told_as_its_owners_new_show_is_another_works() -> None:
    found = served_crew(
        "The Saltwick Reach trailer is out, and the film arrives on Vela on 3 June.",
        "Vela also unveiled the cast of Hollowmere Lane, its new teen drama from director Orrin"
        " Badcock, which stars Mina Ferrow.",
        title="Live: Saltwick Reach release date confirmed as trailer drops",
    )
    assert ("director", "Orrin Badcock") not in found
