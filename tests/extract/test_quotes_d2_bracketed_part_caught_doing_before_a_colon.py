"""A part named with its actor in brackets, then what the part is doing on screen and a colon,
in a piece about footage: the work's line, not anyone's quote. A person at a panel, doing
something before a colon, keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Saltgrass teaser: five things we spotted"
_LEDE = (
    "The first teaser for Saltgrass is out. Tamsin Oduya plays Wren, a baker who inherits"
    " a failing seaside cafe."
)


def test_a_bracketed_part_doing_something_before_a_colon_is_not_served() -> None:
    found = facts(
        _LEDE,
        "2. The kitchen scene\nWren (Tamsin Oduya) staring at a burnt cake: “Did anyone see that?”"
        " Fans have already made it a meme.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Did anyone see") for q in found.quotes)


def test_a_person_doing_something_before_a_colon_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Tamsin Oduya spoke at the screening on Friday. Oduya, laughing at the question:"
        " “I have not seen the final cut yet.”",
        title=_TITLE,
    )
    assert any(q.served and q.text.startswith("I have not seen") for q in found.quotes)
