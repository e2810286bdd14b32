"""With the article's own title unknown, a title the headline does not name, glossed as one of
a kind with its maker last ("New at number four: T, a thriller from Danish director X"), is a
chart's or a round-up's other work: X is no credit; a title the headline names keeps its maker
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Weekend box office: ‘Copper Vale’ holds on as the holidays begin"
_LEDE = "Copper Vale stayed top of the chart with £2.4m over the weekend."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_kind_glossed_title_the_headline_lacks_credits_nobody() -> None:
    for sentence in (
        "Newcomer Lantern Reach, a thriller from Danish director Oren Vasko, took £0.8m.",
        "Saltgrave, an animated comedy from director Oren Vasko, opened in fifth place.",
    ):
        assert "Oren Vasko" not in _crew(sentence), sentence


def test_the_headlines_title_keeps_its_maker() -> None:
    sentence = "Copper Vale, a thriller from Danish director Oren Vasko, took £2.4m."
    assert "Oren Vasko" in _crew(sentence)


def test_a_title_after_a_preposition_in_a_profile_keeps_its_maker() -> None:
    for sentence in (
        "Ida Penn stars in Lantern Reach, a thriller from Danish director Oren Vasko.",
        "In Lantern Reach, a thriller from Danish director Oren Vasko, Ida Penn plays a nun.",
    ):
        found = facts(
            "Ida Penn orders tea in a Hull café.", sentence, title="Ida Penn: a life in boats"
        )
        assert "Oren Vasko" in {c.name for c in found.crew if c.served}, sentence
