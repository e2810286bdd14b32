"""Quotes on invented text: a title's subtitle after its colon is no one who speaks; a "he
says" opening a paragraph after one that introduces someone new is not the earlier speaker's;
a one-word "organisation" whose words say "I" is held."""

from __future__ import annotations

from bot.extract.descriptions import unlabelled
from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_subtitle_after_a_titles_colon_is_no_subject() -> None:
    assert unlabelled("It's called Saltwick Bell: Gannet Row, and it is set at sea.") == []


def test_a_name_after_a_plain_colon_is_still_a_subject() -> None:
    assert "Devlin Marsh" in [raw for _, raw in unlabelled("News: Devlin Marsh is back.")]


def _speaker(found_text: str, *paragraphs: str) -> str | None:
    found = facts(*paragraphs)
    quote = next(q for q in found.quotes if q.text.startswith(found_text))
    return quote.speaker if quote.served and quote.source is SourceKind.PERSON else None


_SET = (
    "Quillwick is filming in Porto this month for Lumen.",
    "“Again, and louder,” calls director Hal Brenwick from the stands.",
    "Brenwick, the Welsh director behind two earlier films, says the move was the point. "
    "“The pitch is the whole point,” he says at lunch.",
)


def test_a_he_after_a_paragraph_introducing_someone_new_is_not_the_director() -> None:
    speaker = _speaker(
        "The team has been",
        *_SET,
        "Waiting on the bench with a flask for the lead is Teodor Vasquez-Lind, the "
        "20-year-old from Braga making his first film. Before this year, Vasquez-Lind's only "
        "credit was a school play.",
        "“The team has been so kind to me,” he says.",
    )
    assert speaker != "Hal Brenwick"


def test_a_he_after_a_paragraph_about_the_same_speaker_stays_his() -> None:
    speaker = _speaker(
        "The rain helps",
        *_SET,
        "The crew moves the cameras to the far goal. Brenwick walks over to check the light.",
        "“The rain helps us,” he says.",
    )
    assert speaker == "Hal Brenwick"


def test_a_one_word_organisation_speaking_as_i_is_held() -> None:
    found = facts(
        "Filming on Quillwick wrapped yesterday. Wenna confirmed it on Instagram last night.",
        "Wenna's caption: “That's a wrap. I have nothing left to say.”",
        "Wenna is at a book festival in October.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("That's a wrap"))
    assert not (quote.served and quote.source is SourceKind.ORGANISATION)


def test_a_company_speaking_as_we_is_kept() -> None:
    found = facts(
        "Filming on Quillwick wrapped yesterday. Corvelle confirmed it on Instagram last night.",
        "Corvelle's caption: “That's a wrap. We are so proud of this crew.”",
        "Corvelle streams the series in October.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("That's a wrap"))
    assert (quote.served, quote.speaker, quote.source) == (
        True,
        "Corvelle",
        SourceKind.ORGANISATION,
    )
