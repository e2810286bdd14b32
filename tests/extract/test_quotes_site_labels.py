"""A post's line label naming its account and the site it ran on ("u/name on Reddit: “...”"):
the words are the account's, as after a plain "@name:" label."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(line: str) -> set[tuple[str, str]]:
    found = facts(
        "Fans reacted to the Tarnmoor wrap all weekend.",
        "Here is what they said.",
        line,
        '@fenwick_lark: "so ready for this one"',
        title="Tarnmoor wraps: the best reactions",
    )
    return {(q.speaker, q.text[:12]) for q in found.quotes if q.served}


def test_an_account_on_a_named_site_posts_the_words() -> None:
    for line in (
        'u/Brackwell_fan on Reddit: "If the film is half as good I need a week off."',
        "u/Brackwell_fan on r/tarnmoor: “If the film is half as good I need a week off.”",
    ):
        assert ("u/Brackwell_fan", "If the film ") in _speakers(line)
    line = "@brackwell_fan on X: “If the film is half as good I need a week off.”"
    assert ("@brackwell_fan", "If the film ") in _speakers(line)


def test_a_site_named_in_a_sentence_is_no_label() -> None:
    line = "Many on Reddit agreed: “If the film is half as good I need a week off.”"
    assert not any(speaker.startswith(("u/", "@b")) for speaker, _ in _speakers(line))
