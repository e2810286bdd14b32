"""An actor named with an earlier credit in a genre-led title ("in the sitcom Nettle Row"), then
a hedged pronoun casting: "He is understood to be playing Y", "She is believed to play Y". The
title after a genre noun is a work, not a second person, so the pronoun means the actor. An age
after a name makes an actor only with an acting credit after it: a shopkeeper or a director given
an age is no one a later "He plays Y" means. Invented sentences, none of the corpus's names."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Gorsehaven film: notes from the set."


@pytest.mark.parametrize(
    ("actor", "before", "after"),
    [
        (
            "Brannoc Yelland",
            "Filming by the harbour wall on Tuesday was Brannoc Yelland, 24, who starred as a "
            "runaway in the ITV drama Hob Carrow.",
            "He is understood to be playing Corran Vesey, the ferryman’s son.",
        ),
        (
            "Senna Quartley",
            "We caught a glimpse of Senna Quartley, 29, best known as a nurse in the thriller "
            "Dray Street.",
            "She is believed to be playing Corran Vesey.",
        ),
        (
            "Brannoc Yelland",
            "Also in costume was Brannoc Yelland, who appeared in the sitcom Nettle Row.",
            "He is thought to play Corran Vesey.",
        ),
    ],
)
def test_hedged_pronoun_casting_after_a_genre_led_credit(
    actor: str, before: str, after: str
) -> None:
    found = facts(_LEDE, f"{before} {after}")
    assert served_pairs(found) == {(actor, "Corran Vesey")}


@pytest.mark.parametrize(
    "text",
    [
        "Grocer Perrin Gauld, 64, watched the crew from his doorway. He plays Corran Vesey at "
        "the village pantomime every winter.",
        "Year 12 student Tilly Mardle, 17, had walked down with her friends. She is playing "
        "Corran Vesey at school next term.",
        "Senna Quartley plays Ada Rule. The director, Orla Fenmore, 52, said the week went well. "
        "She is playing Corran Vesey too.",
    ],
)
def test_an_age_without_an_acting_credit_is_no_one_a_pronoun_casts(text: str) -> None:
    found = facts(_LEDE, text)
    assert not any(part == "Corran Vesey" for _, part in served_pairs(found))


def test_a_title_after_a_genre_noun_is_nobody_a_pronoun_means() -> None:
    found = facts(
        _LEDE,
        "Wickham Ardle wrote the drama Hob Carrow. He is playing Corran Vesey.",
    )
    assert served_pairs(found) == {("Wickham Ardle", "Corran Vesey")}
