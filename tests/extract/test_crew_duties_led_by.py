"""A duty and the person who led it: "Casting was again led by X", "Music duties are handled
by Y" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_casting_was_again_led_by_is_the_casting_director() -> None:
    found = facts("Filming began in Leith.", "Casting was again led by Harriet Onwuachi.")
    assert ("casting_director", "Harriet Onwuachi") in credits(found)


def test_casting_overseen_by_is_the_casting_director() -> None:
    found = facts("Filming began in Leith.", "Casting was once again overseen by Jo Tamm.")
    assert ("casting_director", "Jo Tamm") in credits(found)


def test_music_duties_handled_by_and_editing_supervised_by() -> None:
    found = facts(
        "Music duties are handled by Soren Bakke, and editing was supervised by Lale Demir."
    )
    assert {("composer", "Soren Bakke"), ("editor", "Lale Demir")} <= credits(found)


def test_casting_led_by_a_company_gives_no_person() -> None:
    found = facts("Casting was led by Netflix’s own team in London.")
    assert not {c for c in credits(found) if c[0] == "casting_director"}


def test_a_duty_led_on_another_named_title_gives_nothing() -> None:
    found = facts("Casting was led by Jo Tamm on Dry Creek, the director's last film.")
    found_too = facts("Lu Chen handles music duties on Dry Creek.")
    assert not credits(found) and not credits(found_too)
