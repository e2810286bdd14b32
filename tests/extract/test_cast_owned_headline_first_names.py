"""A possessive's two-word part ("Dain Pellowe's Orla Kestwick") whose first name alone is in the
headline ("from Orla's big decision") is a part: a headline calls a character by first name,
while a title named there would share the part's last words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The BBC has released the full trailer for Brackenholt, and it is packed with goodbyes."
_SCENE = "The trailer opens on Dain Pellowe's Orla Kestwick taping up boxes in the hall."


def test_a_first_name_in_the_headline_leaves_the_part() -> None:
    found = facts(
        _LEDE,
        _SCENE,
        date="2026-03-09",
        title="Brackenholt trailer: 7 things we spotted, from Orla's big decision to the end",
    )
    assert ("Dain Pellowe", "Orla Kestwick") in served_pairs(found)


def test_a_title_in_the_headline_is_still_no_part() -> None:
    found = facts(_LEDE, _SCENE, date="2026-03-09", title="Orla Kestwick trailer: 7 things")
    assert ("Dain Pellowe", "Orla Kestwick") not in served_pairs(found)
