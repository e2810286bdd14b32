"""Another work's crew told in a gloss that places it or names its nation or kind: "Reed Wake,
a Suffolk-set drama directed by X", "Low Tide, a Cornish coming-of-age drama directed by X",
"Kettle Song, a short directed by X", "the Danish noir Isvand, directed by X" credit that work,
not the article's; the article's own work glossed the same way keeps its credit (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Orchard Hours closes the Harbour Film Festival"


def test_a_place_set_drama_at_the_festival_is_not_ours() -> None:
    found = served_crew(
        "Orchard Hours closed the Harbour Film Festival on Sunday night.",
        "The festival opened on 2 May with Reed Wake, a Suffolk-set drama directed by Tamsin"
        " Oakridge-Vale, which has yet to find a distributor.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Oakridge-Vale") not in found


def test_a_drama_glossed_by_its_nation_is_not_ours() -> None:
    found = served_crew(
        "Orchard Hours closed the Harbour Film Festival on Sunday night.",
        "The festival opened with Low Tide, a Cornish coming-of-age drama directed by Petra"
        " Lanyon-Hole, and gave its audience award to a documentary.",
        title=_TITLE,
    )
    assert ("director", "Petra Lanyon-Hole") not in found


def test_a_short_and_a_noir_are_not_ours() -> None:
    found = served_crew(
        "Orchard Hours closed the Harbour Film Festival on Sunday night.",
        "Its cinematographer once shot Kettle Song, a short directed by Bram Oyelaran-Fisk.",
        "Its lead starred in the Danish noir Isvand, directed by Signe Vesterholt.",
        title=_TITLE,
    )
    assert ("director", "Bram Oyelaran-Fisk") not in found
    assert ("director", "Signe Vesterholt") not in found


def test_our_own_drama_glossed_by_its_place_keeps_its_director() -> None:
    found = served_crew(
        "Orchard Hours, a Suffolk-set drama directed by Tamsin Oakridge-Vale, closed the Harbour"
        " Film Festival on Sunday night.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Oakridge-Vale") in found
