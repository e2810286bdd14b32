"""A short name in marks that someone gives a thing named before it ("a scene, which she calls
“...”"), no one found to say it, is a label, not a quote; a crowd word called for stays held as
before and a person's judgement stays served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming has wrapped on Gannet Row, the BBC drama starring Kestle Trewin."


def test_a_name_given_after_which_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Some days were harder than others. One night shoot – which she still only calls “the"
        " ferry night” – ran until dawn.",
    )
    assert not any(q.served and q.text.startswith("the ferry night") for q in found.quotes)


def test_a_persons_judgement_stays_served() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin said the last week was “utterly exhausting” but worth every minute.",
    )
    assert any(q.served and q.text.startswith("utterly exhausting") for q in found.quotes)
