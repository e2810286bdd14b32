"""A newsletter's item that its lede lists as other news, and that never names our work, dates
nothing of ours."""

from tests.extract.helpers import release_kinds

_HEADLINE = "The Slate: Wrenfold Bay finds its lead, ‘Cragmoor’ renewed"


_Kinds = set[tuple[str, str, bool]]


def _newsletter(lede: str, opening: str, last_heading: str, last: str) -> _Kinds:
    return release_kinds(
        lede,
        _HEADLINE,
        opening,
        "1. WRENFOLD BAY FINDS ITS LEAD",
        "Apple has cast Ines Marr in Wrenfold Bay, ahead of a shoot that is due to begin in "
        "October around Whitby.",
        "2. ‘CRAGMOOR’ RENEWED",
        "ITV has ordered a second series of its moorland mystery “Cragmoor”.",
        last_heading,
        last,
        date="2025-06-06",
        title=_HEADLINE,
    )


def test_an_awards_aftermath_item_dates_no_premiere_of_ours() -> None:
    kinds = _newsletter(
        "This week: Wrenfold Bay finds its lead, ITV renews “Cragmoor”, and the Emmys afterglow.",
        "Welcome back to The Slate. Three items this week.",
        "3. AFTER THE EMMYS",
        "Awards night is over for another year. Half the industry has premieres booked for the "
        "same Friday evening in August.",
    )
    assert ("filming_planned", "2025-10", False) in kinds
    assert not any(window == "2025-08" for _, window, _ in kinds)


def test_a_festival_item_the_lede_lists_dates_nothing_of_ours() -> None:
    kinds = _newsletter(
        "This week: Wrenfold Bay finds its lead; “Cragmoor” goes again; and a Cannes diary.",
        "This is The Slate, our weekly newsletter on what is being made.",
        "3. A CANNES DIARY",
        "The festival was wet and loud. Two rival dramas are set to premiere in September.",
    )
    assert ("filming_planned", "2025-10", False) in kinds
    assert not any(window == "2025-09" for _, window, _ in kinds)


def test_an_item_about_our_people_the_lede_does_not_list_stays_ours() -> None:
    kinds = _newsletter(
        "This week: Wrenfold Bay finds its lead, ITV renews “Cragmoor”, and the Emmys afterglow.",
        "Welcome back to The Slate. Three items this week.",
        "3. INES SPILLS SOME TEA",
        "Ines Marr told a podcast that the show arrives in September.",
    )
    assert any(window == "2025-09" for _, window, _ in kinds)
