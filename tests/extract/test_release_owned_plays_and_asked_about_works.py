"""Release kinds on invented text: a stage play named as a cast member's opens on its own date,
not the film's; another show an interviewer says someone "also has coming out" has its own
window. Our own film named the same ways keeps its times."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quillhaven: filming begins on the coastal drama"


def _kinds(*paragraphs: str, date: str = "2026-06-10", title: str = _TITLE) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_cast_members_play_opens_on_its_own_date() -> None:
    kinds = _kinds(
        "Filming on Quillhaven began on Monday, 8 June.",
        "In other news, Tamsin's play Ashgrove Yard opens at the Lyric Hammersmith on 27 June, "
        "so go and support her!",
    )
    assert ("filming_started", "2026-06-08") in kinds
    assert not {k for k in kinds if k[0] == "premiere_date"}


def test_a_play_of_our_own_title_is_still_ours() -> None:
    kinds = _kinds("Tamsin Vell's play Quillhaven opens at the Lyric Hammersmith on 27 June.")
    assert ("premiere_date", "2026-06-27") in kinds


def test_another_show_someone_also_has_coming_out() -> None:
    kinds = _kinds(
        "Cameras are rolling on Quillhaven.",
        "Q: You also have Pell Street coming out on Sky in the autumn. How do you juggle them?",
    )
    assert ("window", "2026-09/2026-11") not in kinds


def test_our_own_show_someone_has_coming_out() -> None:
    kinds = _kinds("Q: You also have Quillhaven coming out on Sky in the autumn. Excited?")
    assert ("window", "2026-09/2026-11") in kinds


def test_a_person_someone_has_set_to_star_is_no_work() -> None:
    kinds = _kinds("The drama has Tamsin Vell set to star when filming begins in September.")
    assert ("filming_planned", "2026-09") in kinds


def test_a_play_an_interviewee_goes_to_rehearse_opens_on_its_own_date() -> None:
    for answer in (
        "Vell: I go straight back to Lyon to rehearse a play, Les Martinets, at the Théâtre "
        "Varin. It opens in October.",
        "Vell: Next I'm appearing in a new play in Leeds. It opens in October.",
    ):
        kinds = _kinds(
            "Tamsin Vell plays the harbour master in Quillhaven.",
            "What's next for you?",
            answer,
        )
        assert ("window", "2026-10") not in kinds, answer


def test_our_film_after_an_answer_about_rehearsing_its_scenes_keeps_its_window() -> None:
    kinds = _kinds(
        "Tamsin Vell plays the harbour master in Quillhaven.",
        "Vell: I go straight back to Lyon to rehearse my scenes. It opens in October.",
    )
    assert ("window", "2026-10") in kinds
