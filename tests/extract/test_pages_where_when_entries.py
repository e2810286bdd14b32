"""A what-to-watch guide whose entries are a title line over a "Where: ... When: ..." line:
what another entry casts or credits is that work's, not ours; the entry the headline names
first is read."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_GUIDE_HEADLINE = "What to watch this weekend: Lantern Bay: The Last Summer, Frostmark and more"


def _guide(where: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    return facts(
        "From a seaside farewell to a frozen thriller, here is what to watch.",
        _GUIDE_HEADLINE,
        "Lantern Bay: The Last Summer",
        where[0],
        "Lantern Bay signs off with a feature-length finale. Orla Fenwick is back as Maisie"
        " Strand, and newcomer Tobiah Quell is a delight as her flatmate Rory Dane.",
        "Frostmark",
        where[1],
        "This icy crime drama stars Pella Sundqvist as DI Karin Holmeby, a detective sent"
        " north. Written by Osric Penhallow and directed by Imelda Vantongeren, it is grim.",
        "The Copper Vault",
        where[2],
        "Dunstan Hale-Morrow plays Edmund Vyse, a banker with secrets. It is created by"
        " Perpetua Lindqvist-Obi.",
        date="2026-06-04",
        title=_GUIDE_HEADLINE,
    )


_WHERE_WHEN = (
    (
        "Where: Netflix. When: Friday 5 June, from 8am.",
        "Where: BBC Two and iPlayer. When: Sunday 7 June, 9pm.",
        "Where: Channel 4. When: Saturday 6 June, first two episodes; weekly after.",
    ),
    (
        "Where: Netflix. When: from Friday 5 June.",
        "Where: BBC Four. When: Sunday 7 June at 9pm.",
        "Where: Prime Video. When: Saturday 6 June.",
    ),
)


def test_where_when_lines_head_entries_cast() -> None:
    for where in _WHERE_WHEN:
        found = served_pairs(_guide(where))
        assert ("Orla Fenwick", "Maisie Strand") in found
        assert not {p for p in found if p[0] in {"Pella Sundqvist", "Dunstan Hale-Morrow"}}


def test_where_when_lines_head_entries_crew() -> None:
    for where in _WHERE_WHEN:
        names = {name for _role, name in served_credits(_guide(where))}
        assert not names & {"Osric Penhallow", "Imelda Vantongeren", "Perpetua Lindqvist-Obi"}
