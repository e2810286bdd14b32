"""A guide's paragraph that opens on another show's name with where and when to see it in
brackets ("Done with that? Tin Kettle (Vela, Saturday 9pm), where ...") tells that show: the
part it casts is not ours. A paragraph so opening on our own show keeps its cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Where to watch Quillon Row this weekend (and what else is on)"
_LEDE = "Where to watch this weekend's big premiere, the harbour drama Quillon Row, plus more."
_OPEN = (
    "The headline event is Quillon Row, a two-part harbour drama that starts on Sunday on "
    "BBC One at 8pm."
)


def _cast(paragraph: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, _OPEN, paragraph, date="2026-12-18", title=_HEADLINE)
    return served_pairs(found)


def test_another_show_with_its_slot_keeps_its_part() -> None:
    paragraph = (
        "Done with that? Tin Kettle (Vela, Saturday 9pm), where Mirren Oakes returns as the "
        "innkeeper Dora Penhallow, is cosy fare."
    )
    assert ("Mirren Oakes", "Dora Penhallow") not in _cast(paragraph)


def test_our_show_with_its_slot_keeps_its_part() -> None:
    paragraph = (
        "Quillon Row (BBC One, Sunday 8pm), where Mirren Oakes plays the lock keeper Dora "
        "Penhallow, is the pick of the week."
    )
    assert ("Mirren Oakes", "Dora Penhallow") in _cast(paragraph)
