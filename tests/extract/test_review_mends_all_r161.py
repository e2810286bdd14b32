"""Review mends of round 161, on invented articles: a part's initials before a joining word stay
a part, a "that series" clause after a person's name keeps our dates, a line told "of" a scene
is the speaker’s own, and an ongoing shoot's "those episodes" keeps its director."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

LEDE = "Quenby Marsh, the new BBC drama from writer Pell Ansty, has begun filming in Leeds."


def test_a_parts_initials_before_a_joining_word_stay_a_part() -> None:
    for sentence, part in (
        ("Tobin Garrowby plays AJ in the new series.", "AJ"),
        ("Tobin Garrowby will play JJ opposite Ada Vell.", "JJ"),
    ):
        assert ("Tobin Garrowby", part) in served_pairs(facts(LEDE, sentence)), sentence


def test_an_acronym_describing_a_part_is_still_no_part() -> None:
    pairs = served_pairs(
        facts(
            LEDE, "Tobin Garrowby is back as everyone's favourite TV dad, and Ada Vell plays Kit."
        )
    )
    assert ("Tobin Garrowby", "TV") not in pairs
    assert ("Ada Vell", "Kit") in pairs


def _windows(sentence: str) -> list[str]:
    found = facts(LEDE, sentence, date="2026-05-01")
    return [r.window for r in found.release if r.served and r.window]


def test_that_series_after_people_named_keeps_our_window() -> None:
    sentence = (
        "Filming on the second run starts in June with Tobin Garrowby; that series is due next"
        " spring."
    )
    assert "2027-03/2027-05" in _windows(sentence)
    assert _windows("Tobin Garrowby and Ada Vell lead the cast; that series airs next year.") == [
        "2027"
    ]


def test_that_series_after_a_work_told_as_one_is_still_not_ours() -> None:
    assert (
        _windows("Garrowby starred in “The Tarn Sisters”; that series airs in spring 2027.") == []
    )
    assert (
        _windows("Garrowby was in the drama Salt Year Rising, and that series returns in 2027.")
        == []
    )


def test_a_line_told_of_a_scene_is_the_speakers_own() -> None:
    found = facts(
        LEDE, "“I couldn't stop laughing,” Ada Vell says of shooting in the kitchen scene."
    )
    assert [(q.speaker, q.served) for q in found.quotes] == [("Ada Vell", True)]
    scene = facts(LEDE, "“Get out of my house,” Nell tells him in one scene.")
    assert not any(q.served for q in scene.quotes)


def test_those_episodes_of_an_ongoing_shoot_keep_their_director() -> None:
    ours = facts(
        LEDE,
        "Filming on the first three episodes begins in May, with Tobin Garrowby directing those"
        " episodes.",
    )
    assert ("director", "Tobin Garrowby") in served_credits(ours)
    earlier = facts(
        LEDE, "The first series was filmed in Bath, with Tobin Garrowby directing those episodes."
    )
    assert ("director", "Tobin Garrowby") not in served_credits(earlier)
