"""Quotes and their speakers on invented text: a live blog's timestamped entries, a company
named by its "which" aside, a post "on X." ending its sentence, lines spoken inside a work and
words passed on second hand."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> tuple[QuoteFact, ...]:
    return facts(*paragraphs, date="2026-05-02", title="Harbour Lights: the latest").quotes


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text[:14], q.speaker) for q in _quotes(*paragraphs) if q.served]


def _held(*paragraphs: str) -> list[str]:
    return [q.text[:14] for q in _quotes(*paragraphs) if not q.served]


def test_a_pronoun_after_a_timestamped_entry_is_that_entrys_subject() -> None:
    for stamp in ("10:12", "3.45pm"):
        found = _served(
            "09:58 Host Marta Delgado-Reyes is on stage with director Tomasz Brandt and "
            "composer Ida Lindqvist. Lindqvist is joining by video.",
            f"{stamp} Delgado-Reyes opens briskly. “Who here has seen the trailer?” she asked.",
            f"{stamp} Brandt explains the storm scene. “We flooded the set twice,” he said.",
        )
        assert ("Who here has s", "Marta Delgado-Reyes") in found, found
        assert ("We flooded the", "Tomasz Brandt") in found, found


def test_the_distributor_is_the_company_its_which_aside_names() -> None:
    for verb in ("acquired", "picked up"):
        found = _served(
            "Director Tomasz Brandt premiered Harbour Lights in Venice on Friday.",
            f"Marlowe, which {verb} the UK rights last week, will open it in June. “We bid "
            "before the credits rolled,” the distributor said.",
        )
        assert ("We bid before ", "Marlowe") in found, found


def test_a_post_on_x_ends_its_sentence_and_the_next_caption_is_its_posters() -> None:
    for platform in ("X", "Y"):
        found = _served(
            "Director Tomasz Brandt released the trailer for Harbour Lights on Monday.",
            f"“Watched it nine times already,” one viewer wrote on {platform}. Ida Lindqvist "
            "shared the trailer with the caption “here we go.”",
        )
        assert ("here we go.", "one viewer") not in found, found


def test_a_line_spoken_in_voiceover_or_by_a_narrator_is_held() -> None:
    for sentence in (
        "Mara says in voiceover: “Every tide comes back.”",
        "“Every tide comes back,” the narrator intones over the final shot.",
    ):
        held = _held(
            "Director Tomasz Brandt released the trailer for Harbour Lights on Monday.",
            sentence,
        )
        assert "Every tide com" in held, held


def test_words_someone_says_another_is_saying_are_held() -> None:
    for sentence in (
        "someone on the forum says the studio is saying “late autumn” for the release",
        "My cousin told me the crew keep telling people “it wraps in May”.",
    ):
        held = _held(
            "Director Tomasz Brandt is shooting Harbour Lights in Cornwall.",
            sentence,
        )
        assert held and held[0].startswith(("late autumn", "it wraps in Ma")), held


def test_a_speaker_saying_it_themselves_is_still_served() -> None:
    found = _served(
        "Director Tomasz Brandt is shooting Harbour Lights in Cornwall.",
        "“It wraps in May,” Brandt said, and the studio confirmed it.",
    )
    assert ("It wraps in Ma", "Tomasz Brandt") in found, found


def test_words_owned_by_a_possessive_before_the_colon_are_the_owners() -> None:
    for intro, owner in (
        ("Lindqvist’s closing words:", "Ida Lindqvist"),
        ("And here is Marlowe Pictures’ statement in full:", "Marlowe Pictures"),
        ("Read Netflix’s statement:", "Netflix"),
    ):
        found = _served(
            "Director Tomasz Brandt and composer Ida Lindqvist closed the Harbour Lights panel.",
            f"Brandt waved goodbye. {intro} “Bring a raincoat to the cinema.”",
        )
        speakers = [speaker for text, speaker in found if text.startswith("Bring a rainc")]
        assert speakers == [owner], found


def test_a_possessive_owner_we_cannot_place_is_no_one_elses() -> None:
    found = _served(
        "Director Tomasz Brandt closed the Harbour Lights panel.",
        "Brandt waved goodbye. Then came Quillon’s parting words: “See you in the rain.”",
    )
    assert ("See you in the", "Tomasz Brandt") not in found, found


def test_words_someone_thanked_are_theirs() -> None:
    for sentence in (
        "Accepting the prize, Lindqvist thanked “everyone who hummed the theme in the queue.”",
        "Lindqvist took the stage, thanking “everyone who hummed the theme in the queue.”",
    ):
        found = _served(
            "Composer Ida Lindqvist won best score for Harbour Lights on Saturday.", sentence
        )
        assert ("everyone who h", "Ida Lindqvist") in found, found


def test_a_qa_answer_is_the_person_a_headline_names_after_their_work_and_role() -> None:
    for title in (
        "‘Tidewater’ Composer Ida Lindqvist on Storms, Strings and Her First Score",
        "“Tidewater” Director Ida Lindqvist on Her Debut and What Comes Next",
    ):
        found = facts(
            "Ida Lindqvist wrote the score for Tidewater, which opens in June.",
            "Q: What did the storm sound like in your head?",
            "A: Mostly cellos. Then a kettle, which we kept.",
            date="2026-05-02",
            title=title,
        )
        answers = [(q.text[:12], q.speaker) for q in found.quotes if q.served]
        assert ("Mostly cello", "Ida Lindqvist") in answers, (title, answers)


def test_words_after_who_said_are_the_name_the_clause_hangs_on() -> None:
    found = _served(
        "20:12 Senna Holloway spoke briefly before the screening. She then handed over to "
        "director Tobin Hask, who said: “This is the last night for all of us.”",
    )
    assert found == [("This is the la", "Tobin Hask")]


def test_a_who_clause_that_says_nothing_leaves_the_subject_speaking() -> None:
    found = _served(
        "20:12 Senna Holloway spoke briefly before the screening. She thanked Tobin Hask, "
        "who directed it, and said: “This is the last night for all of us.”",
    )
    assert found == [("This is the la", "Senna Holloway")]


def test_a_timestamped_speaker_on_a_topic_gives_the_words() -> None:
    found = _served(
        "Saskia Vildmark plays Pip Harlowe in Saltmere.",
        "12:22 Vildmark on prepping for the role: “I learnt to sail. Properly sail.”",
    )
    assert ("I learnt to sa", "Saskia Vildmark") in found, found


def test_a_timestamped_title_on_a_topic_gives_no_speaker() -> None:
    found = _served(
        "Saskia Vildmark plays Pip Harlowe in Saltmere.",
        "12:22 Saltmere on the big screen: “A hull never lies, only the sailor.”",
    )
    assert ("A hull never l", "") in found, found


def test_words_reported_with_a_name_and_its_aside_are_that_names() -> None:
    found = _served(
        "11.47 Perrin Vost (Quillon) and Idris Quell (Mabry) appeared in a video, with Quell, "
        "24, calling the film “the wettest shoot of my life”.",
    )
    assert ("the wettest sh", "Idris Quell") in found, found


def test_a_name_then_a_list_after_with_reports_no_one_in_it() -> None:
    found = _served(
        "11.47 Sable Harbour's cast appeared in a video, with Perrin Vost, Idris Quell and "
        "Odile Pyke, calling the film “the wettest shoot of my life”.",
    )
    assert ("the wettest sh", "Perrin Vost") not in found, found
