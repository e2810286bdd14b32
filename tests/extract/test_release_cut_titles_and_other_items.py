"""A subtitle read short of its lowercase words, and a guide's listed show, are no title of
ours; a newsletter item that sets another work by its owner ("X, Sky’s six-part thriller
starring ...") dates that work; another work named as its owner's and "dropped" carries its
next sentence."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds


def _titles(*paragraphs: str, title: str, date: str = "2026-02-10") -> set[str]:
    found = facts(*paragraphs, date=date, title=title).release
    return {r.title or "" for r in found if r.served and r.kind.value == "title"}


def test_a_subtitle_cut_before_its_lowercase_words_is_no_title() -> None:
    found = _titles(
        "In Portugal the film will be titled Copper Bay: Para sempre, and it arrives on 9 May.",
        title="Copper Bay gets its Portuguese title",
    )  # fmt: skip
    assert "Copper Bay: Para" not in found
    whole = _titles(
        "In Portugal the film will be titled Copper Bay: Para Sempre, and it arrives on 9 May.",
        title="Copper Bay gets its Portuguese title",
    )  # fmt: skip
    assert whole == {"Copper Bay: Para Sempre"}


def test_a_whole_subtitle_before_a_connective_stays() -> None:
    found = _titles(
        "The film will be titled Copper Bay: The Slow Tide and arrives on 9 May.",
        title="Copper Bay gets its title",
    )  # fmt: skip
    assert found == {"Copper Bay: The Slow Tide"}


_GUIDE = "What’s on TV tonight: Copper Bay, the Tarn launch and more"


def test_a_guides_listed_show_is_no_title_of_ours() -> None:
    found = _titles(
        "Also tonight",
        "Tarn Dancing: The Launch, BBC One, 7pm: the pairings are revealed.",
        title=_GUIDE,
    )
    assert "Tarn Dancing: The Launch" not in found


def test_a_subtitled_title_in_prose_stays() -> None:
    found = _titles(
        "In Tarn Dancing: The Launch, which opens on Friday, Ada Quell plays a judge.",
        title="Tarn Dancing: The Launch is the week’s big one",
    )
    assert found == {"Tarn Dancing: The Launch"}


_LETTER = "The Digest: Copper Bay’s first look, Sky’s new cop drama and more"


def _letter(second: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "Good morning. Three things this week.",
        "1. Copper Bay says goodbye",
        "Vela TV has released the first stills from Copper Bay and confirmed it lands on"
        " Friday 17 April.",
        "2. Sky’s latest crime drama gets a date",
        second,
        "3. Tarnbrook is renewed",
        "ITV has ordered a second run of the sitcom Tarnbrook.",
        date="2026-01-23",
        title=_LETTER,
    )


def test_an_item_setting_another_work_by_its_owner_dates_that_work() -> None:
    found = _letter(
        "The Pellow Gate, Sky’s six-part thriller starring Ada Quell, begins on Sky Atlantic on"
        " Thursday 5 February."
    )
    assert ("premiere_date", "2026-02-05", False) not in found
    assert ("premiere_date", "2026-04-17", False) in found


def test_an_owned_work_dropped_carries_the_next_sentence() -> None:
    found = release_kinds(
        "Good morning. Here is the week.",
        "1. COPPER BAY GETS A FIRST LOOK",
        "Vela TV has released a first still from Copper Bay, due in 2026.",
        "2. ONE TO WATCH: The trailer for Sky’s The Pellow Gate dropped on Tuesday. It premieres"
        " on 3 January.",
        date="2025-11-14",
        title="Screen Notes: Copper Bay gets a first look",
    )
    assert found == {("window", "2026", False)}


def test_our_own_work_dropped_keeps_the_next_sentence() -> None:
    found = release_kinds(
        "The trailer for Vela TV’s Copper Bay dropped on Tuesday. It premieres on 3 January.",
        date="2025-11-14", title="Copper Bay gets a trailer",
    )  # fmt: skip
    assert ("premiere_date", "2026-01-03", False) in found
