"""Words passed on: a message read aloud, or someone quoted, after a colon, are not the words of
the one who reads or quotes them."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers_of(words: str, *paragraphs: str) -> set[str]:
    """Who each served quote of ``paragraphs`` opening with ``words`` is credited to."""
    return {q.speaker for q in facts(*paragraphs).quotes if q.served and q.text.startswith(words)}


def test_a_message_read_aloud_by_a_host_is_not_the_hosts() -> None:
    speakers = _speakers_of(
        "Bring",
        "The Brisewood Lanes panel drew a full room on Saturday.",
        "Director Ilsabet Quennet joined by video link. Host Tamsk Plumtree read her message "
        "aloud: “Bring wellies, it is muddy.”",
    )
    assert "Tamsk Plumtree" not in speakers


def test_words_a_host_quotes_from_someone_else_are_not_the_hosts() -> None:
    speakers = _speakers_of(
        "Sabeline",
        "Ilsabet Quennet went on the Brisewood Lanes podcast this week.",
        "Host Tamsk Plumtree quoted a listener who had written in: “Sabeline got me through "
        "a bad winter.” Quennet said that was lovely.",
    )
    assert "Tamsk Plumtree" not in speakers


def test_an_account_quoting_a_post_and_adding_words_keeps_its_own_words() -> None:
    speakers = _speakers_of(
        "We hear",
        "Quarrel Pictures shared the Brisewood Lanes trailer on Monday.",
        "The Quarrel Pictures account joined in, quoting a fan's post and adding: “We hear you. "
        "See you in May.”",
    )
    assert speakers != {""}
