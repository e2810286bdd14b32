"""Quotes on invented text: words in marks that are no one's quote - an actor "as" a part telling
another part by first name, an actor who "gets one line" in a trailer, a marked phrase heading a
noun phrase ("the “long goodbye” viewers have ..."), and a writer's "which is studio-speak for"
gloss - are held; near-misses keep their words served."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Lantern Row stars Ada Vale as Dessa Moor and Kai Moss as Brother Orvo Lund."
_TRAILER = "Lantern Row teaser: six things we saw"


def _quote(*lines: str, start: str, title: str = _TRAILER):  # type: ignore[no-untyped-def]
    found = facts(_CAST, *lines, date="2026-05-11", title=title)
    return next(q for q in found.quotes if q.text.startswith(start))


def _served(*lines: str, start: str) -> bool:
    found = facts(_CAST, *lines, date="2026-05-11", title=_TRAILER)
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_an_actor_as_a_part_telling_a_first_name_is_held() -> None:
    for line in (
        "Kai Moss, as Brother Orvo Lund, tells Wren, “You can keep the boat.” A clue, surely.",
        "Kai Moss, as Orvo, tells Petra: “You can keep the boat.”",
    ):
        assert not _quote(line, start="You can keep").served, line


def test_an_actor_in_a_capacity_telling_a_paper_keeps_their_words() -> None:
    line = "Ada Vale, as the show's producer, tells Grazia: “We shot every scene in Hull.”"
    quote = _quote(line, start="We shot every")
    assert quote.served and quote.speaker == "Ada Vale"


def test_an_actor_given_one_line_in_a_trailer_is_held() -> None:
    for line in (
        "The new trailer runs two minutes. Ada Vale gets one line, and it lands: “Go home, Orvo.”",
        "The teaser is mostly music. Kai Moss has just one line in it: “Go home, Orvo.”",
    ):
        assert not _quote(line, start="Go home").served, line


def test_one_line_with_no_footage_named_keeps_its_speaker() -> None:
    line = "Asked about the finale, Ada Vale has one line for worried fans: “Go home happy.”"
    quote = _quote(line, start="Go home", title="Ada Vale on the end of Lantern Row")
    assert quote.served and quote.speaker == "Ada Vale"


def test_a_marked_phrase_heading_a_noun_phrase_is_held() -> None:
    for line in (
        "No spoilers, but the “long goodbye” viewers have dreaded for years gets its scene.",
        "Expect a twist. The “missing summer” readers were promised finally arrives.",
    ):
        words = line.split("“")[1].split("”")[0]
        assert not _served(line, start=words), line


def test_a_writers_speak_for_gloss_is_held() -> None:
    for line in (
        "A press officer said only that news would come “in good time”, which is "
        "studio-speak for “stop asking”.",
        "The network said the show was “resting”, which is polite code for “no more episodes”.",
    ):
        gloss = line.rsplit("“", 1)[1].split("”")[0]
        assert not _served(line, start=gloss), line


def test_a_speakers_own_words_after_which_stay_served() -> None:
    line = (
        "Ada Vale said the shoot was hard, which is why she told the crew: "
        "“We finish this together or not at all.”"
    )
    quote = _quote(line, start="We finish", title="Ada Vale on the end of Lantern Row")
    assert quote.served and quote.speaker == "Ada Vale"


def test_a_named_speakers_phrase_after_the_stays_served() -> None:
    line = "Ada Vale said the finale was “the best summer” she has had on a set."
    quote = _quote(line, start="the best summer", title="Ada Vale on the end of Lantern Row")
    assert quote.served and quote.speaker == "Ada Vale"
