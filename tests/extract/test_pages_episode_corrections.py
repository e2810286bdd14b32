"""A podcast write-up's correction note names the episode that erred: "A note from us: in last
week's episode, A said the film would be released on 17 April. It's the 24th." The episode's
claim is withdrawn like any other correction's; the note's truth stands."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(note: str) -> set[tuple[str, str, bool]]:
    return set(
        release_kinds(
            "This week we are joined by the director of Quarry Bell, which opens in UK cinemas "
            "on Friday 22 May.",
            "We talked about casting, the weather and the long nights in the edit.",
            note,
            date="2026-05-07",
            title="The Back Row Reel, episode 41: Quarry Bell",
        )
    )


def test_a_note_on_last_weeks_episode_withdraws_the_date() -> None:
    for note in (
        "A note from us: in last week’s episode, Pru said Quarry Bell would be released on "
        "15 May. That was the original date; it moved back a week.",
        "Correction: In episode 40, we said Quarry Bell opens on 15 May. It has since moved "
        "to the 22nd.",
        "A quick note: in our previous episode, Dev said the film was out on 15 May. That was "
        "wrong, sorry.",
        "Apologies: in last week's show, I said Quarry Bell arrives on 15 May. It doesn't.",
    ):
        found = _kinds(note)
        assert ("premiere_date", "2026-05-15", False) not in found, note
        assert ("premiere_date", "2026-05-22", False) in found, note


def test_an_episode_recalled_without_a_note_keeps_its_claim() -> None:
    found = set(
        release_kinds(
            "In last week’s episode, the director said Quarry Bell opens on 22 May.",
            "The trailer is out now.",
            date="2026-05-07",
            title="The Back Row Reel, episode 42",
        )
    )
    assert ("premiere_date", "2026-05-22", False) in found
