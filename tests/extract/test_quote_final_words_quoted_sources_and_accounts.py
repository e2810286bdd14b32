"""Quotes on invented text: "A final word from X, who ...:" names no unnamed someone called "A";
a rumour's source in marks ("because “a cousin at Veltra” said so") is who spoke, not words
said; "Briony, on the pier: “...”" gives a part's line; a venue's own account ("The pier's
official account wrote:") is no company's; "X and Y recreated it, with Y writing:" is Y's; "the
official Gullwing account" is the account's own, not a person whose name starts "Gullwing"."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_MODS = "Mods here: this thread covers the Gullwing film, which wrapped on Friday."
_FILM = (
    "The Gullwing film premiered last night. It is made by Kestrine Pictures for Veltra. Rudi "
    "Orcutt plays Briony and Wrenna Farrowby plays Yestin."
)


def _quote(found: list[QuoteFact], start: str) -> QuoteFact:
    return next(q for q in found if q.text.startswith(start))


def test_a_final_word_from_a_first_name_is_no_unnamed_person() -> None:
    found = facts(_MODS, "A final word from Solvi, who replied to a fan this week: “It’s over! "
                  "It’s really over. Now I need a nap.”").quotes  # fmt: skip
    quote = _quote(found, "It’s over")
    assert quote.served and quote.source is SourceKind.UNATTRIBUTED, quote


def test_a_fan_introducing_the_words_is_still_an_unnamed_source() -> None:
    found = facts(_MODS, "A fan wrote: “It’s over! Now I need a nap.”").quotes
    quote = _quote(found, "It’s over")
    assert (quote.served, quote.source) == (True, SourceKind.UNNAMED), quote


def test_a_rumours_source_in_marks_is_held() -> None:
    for line in (
        "Posts say the film lands at Easter because “a cousin who works at Veltra” said so.",
        "Posts say the film lands at Easter because “someone at the studio” told them.",
    ):
        found = facts(_MODS, line).quotes
        assert [q.text for q in found if q.served] == [], line


def test_words_in_marks_that_a_speaker_says_are_kept() -> None:
    found = facts(_MODS, "Solvi Arkwood said the shoot was “a long way from home” and laughed.")
    quote = _quote(found.quotes, "a long way")
    assert (quote.served, quote.speaker) == (True, "Solvi Arkwood"), quote


def test_a_part_before_a_colon_gives_a_line_of_the_work() -> None:
    for line in (
        "The trailer gives us more. Briony, on the pier: “You promised, didn’t you?” Nobody "
        "answers.",
        "The trailer gives us more. Briony: “You promised, didn’t you?”",
    ):
        found = facts(_FILM, line).quotes
        assert [q.text for q in found if q.served] == [], line
        assert found, "the words are kept, held for review"


def test_an_actor_before_a_colon_still_speaks() -> None:
    found = facts(_FILM, "Rudi Orcutt, on the carpet: “I cried at the pier scene.”").quotes
    quote = _quote(found, "I cried")
    assert (quote.served, quote.speaker) == (True, "Rudi Orcutt"), quote


def test_a_venues_account_is_no_production_companys() -> None:
    found = facts(_FILM, "Even the venue joined in. The pier's official account wrote: “We have "
                  "had film crews before, but never one this wet.”").quotes  # fmt: skip
    quote = _quote(found, "We have had")
    assert quote.served and quote.source is SourceKind.UNATTRIBUTED, quote


def test_the_studios_own_account_is_still_the_studios() -> None:
    found = facts(_FILM, "The studio's official account wrote: “We have had film crews before, "
                  "but never one this wet.”").quotes  # fmt: skip
    quote = _quote(found, "We have had")
    assert (quote.speaker, quote.source) == ("Kestrine Pictures", SourceKind.ORGANISATION), quote


def test_with_one_of_a_pair_writing_is_that_ones() -> None:
    line = (
        "Briony and Yestin (sorry, Rudi Orcutt and Wrenna Farrowby) recreated their first promo "
        "photo, with Farrowby writing: “same as ever”"
    )
    found = facts(_FILM, line).quotes
    assert _quote(found, "same as ever").speaker == "Wrenna Farrowby"


def test_a_pair_writing_without_with_stays_with_the_subject() -> None:
    found = facts(_FILM, "Rudi Orcutt recreated his first promo photo, writing: “same as ever”")
    assert _quote(found.quotes, "same as ever").speaker == "Rudi Orcutt"


def test_an_official_account_named_by_a_titles_first_word_is_the_accounts() -> None:
    found = facts(
        "Veltra announced that Gullwing Forever will be released on Friday 27 March 2026.",
        "Here’s the post from the official Gullwing account, for anyone who missed it:",
        "“Two sisters, one last summer. Gullwing Forever, 27 March, only on Veltra.”",
    ).quotes
    quote = _quote(found, "Two sisters")
    assert (quote.speaker, quote.source) == ("Gullwing", SourceKind.ORGANISATION), quote


def test_an_account_named_by_a_persons_full_name_is_theirs() -> None:
    found = facts(
        "Rudi Orcutt plays Briony in Gullwing, out on Veltra in March.",
        "Here’s the post from the official Rudi Orcutt account, for anyone who missed it:",
        "“Two sisters, one last summer.”",
    ).quotes
    assert _quote(found, "Two sisters").speaker == "Rudi Orcutt"


def test_with_one_of_a_pair_joking_underneath_is_theirs() -> None:
    posed = "Saskia Vildmark and Bram Tetteh posed together in matching blue, with Vildmark"
    found = facts("Saltmere premiered in London on Monday.", f"{posed} joking underneath: “Nan "
                  "would never.”").quotes  # fmt: skip
    assert _quote(list(found), "Nan would").speaker == "Saskia Vildmark"
    found = facts("Saltmere premiered in London on Monday.", f"{posed} in the middle: “Nan "
                  "would never.”").quotes  # fmt: skip
    assert _quote(list(found), "Nan would").speaker != "Saskia Vildmark"
