"""A two-work page's paragraph that names the headline's other work alone tells that work's news."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts, served_credits, served_pairs


def _dates(found: object) -> set[str]:
    return {
        str(r.date)
        for r in found.release  # type: ignore[attr-defined]
        if r.served and r.kind is ReleaseKind.PREMIERE_DATE
    }


def test_a_chart_page_holds_the_other_listed_works_cast_and_date() -> None:
    found = facts(
        "Coastal thriller Fenmarsh has opened at No 1 on the streamer's weekly TV chart.",
        "Fenmarsh, which premiered on 4 June, stars Tamsin Oddy as Carys Venn.",
        "On the films list, Lumen Road held on to third place. The Lumen Road finale, which stars "
        "Ada Vale and Bram Kessler as Mira Holt and Jory Penn, was released on 28 May.",
        date="2025-06-10",
        title="Weekly chart: ‘Fenmarsh’ tops the list as ‘Lumen Road’ holds on",
    )
    assert ("Tamsin Oddy", "Carys Venn") in served_pairs(found)
    assert not {("Ada Vale", "Mira Holt"), ("Bram Kessler", "Jory Penn")} & served_pairs(found)
    assert "2025-05-28" not in _dates(found)


def test_an_awards_page_holds_the_runner_ups_casting() -> None:
    found = facts(
        "Island drama Saltwick leads this year's awards nominations with nine nods.",
        "Saltwick stars Nell Ardagh as Orla Fenn.",
        "Close behind is Copper Vale with seven nods. Copper Vale stars Idris Penhallow as Tom "
        "Quill.",
        date="2025-11-02",
        title="Nominations: ‘Saltwick’ leads the field, with ‘Copper Vale’ close behind",
    )
    assert ("Nell Ardagh", "Orla Fenn") in served_pairs(found)
    assert ("Idris Penhallow", "Tom Quill") not in served_pairs(found)


def test_a_paragraph_naming_both_works_stays_the_subjects() -> None:
    found = facts(
        "Coastal thriller Fenmarsh has opened at No 1 on the streamer's weekly TV chart.",
        "Fenmarsh, which knocked Lumen Road off the top, stars Tamsin Oddy as Carys Venn.",
        date="2025-06-10",
        title="Weekly chart: ‘Fenmarsh’ tops the list as ‘Lumen Road’ holds on",
    )
    assert ("Tamsin Oddy", "Carys Venn") in served_pairs(found)


def test_an_awards_page_holds_the_crew_of_a_work_set_by_apposition() -> None:
    found = facts(
        "Island drama Saltwick leads this year's awards nominations with nine nods.",
        "Saltwick is directed by Orla Bexley.",
        "Copper Vale, the Cornish-language folk horror from director Idris Penhallow, landed "
        "six. Dunmore Row, the housing drama directed by Petra Lisle, took four.",
        date="2025-11-02",
        title="Nominations: ‘Saltwick’ leads the field",
    )
    assert ("director", "Orla Bexley") in served_credits(found)
    assert not {("director", "Idris Penhallow"), ("director", "Petra Lisle")} & served_credits(
        found
    )


def test_a_work_after_a_preposition_is_not_set_as_another() -> None:
    found = facts(
        "After years on stage, Tamsin Oddy finally gets a film.",
        "In The Long Field, the new film from writer-director Orla Bexley, Oddy plays Carys Venn.",
        date="2025-08-02",
        title="Tamsin Oddy: ‘I waited ten years for this’",
    )
    assert ("director", "Orla Bexley") in served_credits(found)
