"""Words in marks no one quoted said: a sign's, a song's, a declined comment's topic, a stock
reason for quitting. Each is held; the same sentences with a real speaker keep their quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_what_a_sign_reads_is_no_one_s_quote() -> None:
    found = facts(
        "Ada Vale and Tom Reyes arrived at the Saltmarsh premiere together.",
        "Ada Vale waved to the crowd. One banner by the barrier simply reads “AGNES FOREVER”.",
        "Tom Reyes stopped for photos. Her placard, held high, said: “Bring back Orvo!”",
    )
    assert served_quotes(found) == []


def test_a_fan_s_sign_does_not_silence_the_actor_s_own_words() -> None:
    found = facts(
        "Ada Vale arrived at the Saltmarsh premiere.",
        "Ada Vale signed posters for an hour. “I could do this all night,” she told us.",
    )
    assert served_quotes(found) == [("I could do t", "Ada Vale")]


def test_a_rhyme_recited_in_the_work_is_no_one_s_quote() -> None:
    found = facts(
        "The new teaser for Saltmarsh is out.",
        "A child's voice recites the old skipping rhyme “Ring the bell and run, run, run” as "
        "the lights go out.",
    )
    assert served_quotes(found) == []


def test_the_topic_of_a_declined_comment_is_not_the_spokesperson_s_words() -> None:
    found = facts(
        "Saltmarsh has been renewed by ITV.",
        "An ITV spokesperson declined to comment on “backstage rows”, but confirmed a third "
        "series.",
    )
    assert served_quotes(found) == []


def test_a_spokesperson_s_own_words_are_still_theirs() -> None:
    found = facts(
        "Saltmarsh has been renewed by ITV.",
        "An ITV spokesperson said the series was “a joy to make” and would return in May.",
    )
    assert served_quotes(found) == [("a joy to mak", "ITV spokesperson")]


def test_a_stock_reason_for_quitting_is_no_one_s_quote() -> None:
    found = facts(
        "Channel 5's new ferry drama Saltmarsh has been thrown into turmoil.",
        "Saltmarsh has lost its leading lady weeks before filming – with Ines Dorr stepping in.",
        "Welsh actor Pia Salo, 38, had been cast as Agnes Lind, the widow who runs the ferry. But "
        'we can reveal she has quit the eight-part series over "scheduling clashes".',
        title="EXCLUSIVE: Ferry drama star QUITS Saltmarsh",
    )
    assert served_quotes(found) == []


def test_a_reason_someone_gives_stays_their_quote() -> None:
    found = facts(
        "Ada Vale, 41, had been cast as Agnes in the ITV drama Saltmarsh.",
        "Ada Vale has quit the series. “I needed to be at home this year,” she said.",
    )
    assert served_quotes(found) == [("I needed to ", "Ada Vale")]


def test_a_longer_wording_the_spokesperson_will_not_comment_on_is_theirs() -> None:
    found = facts(
        "Saltmarsh has been renewed by ITV.",
        "An ITV spokesperson declined to comment on “matters still being negotiated with agents”.",
    )
    assert served_quotes(found) == [("matters stil", "ITV spokesperson")]
