"""Quotes on invented text: a show "Hosted by A and B" has two hosts, and a host who "asks
about" something turns to the guest, so the "she laughs" after it is never the host's; and
words a host "reads out" from a listener's letter are the letter writer's, never the host's."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEAD = (
    "On this week's Reel Talk podcast, director Maren Lindqvist-Oduya talks about Saltwater "
    "Psalm, her Cornwall-set debut.",
    "Hosted by Priyanka Deshmukh and Tobias Ferreira-Quint",
    "This week Priyanka and Tobias are joined by director Maren Lindqvist-Oduya.",
)


def _speaker(found: object, start: str) -> tuple[str, bool]:
    quote = next(q for q in found.quotes if q.text.startswith(start))  # type: ignore[attr-defined]
    return quote.speaker, quote.served


def test_a_pronoun_after_the_second_host_asks_about_is_not_the_host() -> None:
    found = facts(
        *_HEAD,
        "Tobias asks about the tides. “Everyone warned me the sea would win,” she laughs.",
        date="2026-05-01",
        title="Podcast: Maren Lindqvist-Oduya on Saltwater Psalm",
    )
    speaker, _ = _speaker(found, "Everyone warned me")
    assert speaker != "Tobias Ferreira-Quint"


def test_a_host_who_speaks_is_still_the_host() -> None:
    found = facts(
        *_HEAD,
        "“I have never been so seasick,” Tobias said of the set visit.",
        date="2026-05-01",
        title="Podcast: Maren Lindqvist-Oduya on Saltwater Psalm",
    )
    assert _speaker(found, "I have never been") == ("Tobias Ferreira-Quint", True)


def test_a_letter_read_out_is_not_the_readers_words() -> None:
    found = facts(
        *_HEAD,
        "Priyanka reads out listener emails, including one from Dervla in Penzance, who writes "
        "that the film “made me ring my sister”.",
        date="2026-05-01",
        title="Podcast: Maren Lindqvist-Oduya on Saltwater Psalm",
    )
    speaker, served = _speaker(found, "made me ring")
    assert not (served and speaker == "Priyanka Deshmukh")


def test_a_listener_who_writes_is_still_credited() -> None:
    found = facts(
        *_HEAD,
        "Listener Dervla Okonkwo-Hart writes that the film “made me ring my sister”.",
        date="2026-05-01",
        title="Podcast: Maren Lindqvist-Oduya on Saltwater Psalm",
    )
    assert _speaker(found, "made me ring") == ("Dervla Okonkwo-Hart", True)
