"""Quotes on invented text (review 125): a pull-quote label before words that carry their own
attribution ("Quote: “...,” said X") keeps that speaker; a line someone "had" for an audience
("had one line for the critics:") is their own message, not a line of the work; a song that only
times the words ("after the encore, she told the crowd, “...”") does not make them sung."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Saltreed, the BBC Two thriller, stars Tove Lindqvist as Hester."
_TITLE = "Saltreed: Tove Lindqvist on the BBC Two thriller"


def test_a_pull_quote_label_before_its_own_attribution_keeps_the_speaker() -> None:
    found = facts(
        _LEDE,
        "Quote: “We shot every scene twice,” said Remi Adeyemi, the producer.",
        title=_TITLE,
    )
    assert ("We shot ever", "Remi Adeyemi") in served_quotes(found)


def test_a_bare_pull_quote_is_still_no_one_s() -> None:
    found = facts(_LEDE, "PULL QUOTE: “We shot every scene twice”", title=_TITLE)
    assert not any(speaker for _, speaker in served_quotes(found))


def test_a_line_had_for_an_audience_is_the_speaker_s_own() -> None:
    found = facts(
        _LEDE,
        "Over coffee, Tove Lindqvist had one line for the critics: “Wait for episode four.”",
        title=_TITLE,
    )
    assert ("Wait for epi", "Tove Lindqvist") in served_quotes(found)


def test_a_part_s_one_line_in_the_teaser_is_still_the_works() -> None:
    found = facts(
        _LEDE,
        "Hester has only one line in the teaser: “The tide does not wait.”",
        title="Saltreed teaser: a first look at the BBC Two thriller",
    )
    assert served_quotes(found) == []


def test_words_after_a_song_are_said_not_sung() -> None:
    found = facts(
        _LEDE,
        "Tove Lindqvist told the crowd after the encore song, “You have been the best audience.”",
        title=_TITLE,
    )
    assert ("You have bee", "Tove Lindqvist") in served_quotes(found)


def test_a_rhyme_named_before_its_words_is_still_sung() -> None:
    found = facts(
        "The new teaser for Saltreed is out.",
        "A girl hums the old counting rhyme “One for the marsh and two for the sea” as the fog"
        " rolls in.",
    )
    assert served_quotes(found) == []


def test_a_part_s_line_to_another_part_is_still_the_works() -> None:
    found = facts(
        _LEDE,
        "One viral post simply quoted Hester’s line to Col on the jetty: “The tide does not wait.”",
        title="Saltreed: the best reactions to the BBC Two thriller",
    )
    assert not any(speaker for _, speaker in served_quotes(found))
