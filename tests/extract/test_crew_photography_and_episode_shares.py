"""A reviewer's "X's photography" is the cinematographer's work (a director of photography
owned by someone else, or still photography, is not); a share of the episodes told in the
present or future ("X is writing four of the six episodes", "Y takes over as showrunner and
will direct the first two") credits the opening name."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_possessive_photography_credits_the_cinematographer() -> None:
    found = facts("Maren Eklund’s photography turns the harbour into pewter and chalk.")
    assert ("cinematographer", "Maren Eklund") in credits(found)
    found = facts("The film owes much to Dov Arlen's luminous photography.")
    assert ("cinematographer", "Dov Arlen") in credits(found)


def test_director_of_photography_or_still_photography_credits_no_owner() -> None:
    found = facts("Ada Voss’s director of photography, Jon Pike, lit it with candles.")
    assert ("cinematographer", "Ada Voss") not in credits(found)
    found = facts("Ada Voss’s still photography hangs in the cinema lobby.")
    assert ("cinematographer", "Ada Voss") not in credits(found)


def test_a_present_or_future_share_of_episodes_credits_the_opening_name() -> None:
    found = facts("Sabine Orlo takes over as showrunner and is writing four of the six episodes.")
    assert ("writer", "Sabine Orlo") in credits(found)
    found = facts("Kofi Brandt will direct the first two episodes.")
    assert ("director", "Kofi Brandt") in credits(found)


def test_writing_this_finale_or_special_credits_the_writer() -> None:
    found = facts("Rhea Stoll has written this special herself, in a shed in Fife.")
    assert ("writer", "Rhea Stoll") in credits(found)
    found = facts(
        "Rhea Stoll, who created the show from her own stage play and wrote the finale too, "
        "calls it a goodbye."
    )
    assert ("writer", "Rhea Stoll") in credits(found)


def test_writing_the_finale_of_another_work_credits_nothing() -> None:
    found = facts("Rhea Stoll wrote the finale of Wind Row in 2014.")
    assert ("writer", "Rhea Stoll") not in credits(found)


def test_a_possessive_first_or_debut_screenplay_credits_the_writer() -> None:
    found = facts("Ivo Kent shot the film, Mirela Dace’s first feature screenplay, in one summer.")
    assert ("writer", "Mirela Dace") in credits(found)
    found = facts("The film, Mirela Dace's debut screenplay, opens in May.")
    assert ("writer", "Mirela Dace") in credits(found)
