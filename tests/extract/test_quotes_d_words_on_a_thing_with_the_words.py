"""Words written on a thing shown "with the words" ("a slate with the words ‘Last Take’") are
lettering, not anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming on Gannet Row, the BBC drama starring Kestle Trewin, wrapped on Friday."


def test_a_slate_with_the_words_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The last shot ended with a slate with the words 'Gannet Row – Last Take' held up to"
        " the camera.",
    )
    assert not any(q.served and q.text.startswith("Gannet Row –") for q in found.quotes)
