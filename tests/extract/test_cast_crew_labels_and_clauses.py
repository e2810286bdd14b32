"""A podcast's label word before its guests' names is no word of them ("Guests Ada Vale and Tom
Reed, who play ..."), and a role before ", and" joins clauses, not roles: "returns as composer,
and casting director X is back" makes X no composer."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "Copper Bay is back."
_TITLE = "Copper Bay: the film adds two newcomers"


def test_guests_before_names_is_no_name() -> None:
    found = facts(
        _LEDE,
        "Guests Ada Vale and Tom Reed, who play Mira and Ansel, joined the hosts in the studio.",
        title="The Copper Bay podcast: episode 12",
    )
    pairs = served_pairs(found)
    assert ("Ada Vale", "Mira") in pairs
    assert ("Tom Reed", "Ansel") in pairs


def test_a_role_before_a_comma_and_is_no_role_of_the_next_name() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, whose score ran through all three seasons, returns as composer, and casting "
        "director Tom Reed is again overseeing casting.",
        title=_TITLE,
    )
    credits = served_credits(found)
    assert ("composer", "Tom Reed") not in credits
    assert ("casting_director", "Tom Reed") in credits


def test_three_roles_with_a_serial_comma_stay_joined() -> None:
    found = facts(_LEDE, "Writer, director, and producer Tom Reed is back.", title=_TITLE)
    credits = served_credits(found)
    assert {("writer", "Tom Reed"), ("director", "Tom Reed"), ("producer", "Tom Reed")} <= credits
