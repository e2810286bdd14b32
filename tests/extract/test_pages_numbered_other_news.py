"""A newsletter's numbered item headed as other news ("3. ALSO ON OUR RADAR", "4) Elsewhere")
gathers other shows' news: what it dates, casts or credits is theirs, not the lead work's, up to
the next numbered item. So is an item headed by another work's name whose paragraph tells that
work only by its channel and genre ("2. FENWATCH IS BACK" over "Channel 4’s fen-country mystery
returns ... Ada Vale is back as P")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Morning. Two things today: a date for Quillmoor and a few bits besides."
_TITLE = "The Dispatch: Quillmoor gets a date"
_OURS = (
    "1. QUILLMOOR LANDS IN AUTUMN",
    "Quillmoor, the fen-country drama, premieres on Apple TV+ on Friday 2 October. Dorrit "
    "Avenell stars as Sella Crane.",
)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. ALSO ON OUR RADAR",
            "ITV has ordered a fourth run of the cheerfully rowdy “Pennyworth Lane”. Filming "
            "starts in Cardiff in May.",
        ),
        (
            "2) Elsewhere",
            "Channel 4’s baking contest Proving Ground is coming back. Production begins in "
            "Leeds in May.",
        ),
        (
            "2. IN BRIEF",
            "The makers of Wexcombe say cameras roll again in May, with Tobin Harle as Ned Asker.",
        ),
    ],
)
def test_other_news_item_dates_no_filming_of_ours(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-02-03", title=_TITLE)
    served = [r for r in found.release if r.served]
    assert not any(r.kind.value.startswith("filming") for r in served)
    assert any(str(r.date) == "2026-10-02" for r in served)
    assert ("Dorrit Avenell", "Sella Crane") in served_pairs(found)


def test_a_later_numbered_item_naming_ours_is_ours_again() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. ALSO ON OUR RADAR",
        "ITV has ordered a fourth run of the quiz show “Pennyworth Lane”.",
        "3. Quillmoor behind the scenes",
        "Quillmoor started filming in Norfolk in March 2025.",
        date="2026-02-03",
        title=_TITLE,
    )
    served = [r for r in found.release if r.served]
    assert any(r.kind.value == "filming_started" for r in served)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. FENWATCH IS BACK",
            "Channel 4’s fen-country mystery returns for a third run on Sunday at 9pm. Tobin "
            "Harle is back as Inspector Ned Asker, with Wren Okafor joining as a rookie, Pell "
            "Marrin.",
        ),
        (
            "2. Saltreach returns",
            "Sky’s slow-burn legal drama comes back next month. Tobin Harle is back as Ned Asker "
            "and Wren Okafor joins as Pell Marrin.",
        ),
        (
            "2. THE GANTRY GETS A DATE",
            "BBC One’s shipyard saga is back on 4 May. Tobin Harle returns as Ned Asker, with "
            "Wren Okafor as the new foreman, Pell Marrin.",
        ),
    ],
)
def test_channel_genre_item_casts_are_not_ours(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-02-03", title=_TITLE)
    served = served_pairs(found)
    assert ("Tobin Harle", "Ned Asker") not in served
    assert not any(actor == "Wren Okafor" for actor, _ in served)
    assert ("Dorrit Avenell", "Sella Crane") in served


def test_an_item_on_ours_told_by_its_genre_keeps_its_casts() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. QUILLMOOR: WHO IS IN IT",
        "Apple’s fen-country drama has a strong cast. Tobin Harle plays Ned Asker.",
        date="2026-02-03",
        title=_TITLE,
    )
    assert ("Tobin Harle", "Ned Asker") in served_pairs(found)


def test_the_lede_tells_the_lead_item_when_nothing_else_does() -> None:
    found = facts(
        "This week: Quillmoor bows out, Fenwatch returns to Channel 4 and a quiz to skip.",
        "1. QUILLMOOR BOWS OUT",
        "If you have not yet seen the last of Quillmoor, find an evening for it. The finale "
        "sends Sella (Dorrit Avenell) off in style.",
        "2. FENWATCH IS BACK",
        "Channel 4’s fen-country mystery returns for a third run on Sunday at 9pm. Tobin Harle "
        "is back as Inspector Ned Asker, with Wren Okafor joining as a rookie, Pell Marrin.",
        "3. SKIP IT",
        "A new celebrity quiz on Saturdays. You have been warned.",
        date="2026-02-03",
        title="The Sofa Report: your week in telly",
    )
    served = served_pairs(found)
    assert ("Tobin Harle", "Inspector Ned Asker") not in served
    assert not any(actor == "Wren Okafor" for actor, _ in served)
    assert ("Dorrit Avenell", "Sella") in served
