"""An unnamed someone who gives an account's handle for themselves ("One fan, who introduced
herself as @name, asked ...") speaks as that account, never as "one fan"; one who gives only a
description of themselves stays unnamed."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Harrowgate Con panel for Lantern Row, with Ines Corr and Bram Tolley."


def _served(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_a_fan_who_introduced_herself_by_a_handle_speaks_as_it() -> None:
    found = _served(
        "One attendee, who introduced herself as @mara_stan99, asked whether Mara would "
        '"finally get a holiday." Corr just smiled.',
    )
    assert found["finally get "] == "@mara_stan99"


def test_a_fan_who_gave_a_username_speaks_as_it() -> None:
    found = _served(
        'Another fan, who gave his username as u/tinfoilTam, asked: "Is Tam coming back at all?"',
    )
    assert found["Is Tam comin"] == "u/tinfoilTam"


def test_a_fan_who_introduced_herself_by_a_description_stays_unnamed() -> None:
    found = _served(
        'One fan, who introduced herself as a lifelong reader, asked: "Will there be a sequel?"',
    )
    assert found["Will there b"] == "One fan"
