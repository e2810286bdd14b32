"""A profile's description ("The Bergen-born editor cut Lanternfall") looks back for the person
it describes; when the headline names the work twice over and the subject only once, the work
itself is never taken for the person who cut, shot or scored it (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "“Each frame a farewell”: the editor of Lanternfall Rising on the last cut"
_LEDE = "The editor of Lanternfall Rising on trimming the finale and working with its director."


def _credits(*paragraphs: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, *paragraphs, date="2026-05-02", title=_TITLE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_the_work_the_verb_acts_on_is_no_crew_name() -> None:
    for sentence in (
        "The Gdańsk-born editor cut Lanternfall Rising, the film directed by Ines Calloway.",
        "The Norwegian cinematographer shot Lanternfall Rising on 35mm for Ines Calloway.",
    ):
        found = _credits(
            "Tomasz Brylski spent a winter in a basement with the last chapter of Lanternfall.",
            sentence,
        )
        assert not any(name.startswith("Lanternfall") for name, _ in found), sentence
        assert ("Ines Calloway", CrewRole.DIRECTOR) in found or "shot" in sentence


def test_a_subject_named_twice_still_gets_the_credit() -> None:
    found = _credits(
        "Tomasz Brylski spent a winter in a basement with the last chapter of Lanternfall."
        " Tomasz Brylski admits he nearly said no.",
        "The Gdańsk-born editor cut Lanternfall Rising in Soho.",
    )
    assert found == {("Tomasz Brylski", CrewRole.EDITOR)}
