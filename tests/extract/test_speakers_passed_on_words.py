"""Words passed on: a message read aloud, or someone quoted, after a colon, are not the words of
the one who reads or quotes them."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_message_read_aloud_by_a_host_is_not_the_hosts() -> None:
    found = facts(
        "The Brisewood Lanes panel drew a full room on Saturday.",
        "Director Ilsabet Quennet joined by video link. Host Tamsk Plumtree read her message "
        "aloud: “Bring wellies, it is muddy.”",
    )
    speakers = {q.speaker for q in found.quotes if q.served and q.text.startswith("Bring")}
    assert "Tamsk Plumtree" not in speakers


def test_words_a_host_quotes_from_someone_else_are_not_the_hosts() -> None:
    found = facts(
        "Ilsabet Quennet went on the Brisewood Lanes podcast this week.",
        "Host Tamsk Plumtree quoted a listener who had written in: “Sabeline got me through "
        "a bad winter.” Quennet said that was lovely.",
    )
    speakers = {q.speaker for q in found.quotes if q.served and q.text.startswith("Sabeline")}
    assert "Tamsk Plumtree" not in speakers


def test_an_account_quoting_a_post_and_adding_words_keeps_its_own_words() -> None:
    found = facts(
        "Quarrel Pictures shared the Brisewood Lanes trailer on Monday.",
        "The Quarrel Pictures account joined in, quoting a fan's post and adding: “We hear you. "
        "See you in May.”",
    )
    speakers = {q.speaker for q in found.quotes if q.served and q.text.startswith("We hear")}
    assert speakers != {""}
