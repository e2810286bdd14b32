"""A sentence naming two people, then "with X admitting ...": the "with" clause's subject is the
one the next "the 22-year-old said" or "he said" stands for, not the co-star named last before."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "The cast of Harbour Lights came out for the finale's premiere in Leeds."


def test_an_age_after_a_with_clause_is_its_subject() -> None:
    assert served_quotes(
        facts(
            _LEDE,
            "Bram Tolliver and Oskar Wendt walked out together, with Tolliver admitting he had "
            "not seen the ending. “I will watch it with all of you,” the 27-year-old said.",
        )
    ) == [("I will watch", "Bram Tolliver")]


def test_a_pronoun_after_a_with_clause_is_its_subject() -> None:
    assert served_quotes(
        facts(
            _LEDE,
            "Oskar Wendt and Bram Tolliver signed posters for an hour, with Wendt confessing he "
            "had lost his voice.",
            "“I have shouted at too many football matches,” he said.",
        )
    ) == [("I have shout", "Oskar Wendt")]
