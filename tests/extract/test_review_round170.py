"""Review mends of round 170, each proved on invented text through ``extract_facts``: a full
name after a sentence's end or a job's title still counts as written in full; a day or window
passed over is held in more of its wordings; more print forms of a source book after a title's
colon; a shouted post after its site or "shared"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes


def _speakers_of(words: str, *paragraphs: str, title: str | None = None) -> set[str]:
    found = facts(*paragraphs, title=title).quotes
    return {q.speaker for q in found if q.served and q.text.startswith(words)}


@pytest.mark.parametrize(
    "named",
    [
        "That something else is a drama called Low Brine. Ysmay Tarrow-Ceri directs it.",
        "That something else is a drama shot in Saltfen. Director Ysmay Tarrow-Ceri wrote it.",
    ],
)
def test_a_full_name_after_a_capitalised_word_ending_a_sentence_is_still_written_in_full(
    named: str,
) -> None:
    speakers = _speakers_of(
        "He read",
        "Quorrin Gorsemoor is 24 now, and talking about something else.",
        f"{named} Gorsemoor stars as a ferryman. “It is a quiet film,” Gorsemoor says.",
        "Tarrow-Ceri cast him after one meeting. “He read one page and I stopped him,” she says.",
        title="Quorrin Gorsemoor: life after the soap",
    )
    assert "Quorrin Gorsemoor" not in speakers


def _release(*paragraphs: str) -> set[tuple[str, object]]:
    return {
        (r.kind.value, r.window or r.date)
        for r in facts(*paragraphs, date="2026-02-01").release
        if r.served
    }


@pytest.mark.parametrize(
    "passed_over",
    [
        "missed a trick by not releasing it in April, the anniversary month.",
        "missed a trick by not releasing it in the spring, when the book turned 40.",
        "missed a trick by not releasing Quillmoor on 22 April, the anniversary.",
        "missed a trick by not putting the series out on 22 April, the anniversary.",
    ],
)
def test_a_day_or_window_passed_over_is_held_in_other_wordings(passed_over: str) -> None:
    served = _release("Quillmoor will stream on Streamly.", f"The streamer {passed_over}")
    assert served == set()


def test_a_day_passed_over_opening_the_sentence_is_held() -> None:
    served = _release(
        "Quillmoor will stream on Streamly.",
        "By not releasing it in April 2026, Streamly has missed the anniversary.",
    )
    assert ("window", "2026-04") not in served


def test_a_window_in_the_same_year_as_a_passed_over_month_is_not_held_with_it() -> None:
    served = _release(
        "Quillmoor will stream on Streamly in June 2026, though by not releasing it in April"
        " 2026 the streamer missed the anniversary.",
    )
    assert ("window", "2026-06") in served


@pytest.mark.parametrize(
    "form", ["The Collected Comics are", "The Manga is", "The Original Novel is"]
)
def test_other_print_forms_of_the_source_after_a_colon_are_no_title(form: str) -> None:
    found = facts(
        "Streamly today announced that Quillmoor Forever, the film that ends the Quillmoor"
        " story, will premiere on Friday 8 May 2026.",
        f"The Quillmoor series premiered in 2023. Quillmoor: {form} published by Orrindel Books.",
        date="2026-01-20",
    )
    assert not [r.title for r in found.release if r.served and r.title]


@pytest.mark.parametrize(
    "posted", ["posted on Instagram: “THE LAMP IS ON.”", "shared simply: “THE LAMP IS ON.”"]
)
def test_a_shouted_post_after_its_site_or_shared_is_a_quote(posted: str) -> None:
    found = facts(
        "The Orrindel Reach trailer landed at noon.",
        f"Another fan, @orrindel_lamp_fan, {posted}",
    )
    assert served_quotes(found) == [("THE LAMP IS ", "@orrindel_lamp_fan")]


def test_capitals_with_no_stop_after_a_post_on_a_site_stay_a_title() -> None:
    found = facts(
        "The Orrindel Reach trailer landed at noon.",
        "Another fan, @orrindel_lamp_fan, posted on Instagram: “ORRINDEL REACH”",
    )
    assert served_quotes(found) == []
