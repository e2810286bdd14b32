"""Quotes on invented text: a speaker named in apposition after a descriptor ("said the story's
creator, X"), a stage direction opening a transcript answer, a phrase quoted inside an answer
with nobody saying it, a transcript turn after a time stamp, and a caption an account posted."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, SourceKind]]:
    found = facts(*paragraphs, title=title)
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_name_in_apposition_after_the_descriptor_is_the_speaker() -> None:
    found = _quotes(
        "Mara Quist and Devi Olsen join the Lantern Bay film.",
        "Olsen, who is best known for the hospital drama Night Ward, will play Dr Ruth Hale.",
        "“The film is about leaving home,” said the story's creator, Petra Lund.",
        "“It gets bigger and stranger,” says Lumen’s head of drama, Ravi Menon.",
    )
    assert found["The film is ab"] == ("Petra Lund", SourceKind.PERSON)
    assert found["It gets bigger"] == ("Ravi Menon", SourceKind.PERSON)


def _answers(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(*paragraphs)
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_stage_direction_opening_an_answer_is_not_part_of_it() -> None:
    for cue in ("[Laughs]", "(laughs)", "[Long pause.]"):
        found = _answers(
            "Mara Quist talks to us about the Lantern Bay film.",
            "REEL: Where did your character come from?",
            f"QUIST: {cue} She is a lot! I based her on my aunt.",
        )
        assert ("She is a lot! I based her on my aunt.", "Mara Quist", True) in found, cue


def test_words_an_answer_names_as_words_are_not_served_as_a_quote() -> None:
    for answer in (
        "QUIST: Devi learned one phrase, “Tak for alt”, thanks for everything. He says it at "
        "the very end.",
        "QUIST: Our motto on set was “No dry takes”, which tells you everything.",
    ):
        found = _answers(
            "Mara Quist talks to us about the Lantern Bay film.",
            "REEL: And working with Devi Olsen?",
            answer,
        )
        inner = [served for text, _, served in found if not text.startswith(("Devi", "Our"))]
        assert inner and not any(inner), answer
        assert any(served and text.startswith(("Devi", "Our")) for text, _, served in found)


def test_a_time_stamped_transcript_turn_is_an_answer() -> None:
    for stamp, later in (("[00:02:10]", "[00:02:31]"), ("(12:04)", "(12:40)")):
        found = _answers(
            "Our hosts Lena Broch and Ivo Dane talk to Mara Quist about the Lantern Bay film.",
            f"{stamp} LENA: So who is Etta?",
            f"{later} MARA: Etta is the one who notices everything. I love her.",
        )
        assert ("Etta is the one who notices everything. I love her.", "Mara Quist", True) in (
            found
        ), stamp


def test_a_caption_the_account_posted_is_the_account_s() -> None:
    found = _quotes(
        "Fans of the Lantern Bay film have been refreshing the Lantern Bay Instagram for weeks.",
        "On Sunday morning the account posted a photo of the cast on a pier, with the caption: "
        "“Five friends. One summer. We are rolling.”",
    )
    assert found["Five friends. "] == ("Lantern Bay", SourceKind.ORGANISATION)
    found = _quotes(
        "Filming on the Lantern Bay film wrapped yesterday.",
        "The official account posted a slate photo with the caption “That is a wrap, thank you "
        "all” and fans have been emotional since.",
    )
    assert found["That is a wrap"][1] is SourceKind.ORGANISATION


def test_a_company_that_acted_today_owns_the_synopsis() -> None:
    for lead in (
        "Halden Pictures today released the first trailer for the Lantern Bay film.",
        "Lumen yesterday unveiled the poster for the Lantern Bay film.",
    ):
        found = _quotes(
            lead,
            "The official synopsis reads: “Two sisters. One lighthouse. No way back.”",
        )
        assert found["Two sisters. O"][1] is SourceKind.ORGANISATION, lead
