"""Review mends of round 191: the rules of that round read on sentences written otherwise than
the articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import (
    SCORE_QA,
    SCORE_QA_LEDE,
    SCORE_QA_TITLE,
    facts,
    served_pairs,
    served_quotes,
)


def _served(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Marram Point: what we know")
    return {
        (r.kind.value, str(r.window or r.date)) for r in found.release if r.served and not r.hedged
    }


def test_a_relative_year_opening_a_possessive_is_not_the_days() -> None:
    served = _served(
        "Marram Point is back on screen.",
        "Filming began on 2 July last year’s winner of the prize watching.",
        date="2026-08-20",
    )
    assert ("filming_started", "2025-07-02") not in served
    served = _served(
        "Marram Point is back on screen.", "Filming began on 2 July last year.", date="2026-08-20"
    )
    assert ("filming_started", "2025-07-02") in served


def test_a_reason_set_inside_a_guess_lets_the_guess_go_on() -> None:
    served = _served(
        "Marram Point has no date yet.",
        "It is rumoured, because the cast are free, that the series premieres on 9 May.",
        date="2026-02-03",
    )
    assert not any(kind == "premiere_date" for kind, _ in served)


def test_a_reason_clause_may_be_told_without_a_comma_or_after_a_dash() -> None:
    for sentence in (
        "A spring launch is rumoured because filming wrapped in June.",
        "A spring launch is rumoured — since filming wrapped in June.",
        "A spring launch is rumoured, seeing that filming wrapped in June.",
    ):
        served = _served("Marram Point has no date yet.", sentence, date="2026-02-03")
        assert ("filming_wrapped", "2025-06") in served, sentence


def test_a_work_told_filmed_or_shot_with_adverbs_is_a_shoots_clause() -> None:
    for sentence in (
        "The series was filmed over six weeks in Mayo, starting on 9 February 2025.",
        "The show was shot almost entirely in Mayo, starting on 9 February 2025.",
        "The drama was shot between Mayo and Sligo, starting on 9 February 2025.",
    ):
        served = _served("Marram Point is a slow, lovely drama.", sentence, date="2026-05-04")
        assert ("filming_started", "2025-02-09") in served, sentence
    served = _served(
        "Marram Point is a slow, lovely drama.",
        "The final scene was filmed in one take, starting on 9 February 2025.",
        date="2026-05-04",
    )
    assert not any(kind == "filming_started" for kind, _ in served)


_BRILL_LEDE = "Lanterns of Brill, the BBC's new drama, begins on Sunday."
_BRILL_CAST = "Odessa Quarrie joins Bram Oduya in the cast."
_SHE_PLAYS = "She plays Marnie Fallowes, the landlady, in four episodes."


def _brill_pairs(named: str) -> set[tuple[str, str]]:
    text = " ".join((_BRILL_CAST, named, _SHE_PLAYS))
    return served_pairs(facts(_BRILL_LEDE, text, title="Review: Lanterns of Brill"))


def test_a_surname_named_last_after_other_openings_settles_the_pronoun() -> None:
    for named in (
        "Our pick of the newcomers is Quarrie.",
        "The standout, though, is Quarrie.",
        "The biggest surprise of all was Quarrie.",
        "One name to watch is Quarrie.",
    ):
        assert ("Odessa Quarrie", "Marnie Fallowes") in _brill_pairs(named), named


def test_a_pronoun_before_the_surname_named_last_is_someone_elses() -> None:
    assert not _brill_pairs("The one she replaces is Quarrie.")


_TIDEWATER = (
    "Tidewater, the Oban ferry drama, is up for six awards, and its two leads are the talk of"
    " the season: Dorran Vey and Ilse Marrow."
)


def _cleft_speaker(cleft: str) -> str:
    said = (
        f"Marrow has kept out of it; {cleft} a lunch in Glasgow that she was “the calmest"
        " captain any crew could want”."
    )
    return next(q.speaker for q in facts(_TIDEWATER, said).quotes)


def test_a_cleft_written_otherwise_picks_out_who_reports() -> None:
    for cleft in ("it’s Vey who told", "it was Vey that told", "it was actually Vey who told"):
        assert _cleft_speaker(cleft) == "Dorran Vey", cleft


def test_a_denied_cleft_names_no_teller() -> None:
    assert _cleft_speaker("it was not Vey who told") == ""


def test_a_guides_question_to_the_reader_inside_an_edited_interview_is_no_guests() -> None:
    found = served_quotes(
        facts(
            "Kestle Trewin, who plays Mara Joss, on the last series of Gannet Row.",
            "Kestle Trewin talked to us about the final series. The interview has been edited.",
            "Q: What did you think when you read the last script?",
            "Mara finally says no. To everyone. It took four series.",
            "Q: Which of your co-stars cried first on the last day?",
            "Odile, by a mile. She will tell you it was hay fever.",
            "Q: Where can you watch Gannet Row?",
            "All four series are on iPlayer now.",
            "Q: Do you need to have seen the earlier series?",
            "Not really, the recap at the start does the work.",
            date="2026-03-02",
            title="Kestle Trewin: “Mara finally says no”",
        )
    )
    assert ("Mara finally", "Kestle Trewin") in found, found
    assert not [t for t, _ in found if t.startswith(("All four", "Not really"))], found


def test_a_cleft_denied_in_the_future_or_as_no_longer_credits_nobody() -> None:
    for sentence in (
        "It won't be Mirela Stanhope directing the film this time.",
        "It’s no longer Mirela Stanhope directing the film.",
    ):
        found = facts("The Harrowmere film opens in cinemas in May.", sentence, title="Harrowmere")
        assert not [c for c in found.crew if c.served and c.name == "Mirela Stanhope"], sentence


def test_makers_of_earlier_runs_no_longer_involved_or_with_a_whose_aside() -> None:
    for sentence in (
        "Show directors Mirela Stanhope and Odran Pike, who shot the television episodes, are no"
        " longer involved in the film.",
        "Show directors Mirela Stanhope and Odran Pike, whose episodes won awards, are not"
        " involved in the film.",
    ):
        found = facts(
            "The Harrowmere film finished shooting this week and opens in cinemas in May.",
            sentence,
            title="Harrowmere: the film wraps in Kent",
        )
        assert not [c.name for c in found.crew if c.served], sentence


def _guest(intro: str) -> list[str]:
    found = facts(
        SCORE_QA_LEDE,
        f"Gannet Row ended on Sunday. {intro} This interview has been edited for length.",
        *SCORE_QA,
        date="2026-03-02",
        title=SCORE_QA_TITLE,
    )
    return [s for t, s in served_quotes(found) if t.startswith("I recorded")]


def test_the_writer_met_the_guest_by_other_verbs_or_with_an_adverb() -> None:
    for intro in (
        "We spoke exclusively to the show's composer, Kestle Trewin, about the score.",
        "I caught up with Kestle Trewin about the score.",
        "We interviewed Kestle Trewin about the score.",
    ):
        assert _guest(intro) == ["Kestle Trewin"], intro


def test_the_one_whose_someone_the_writer_spoke_to_is_no_guest() -> None:
    assert not _guest("We spoke to Kestle Trewin’s long-time sound designer about the score.")
