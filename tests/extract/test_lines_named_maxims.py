"""Words the sentence names as a rule, a maxim, an adage or a cliché right before the marks
("the most overrated writing rule: “...”", "the old adage, “...”") are a saying everyone knows,
no one's quote. A person's own rule ("her one rule on set: “...”") is still theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Hana Velde, who wrote The Lantern Row, was this week's podcast guest."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs))]


def test_an_overrated_rule_after_a_colon_is_a_saying() -> None:
    assert (
        _served(
            "Velde ends with quick-fire answers (best snack: crisps; most overrated editing "
            "rule: “kill your darlings”)."
        )
        == []
    )


def test_the_old_adage_is_a_saying() -> None:
    assert (
        _served("Velde said the shoot proved the old adage, “never work with children or boats”.")
        == []
    )


def test_a_golden_rule_of_comedy_is_a_saying() -> None:
    assert (
        _served(
            "The golden rule of comedy – “always leave them wanting more” – is one Velde breaks "
            "happily."
        )
        == []
    )


def test_her_own_rule_is_still_her_quote() -> None:
    assert (
        _served("Velde has one rule on set, she says: “Nobody looks at a phone during a take.”")
        != []
    )


def test_a_rule_the_speaker_explains_is_still_her_quote() -> None:
    for sentence in (
        "Velde explains the rule: “Nobody on my set looks at a phone during a take.”",
        "Asked how she runs a writers' room, Velde sets out a rule: “Every pitch gets a hearing.”",
        "Velde states the rule plainly, “Lunch is at one and nobody works through it.”",
    ):
        assert _served(sentence) != [], sentence


def test_words_that_break_a_rule_are_still_her_quote() -> None:
    for sentence in (
        "Velde broke the unwritten rule of press tours: “I will tell you the ending.”",
        "Then Velde breaks the first rule of the junket, “The boat sinks, and I am glad.”",
        "Velde happily ignored the golden rule of promotion: “Do not watch it on a phone.”",
    ):
        assert _served(sentence) != [], sentence


def test_a_word_ending_in_rule_is_no_rule() -> None:
    assert _served("Velde said the court could overrule: “They will not, and we know it.”") != []
