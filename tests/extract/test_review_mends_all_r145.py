"""Review mends of round 145 (invented text): a release date withheld however the not being
drawn is told ("declined to be drawn on", "refused to be drawn on", "was not drawn on") says no
date is known yet; a plural that opens an item of a card's verbless list ("A lamp, gulls and the
words") or follows "some" or "many" is a thing shown, not a verb, so the card's words are no
one's quote; a capitalised word hyphened to any lowercase word before a maker's name
("by Cannes-shortlisted X", "by Sundance-acclaimed X") is no name."""

from __future__ import annotations

from bot.facts import ArticleFacts, CrewRole, ReleaseKind
from tests.extract.helpers import facts

_DATE = "2026-03-01"
_LEDE = "Gwithian Parrack stars in Pellowick, Skarrowfen Films' new drama, as Bettany Quill."


def _served_quote(found: ArticleFacts, start: str) -> bool:
    return any(q.served for q in found.quotes if q.text.startswith(start))


def _none_yet(sentence: str) -> bool:
    found = facts(_LEDE, sentence, date=_DATE)
    return any(r.kind is ReleaseKind.NOT_ANNOUNCED and r.served for r in found.release)


def test_declining_to_be_drawn_on_a_release_date_is_no_date_yet() -> None:
    assert _none_yet("Parrack declined to be drawn on a release date.")


def test_refusing_to_be_drawn_on_a_broadcast_date_is_no_date_yet() -> None:
    assert _none_yet("The channel refused to be drawn on a broadcast date.")


def test_not_being_drawn_on_a_premiere_date_is_no_date_yet() -> None:
    assert _none_yet("Parrack was not drawn on a premiere date.")


def test_declining_to_be_drawn_on_plot_details_is_no_word_of_the_date() -> None:
    assert not _none_yet("Parrack declined to be drawn on plot details.")


def test_a_plural_item_after_a_comma_on_a_card_is_shown_not_said() -> None:
    found = facts(
        _LEDE,
        "The teaser ends on a card. A lantern, moths and the words “Keep to the shore”.",
        date=_DATE,
    )
    assert not _served_quote(found, "Keep to the shore")


def test_some_plural_things_on_a_poster_are_shown_not_the_posters_quote() -> None:
    found = facts(
        _LEDE,
        "Parrack has shared the poster. A lantern, some moths and the words “Keep to the shore”.",
        date=_DATE,
    )
    assert not _served_quote(found, "Keep to the shore")


def _makers(sentence: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, sentence, date=_DATE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_festival_shortlist_hyphened_before_a_director_is_no_name() -> None:
    made = _makers("Pellowick is directed by Brenmoor-shortlisted Ilse Quenneth.")
    assert made == {("Ilse Quenneth", CrewRole.DIRECTOR)}


def test_an_acclaim_hyphened_before_a_writer_is_no_name() -> None:
    made = _makers("Pellowick is written by Fellhaven-acclaimed Ilse Quenneth.")
    assert made == {("Ilse Quenneth", CrewRole.WRITER)}
