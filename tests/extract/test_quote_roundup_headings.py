"""Quotes on invented text: in a round-up whose entries are headed by a name-only line, a post
the entry tells by description or pronoun is the heading person's; a lone name line, or an
entry naming someone else before the quote, credits no one."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_INTRO = (
    "Filming on the Copper Bay series wrapped on Friday, and the cast said goodbye online.",
    "Here is what they posted.",
)


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_an_entry_told_by_description_is_its_headings_person() -> None:
    found = _served(
        *_INTRO,
        "Odile Varga",
        "The showrunner posted a photo of the empty harbour set. “Every wave was worth it,” "
        "the caption read.",
        "Pim Achterberg",
        "The Dutch-born newcomer, 22, shared a clip from the last night: 'First job, best job.'",
    )
    assert found["Every wave w"] == ("Odile Varga", SourceKind.PERSON)
    assert found["First job, b"] == ("Pim Achterberg", SourceKind.PERSON)


def test_an_entry_told_by_pronoun_is_its_headings_person() -> None:
    found = _served(
        *_INTRO,
        "Odile Varga",
        "She shared a drawing of the lighthouse. “I have no words yet,” the post said.",
        "Pim Achterberg",
        "They posted a video from the dock. “Goodbye, bay,” the caption read.",
    )
    assert found["I have no wo"] == ("Odile Varga", SourceKind.PERSON)
    assert found["Goodbye, bay"] == ("Pim Achterberg", SourceKind.PERSON)


def test_a_single_name_line_heads_nothing() -> None:
    found = _served(
        *_INTRO,
        "Odile Varga",
        "The showrunner posted a photo of the set. “Every wave was worth it,” the caption read.",
    )
    assert found.get("Every wave w", ("", SourceKind.UNATTRIBUTED))[0] != "Odile Varga"


def test_an_entry_naming_someone_else_first_credits_no_heading() -> None:
    found = _served(
        *_INTRO,
        "Hugo Brandt plays the lighthouse keeper.",
        "Odile Varga",
        "The showrunner reposted a photo by Hugo Brandt of the set. “Every wave was worth it,” "
        "the caption read.",
        "Pim Achterberg",
        "The newcomer shared a clip: “First job, best job.”",
    )
    assert found.get("Every wave w", ("", SourceKind.UNATTRIBUTED))[0] != "Odile Varga"


def test_an_entry_opening_on_an_emphatic_other_name_is_its_headings_person() -> None:
    found = _served(
        *_INTRO,
        "Lissel Corvath",
        "Brisa Talvane herself shared the poster with the caption: “Last tide. Not ready.”",
        "Pim Achterberg",
        "The newcomer shared a clip: “First job, best job.”",
    )
    assert found["Last tide. N"] == ("Lissel Corvath", SourceKind.PERSON)


def test_an_emphatic_name_the_article_names_again_is_kept() -> None:
    found = _served(
        *_INTRO,
        "Lissel Corvath",
        "Pim Achterberg himself shared the poster with the caption: “Last tide. Not ready.”",
        "Pim Achterberg",
        "The newcomer shared a clip: “First job, best job.”",
    )
    assert found["Last tide. N"] == ("Pim Achterberg", SourceKind.PERSON)


_PAIRED = (
    "Filming on Copper Bay, with Tobin Hask as fisherman Ned Arden, wrapped on Friday.",
    "Here is what the cast posted.",
    "Senna Holloway (Ada Quint)",
    "Senna posted a carousel of photos from the final day. Her caption: “four years, one film”",
    "Tobin Hask (Ned Arden)",
)


def test_an_entry_under_an_actor_and_part_heading_opening_on_the_first_name_is_theirs() -> None:
    found = _served(
        *_PAIRED,
        "Tobin kept it short, sharing a photo of the harbour sign with the words: “Last bell.”",
    )
    assert found["Last bell."] == ("Tobin Hask", SourceKind.PERSON)


def test_an_entry_naming_someone_else_before_the_words_keeps_its_credit() -> None:
    found = _served(
        *_PAIRED,
        "Tobin reposted a photo of the harbour sign from Senna, who wrote: “Last bell.”",
    )
    assert found["Last bell."] == ("Senna Holloway", SourceKind.PERSON)
