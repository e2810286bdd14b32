"""Quotes on invented text: a service whose name ends in "Video" is an organisation, so its
post's words are never a person's; "A statement from X:" is X's, never a person called "A"."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def _speakers(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_video_service_quoted_by_its_short_name_is_no_person() -> None:
    for lines in (
        (
            "Harbour Video confirmed it this morning: the Copper Bay shoot is over.",
            "Harbour's post said the new season is “back next spring”.",
        ),
        (
            "The Copper Bay series is coming to Lantern Video, which announced the cast today.",
            "Lantern's post called it “our biggest drama of the year”.",
        ),
    ):
        for speaker, source in _speakers(*lines):
            assert source is not SourceKind.PERSON, (speaker, lines)


def _interview(narration: str) -> list[tuple[str, str, SourceKind]]:
    found = facts(
        "Rowan Ashby talks to us about joining the Copper Bay film.",
        "Harbour Times: What is it like working with Ines Marlowe?",
        "Rowan Ashby: Ines is wonderful. She showed me every corner of the set on day one.",
        narration,
        "Harbour Times: And the director?",
        "Rowan Ashby: Calm, always calm.",
    )
    return [(q.text[:12], q.speaker, q.source) for q in found.quotes if q.served]


def test_a_narrated_paragraph_between_answers_is_no_answer() -> None:
    for narration in (
        "Marlowe, for her part, is just as warm. “Rowan lights up every scene,” she told "
        "Harbour Times by phone.",
        "Marlowe returns the praise. Ines Marlowe added: “Rowan lights up every scene.”",
    ):
        served = _interview(narration)
        assert not any(text.startswith("Marlowe") for text, _, _ in served), served
        assert ("Rowan lights", "Ines Marlowe", SourceKind.PERSON) in served, served
        assert ("Ines is wond", "Rowan Ashby", SourceKind.PERSON) in served, served


def test_a_pronoun_after_a_stand_alone_quotation_reaches_who_introduced_it() -> None:
    for quoted, after in (
        (
            "“Nobody is being replaced. The part is being carried on.”",
            "She also said the new run starts “a year after the flood”, so expect a jump.",
        ),
        (
            '"Nobody is being replaced."',
            'He went on to say the story resumes "a year after the flood" this time.',
        ),
    ):
        found = _served(
            "Fans of the Copper Bay series have news at last.",
            "Showrunner Dana Whitlow spoke about the recast on the Tideline podcast last week:",
            quoted,
            after,
        )
        assert found["a year after"] == ("Dana Whitlow", SourceKind.PERSON), after


def test_a_statement_from_a_company_is_never_a_person_called_a() -> None:
    for line in (
        "A statement from the BBC: ‘We are delighted to bring Copper Bay back next year.’",
        "A short statement from Lumen read: “We are delighted to bring Copper Bay back.”",
    ):
        found = _served("Dario Venturi joins the Copper Bay series as the harbour master.", line)
        speaker, source = found["We are delig"]
        assert source is not SourceKind.PERSON and source is not SourceKind.UNNAMED, line
        assert speaker != "an unnamed person", line


def test_an_unnamed_source_still_speaks() -> None:
    for line in (
        "“It was a long night,” one wrote under the post.",
        "A fan wrote: “It was a long night.”",
    ):
        found = _served("Dario Venturi joins the Copper Bay series as the harbour master.", line)
        assert found["It was a lon"][1] is SourceKind.UNNAMED, line


def test_a_fans_shout_in_capitals_is_still_their_words() -> None:
    for line in (
        "“JUNE 4 I CANNOT COPE,” one fan posted under the trailer.",
        "“SEASON TWO FINALLY,” another viewer wrote beneath the clip.",
    ):
        found = facts("Dario Venturi returns for the Copper Bay series.", line).quotes
        served = [q for q in found if q.served]
        assert len(served) == 1 and served[0].source is SourceKind.UNNAMED, line


def test_a_title_in_quotation_marks_is_still_no_quote() -> None:
    for line in (
        "Venturi, who starred in “Harbour Lights,” plays the harbour master.",
        "The series, titled “Copper Bay,” arrives in June.",
    ):
        assert not any(q.served for q in facts(line).quotes), line


def test_a_list_items_colon_introduction_names_its_speaker() -> None:
    for line in (
        "3) Ines's caption for the photo: “Ten weeks, one storm. Thank you.”",
        "- Ines's post on the final day: “Ten weeks, one storm. Thank you.”",
    ):
        found = _served(
            "Returning: Ines Marlowe (Wren) and Dario Venturi (Tom). Filming is over.", line
        )
        assert found["Ten weeks, o"] == ("Ines Marlowe", SourceKind.PERSON), line


def test_a_short_form_of_a_companys_branch_is_the_company() -> None:
    for line in (
        "The statement from the official Lantern account reads: “We are sad to see her go.”",
        "Lantern's post said the series is “on hold for now”.",
    ):
        found = _served(
            "Lantern UK confirmed the news today.", "Ada Vale (Wren) has left the film.", line
        )
        for speaker, source in found.values():
            assert source is not SourceKind.PERSON, (speaker, line)
