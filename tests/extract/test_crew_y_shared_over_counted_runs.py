"""A share told in the past over a counted run ("X and Y shared directing duties across the
series' three seasons") credits the runs before the film, whether the duty follows the verb as
a noun phrase or the verb form alone is read; a share still to come stays ours (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowby film sets its director"
_LEDE = "The Harrowby film closes the drama this autumn."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, "Petra Lune directs the film. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_a_past_share_over_the_counted_runs_is_theirs() -> None:
    for sentence in (
        "Odo Brannock and Iris Feld shared directing duties across the series' three seasons.",
        "Brannock, Feld and Tam Orrin shared directing duties over the show's four seasons.",
        "Odo Brannock and Iris Feld shared directing across all three seasons.",
    ):
        found = _directors(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Iris Feld" not in found, sentence
        assert "Petra Lune" in found, sentence


def test_a_share_to_come_stays_ours() -> None:
    found = _directors("Odo Brannock and Iris Feld will share directing duties on the film.")
    assert {"Odo Brannock", "Iris Feld"} <= found


def test_the_earlier_sharers_told_by_surname_are_still_people() -> None:
    body = (
        "Petra Lune, rather than the series directors Odo Brannock or Iris Feld, took charge. "
        "Brannock and Feld shared directing duties across the series' three seasons."
    )
    found = facts(_LEDE, body, title=_TITLE)
    directors = {c.name for c in found.crew if c.served and c.role.value == "director"}
    assert not {"Odo Brannock", "Iris Feld"} & directors
    assert {"Odo Brannock", "Iris Feld"} <= set(found.people)
