"""A "with ... as <post>" credit whose list names a person after their company."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_member_after_a_one_word_company() -> None:
    found = facts(
        "The series is written by Petra Hale. It is made by Brook Pictures for Sky, "
        "with Hale and Brook's Cara Lin as executive producers."
    )
    assert credits(found) >= {
        ("executive_producer", "Petra Hale"),
        ("executive_producer", "Cara Lin"),
    }


def test_a_lone_member_after_a_company() -> None:
    found = facts("Lark Films makes the drama, with Lark Films’ Dev Roy as producer.")
    assert ("producer", "Dev Roy") in credits(found)


def test_the_company_itself_is_no_credit() -> None:
    found = facts("It is made by Brook Pictures, with Dev Roy and Sky's Cara Lin as producers.")
    roles = credits(found)
    assert {("producer", "Dev Roy"), ("producer", "Cara Lin")} <= roles
    assert not any(name.startswith("Sky") for _, name in roles)
