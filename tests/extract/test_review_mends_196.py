"""Review mends of round 196: the fresh reviewer's narrowing of that round's rules. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_FAN_LEDE = "Brannoch fans packed a convention centre on Saturday for the first fan weekend."


def test_a_parts_actor_set_off_by_commas_is_served() -> None:
    found = facts(_FAN_LEDE, "Lowry’s actor, Perrin Mawle, signed posters for two hours.")
    assert ("Perrin Mawle", "Lowry") in served_pairs(found)


def test_a_possessives_actor_without_commas_may_be_a_soaps_and_is_held() -> None:
    found = facts(_FAN_LEDE, "Tarnwick's actress Wenna Roscarrow opened the second day.")
    assert ("Wenna Roscarrow", "Tarnwick") in pairs(found)
    assert ("Wenna Roscarrow", "Tarnwick") not in served_pairs(found)


def test_a_possessive_ending_a_longer_name_is_no_part() -> None:
    found = facts(
        _FAN_LEDE,
        "Director Ennis Carrow’s actor, Perrin Mawle, was not there. The Lantern’s actress,"
        " Ysolde Carrick, hosted the quiz.",
    )
    assert not {part for _, part in pairs(found)} & {
        "Ennis Carrow",
        "Carrow",
        "The Lantern",
        "Lantern",
    }


_SHOOT_LEDE = "The Brannoch film has started shooting in Kent, the studio said on Monday."


def test_a_release_time_the_work_is_too_late_for_or_unlikely_to_make_is_not_served() -> None:
    for said in (
        "Filming wraps in August, too late for release in 2031.",
        "The film is unlikely to be released in 2031.",
        "Filming wraps in August, so it will not be ready for release in 2031.",
    ):
        found = facts(_SHOOT_LEDE, said)
        assert not [r for r in found.release if r.served and r.window == "2031"], said


def test_a_release_time_the_work_is_in_time_for_is_still_served() -> None:
    found = facts(_SHOOT_LEDE, "Filming wraps in August, in time for release in 2031.")
    assert [r for r in found.release if r.served and r.window == "2031"]


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_words_someone_says_before_the_quote_stay_theirs_through_anothers_statement() -> None:
    said = _speakers(
        _SHOOT_LEDE,
        "Perrin Mawle, the star, said the night shoot was “the coldest week of my life”,"
        " according to the statement Kestrelmoor Pictures issued.",
    )
    assert said.get("the coldest week of my life") == "Perrin Mawle"


def test_a_caption_about_someone_is_still_its_suppliers() -> None:
    said = _speakers(
        _SHOOT_LEDE,
        "Perrin Mawle plays Lowry, who is “done pretending to be fine”, according to the caption"
        " Ysolde Carrick posted.",
    )
    assert said.get("done pretending to be fine") != "Perrin Mawle"


def _served_dates(*paragraphs: str) -> set[str]:
    return {str(r.date) for r in facts(*paragraphs).release if r.served and r.date}


def test_the_day_a_statement_named_before_its_verb_was_put_out_dates_no_release() -> None:
    for said in (
        "According to the statement Kestrelmoor Pictures released on Friday, the cast is set.",
        "The shoot is over, per the press release the studio put out on Tuesday.",
        "According to the statement Kestrelmoor Pictures issued on 28 April, the cast is set.",
    ):
        assert not _served_dates(_SHOOT_LEDE, said), said


def test_the_film_itself_released_on_a_day_is_still_dated() -> None:
    dates = _served_dates(_SHOOT_LEDE, "Kestrelmoor Pictures will release the film on 9 May.")
    assert "2025-05-09" in dates
