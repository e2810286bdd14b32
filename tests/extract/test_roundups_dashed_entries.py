"""A what-to-watch guide that heads each entry with a work's name and its channel after a dash,
the channel line running on ("BBC One and iPlayer, Sunday at 9pm"): when the headline names one
entry, what another entry casts or credits is that work's; when it names several, which is ours
is untold and the cast rules leave the entries alone."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "From a Welsh farewell to a Fenland mystery, here is what to watch this weekend."


def _guide() -> list[str]:
    return [
        _LEDE,
        "Quarrymoss Forever — Netflix, from today",
        "The big one. Pellam Oduya and Ruthven Kaye return as Tamsyn and Tam.",
        "How to watch: Netflix, all plans.",
        "Saltreed Lane — BBC One and iPlayer, Sunday at 9pm",
        "Wenna Trevascus plays DI Lowenna Pask in a six-part crime drama set in a fen village."
        " Written by Corwen Dallimore, it is the pick of the terrestrial schedule.",
        "How to watch: BBC One, or stream on BBC iPlayer.",
    ]


def test_another_entry_under_a_long_channel_line_casts_and_credits_its_own_work() -> None:
    found = facts(*_guide(), date="2027-04-17", title="Where to watch Quarrymoss Forever")
    served = served_pairs(found)
    assert ("Pellam Oduya", "Tamsyn") in served
    assert ("Wenna Trevascus", "DI Lowenna Pask") not in served
    assert not any(name == "Corwen Dallimore" for _, name in served_credits(found))


def test_a_headline_naming_two_entries_leaves_the_castings_alone() -> None:
    found = facts(
        *_guide(),
        date="2027-04-17",
        title="What to watch: Saltreed Lane, Quarrymoss Forever and more",
    )
    assert ("Pellam Oduya", "Tamsyn") in served_pairs(found)


def test_the_entry_named_again_outside_the_entries_is_the_pages_own() -> None:
    found = facts(
        "The BBC’s eerie Saltreed Lane leads our picks, while Quarrymoss Forever holds on.",
        "Saltreed Lane — BBC One, Sunday, 9pm",
        "Start here. Wenna Trevascus plays Lowenna Pask, a coastguard on the fens."
        " Written by Corwen Dallimore, it is patient and eerie.",
        "Quarrymoss Forever — Netflix",
        "Still at No 1. Pellam Oduya and Ruthven Kaye are Tamsyn and Tam for the last time,"
        " with Merryn Vosper and Hollis Penrice as Jory and Kenza.",
        "The Gilded Lantern — Apple TV+",
        "Episode three arrives on Wednesday.",
        "Read more: Quarrymoss Forever review — a gentle goodbye",
        date="2027-04-24",
        title="What to watch this weekend: Saltreed Lane, Quarrymoss Forever and more",
    )
    served = served_pairs(found)
    assert ("Merryn Vosper", "Jory") in served
    assert ("Wenna Trevascus", "Lowenna Pask") not in served
    assert not any(name == "Corwen Dallimore" for _, name in served_credits(found))


def test_a_short_heading_line_closes_the_last_entry() -> None:
    found = facts(
        "From a Welsh mining drama to a Belfast comedy, the best new TV this week.",
        "Quarrymoss Forever – ITV1, Sunday 9pm",
        "Our pick this week, written by Corwen Dallimore, stars Pellam Oduya as union organiser"
        " Tamsyn Rowe.",
        "Saltreed Lane – Channel 4, Thursday 10pm",
        "The flatshare comedy returns. Hollis Penrice is back as chaotic landlady Kenza.",
        "Also worth your time",
        "Our verdict on Quarrymoss Forever: quietly devastating.",
        date="2027-05-30",
        title="What to watch this week: Quarrymoss Forever, Saltreed Lane and more",
    )
    served = served_pairs(found)
    assert ("Pellam Oduya", "Tamsyn Rowe") in served
    assert ("Hollis Penrice", "Kenza") not in served


def test_the_works_a_headline_adds_with_plus_are_other_news() -> None:
    found = facts(
        "Sky's farming drama Quarrymoss Forever has wrapped, leading a busy week.",
        "QUARRYMOSS FOREVER",
        "Filming on Quarrymoss Forever wrapped on Saturday 24 October.",
        "The series is directed by Corwen Dallimore.",
        "TALLOWBRAKE",
        "Over in Cork, the RTÉ thriller Tallowbrake wrapped on Tuesday."
        " Director Hollis Penrice called it the wettest shoot of her life.",
        date="2027-10-30",
        title="Wrap round-up: Quarrymoss Forever finishes filming, plus Tallowbrake",
    )
    names = {name for _, name in served_credits(found)}
    assert "Corwen Dallimore" in names
    assert "Hollis Penrice" not in names
