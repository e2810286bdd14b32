"""A profile's "she explains" is its subject's: never an actor named in the sentence before only
to say who plays whom ("A plays P and B plays Q"), a roll of the work's cast told in passing."""

from tests.extract.helpers import facts, served_quotes

_TITLE = "‘I wanted the sea to sing’: the composer behind Saltmarsh Lane"


def test_an_actor_in_a_cast_roll_is_not_the_she_who_explains() -> None:
    found = served_quotes(
        facts(
            "Composer Irena Wolczak-Penhale on scoring Saltmarsh Lane with a foghorn.",
            "Irena Wolczak-Penhale works from a boathouse in Deal.",
            "Her theme has become as famous as the stars. Marguerite Oyelaran plays Sergeant "
            "Nell Dace and Rupert Vasko plays Inspector Abel Crane; the theme, which "
            "Wolczak-Penhale calls “a row in C minor”, is everywhere.",
            "“I wanted the sea to sing,” she explains. “Nell is stubborn, so the foghorn is her.”",
            title=_TITLE,
        )
    )
    assert ("I wanted the", "Marguerite Oyelaran") not in found
    assert ("Nell is stubb", "Marguerite Oyelaran") not in found


def test_an_actor_in_a_cast_roll_with_the_subject_named_after_is_not_the_she() -> None:
    found = served_quotes(
        facts(
            "Composer Irena Wolczak-Penhale on scoring Saltmarsh Lane with a foghorn.",
            "Irena Wolczak-Penhale works from a boathouse in Deal.",
            "Marguerite Oyelaran plays the sergeant and Rupert Vasko plays the inspector, and "
            "Wolczak-Penhale wrote each of them a tune.",
            "“The foghorn came first,” she says.",
            title=_TITLE,
        )
    )
    assert ("The foghorn ", "Marguerite Oyelaran") not in found
