"""Another work named, its kind apposed, then a clause that casts it ("Cold Harbour, the BBC Two
estate drama that starred X as Y", "Cold Harbour, Pat Lee's drama in which X plays Y"): that
work's part, not this production's; the same clause on our own work stays (invented)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Brackenfold, the last film of the boarding-school saga, opens on Friday."


def test_a_glossed_other_work_that_starred_someone_is_that_works() -> None:
    found = facts(
        _LEDE,
        "The writer broke through with Cold Harbour, the BBC Two estate drama that starred Ola"
        " Renzi as Ruth Pell and ran for two series.",
    )
    assert ("Ola Renzi", "Ruth Pell") not in served_pairs(found)


def test_an_owned_other_work_in_which_someone_plays_is_that_works() -> None:
    found = facts(
        _LEDE,
        "Iga Brzeska, who plays Mira, lost out to Ola Renzi for Cold Harbour, Pat Lee’s drama in"
        " which Renzi plays a young nun, Sister Ruth.",
    )
    assert ("Ola Renzi", "Sister Ruth") not in served_pairs(found)
    assert ("Iga Brzeska", "Mira") in served_pairs(found)


def test_our_own_glossed_work_keeps_its_casting() -> None:
    found = facts(
        "Brackenfold, the BBC Two school drama that stars Ola Renzi as Ruth Pell, opens on Friday.",
    )
    assert ("Ola Renzi", "Ruth Pell") in served_pairs(found)


def test_an_indefinite_gloss_on_our_work_keeps_its_casting() -> None:
    found = facts(
        "Ola Renzi has waited years for this.",
        "On Sunday, BBC One launches Cold Harbour, a six-part thriller in which Renzi plays DS"
        " Ruth Pell, a detective who returns home.",
        title="Ola Renzi on Cold Harbour",
    )
    assert ("Ola Renzi", "DS Ruth Pell") in served_pairs(found)
