"""Whole words only (invented text): uncredited words a credited quote holds only inside longer
words ("art" in "heart"), or one word alone, are no repeat of it; a part's owner is a surname only
after a first name that is no sentence's opening word ("The Tidewater", "At Tidewater") and only
whole ("Tidewaterford"); a notice's leaver is the actor's surname only as a whole word
("MacQuill" is not "Quill")."""

from __future__ import annotations

from bot.extract.quote_repeats import said_once
from bot.facts import CastStatus, QuoteFact, SourceKind
from tests.extract.helpers import facts

_DATE = "2026-03-01"
_LEDE = "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder."
_CAST_LEDE = "ITV has cast its coastal thriller Saltings, with Ned Farrow in the lead."
_NOTICE = (
    "This article was amended on 3 March 2026. An earlier version said that Petra Quill "
    "would play Agnes Rook. {leaver} was originally cast but has left the production; the role "
    "will be played by Lina Marsh."
)


def _uncredited(text: str) -> QuoteFact:
    return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment=True)


def _credited(text: str) -> QuoteFact:
    return QuoteFact(text, "Perrin Vosk", SourceKind.PERSON, "Vosk said")


def test_uncredited_words_held_only_inside_longer_words_are_kept() -> None:
    for words, said in (
        ("art", "It is the heart of the harbour."),
        ("old friend", "They have a bold friendship."),
        ("lamp", "We had a lamp and a prayer."),
    ):
        assert len(said_once([_uncredited(words), _credited(said)])) == 2, words


def test_uncredited_words_a_credited_quote_holds_whole_are_still_dropped() -> None:
    quotes = [_uncredited("a lamp and"), _credited("We had a lamp and a prayer.")]
    assert [q.text for q in said_once(quotes)] == ["We had a lamp and a prayer."]


def _line_served(*paragraphs: str) -> bool:
    found = facts(_LEDE, *paragraphs, date=_DATE)
    return any(q.served for q in found.quotes if q.text.startswith("You have the part"))


def test_an_opening_word_or_a_longer_name_makes_no_owner_a_surname() -> None:
    telling = "The director said Tidewater’s Kasper Lund told her, “You have the part.”"
    for before in (
        "At Tidewater the mood was bright.",
        "The Tidewater team was pleased.",
        "Ada Tidewaterford was pleased.",
    ):
        assert _line_served(before, telling), before


def test_an_owner_a_first_name_comes_before_is_still_a_surname() -> None:
    telling = "The director said Tidewater’s Kasper Lund told her, “You have the part.”"
    assert not _line_served("Mara Tidewater was pleased.", telling)


def _status(leaver: str) -> CastStatus | None:
    found = facts(_CAST_LEDE, _NOTICE.format(leaver=leaver))
    statuses = {(c.actor, c.character): c.status for c in found.cast if c.served}
    return statuses.get(("Petra Quill", "Agnes Rook"))


def test_a_longer_name_leaving_in_a_notice_is_not_the_actor() -> None:
    assert _status("Hanna MacQuill") is not CastStatus.FORMER


def test_the_actors_surname_leaving_in_a_notice_is_still_former() -> None:
    assert _status("Quill") is CastStatus.FORMER
