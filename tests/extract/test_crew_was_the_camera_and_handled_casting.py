"""Past-tense credits in a production's rundown ("X was the cinematographer", "Y was the
editor") and casting told as a task handled ("X handled casting"), while a credit on another
named work stays out."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_was_the_cinematographer_or_editor_credits_the_name() -> None:
    found = facts("Corin Paske was the cinematographer and Lidia Marsh returns as composer.")
    assert ("cinematographer", "Corin Paske") in credits(found)
    found = facts("Hesper Lund directed, and Ivo Tarrant was the editor.")
    assert ("editor", "Ivo Tarrant") in credits(found)


def test_was_the_cinematographer_of_another_work_credits_nothing() -> None:
    found = facts("Corin Paske was the cinematographer on Blue Harrow in 2015.")
    assert ("cinematographer", "Corin Paske") not in credits(found)


def test_handled_casting_credits_the_casting_director() -> None:
    found = facts("Noor Abadi handled casting.")
    assert ("casting_director", "Noor Abadi") in credits(found)
    found = facts("Tam Rowe is editing, and Noor Abadi is handling casting.")
    assert ("casting_director", "Noor Abadi") in credits(found)


def test_handled_casting_on_another_work_credits_nothing() -> None:
    found = facts("Noor Abadi handled casting on Pale Orchard.")
    assert ("casting_director", "Noor Abadi") not in credits(found)


def test_a_bracketed_earlier_work_after_a_name_in_a_run_of_credits_keeps_the_verb() -> None:
    found = facts("Rafe Oduya wrote the screenplay, and Nell Varga (Pale Orchard) directed.")
    assert ("director", "Nell Varga") in credits(found)
    found = facts(
        "Rafe Oduya wrote the script, Nell Varga (Thin Ice, Gull Point) directed, and Bo Linn "
        "edited."
    )
    assert ("director", "Nell Varga") in credits(found)
    assert ("director", "Thin Ice") not in credits(found)


def test_who_has_been_the_shows_casting_director_credits_the_name() -> None:
    found = facts("Pell Arkwright, who has been the show’s casting director since 2021, grins.")
    assert ("casting_director", "Pell Arkwright") in credits(found)
    found = facts("Pell Arkwright has been the series' casting director from the start.")
    assert ("casting_director", "Pell Arkwright") in credits(found)


def test_casting_director_on_another_named_work_credits_nothing() -> None:
    found = facts("Pell Arkwright, who has been casting director on Dune Row since 2019, grins.")
    assert ("casting_director", "Pell Arkwright") not in credits(found)
