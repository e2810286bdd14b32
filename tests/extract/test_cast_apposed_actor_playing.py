"""An apposition with a role noun and "playing": "Ada Vale, the Welsh actor playing rugby coach
Mira Holt, was ..." casts Ada Vale as Mira Holt; when the sentence goes on to say she left, or
the part is another work's, nothing is told by this form."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_an_actor_playing_a_described_part_in_an_apposition() -> None:
    found = facts(
        "Shooting on Copperline wrapped in Glasgow on Friday.",
        "Moira Keane, the Irish actress playing lighthouse keeper Edith Sorrell, thanked the crew.",
    )
    assert ("Moira Keane", "Edith Sorrell") in served_pairs(found)


def test_a_newcomer_playing_an_owned_part_in_an_apposition() -> None:
    found = facts(
        "Copperline has added three names to its ensemble.",
        "Dev Ramesh, the newcomer playing Edith’s nephew Callum, is from Dundee.",
    )
    assert ("Dev Ramesh", "Callum") in served_pairs(found)


def test_an_apposition_followed_by_a_departure_casts_no_one_current() -> None:
    found = facts(
        "Copperline has had a change behind the scenes.",
        "Moira Keane, the actress playing Edith Sorrell, has quit the production.",
    )
    assert ("Moira Keane", "Edith Sorrell") not in served_pairs(found) or all(
        c.status.value == "former" for c in found.cast
    )


def test_an_apposition_naming_another_work_casts_nothing() -> None:
    found = facts(
        "Copperline has added three names to its ensemble.",
        "Moira Keane, the actress playing Edith Sorrell in Tidewater, joins as a baker.",
    )
    assert ("Moira Keane", "Edith Sorrell") not in pairs(found)
