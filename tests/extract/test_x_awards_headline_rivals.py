"""An awards page whose headline names its own work and a rival ("X leads nominations as Y
follows"): the rival's tally still casts the rival, not the page's work (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_rival_the_headline_names_keeps_its_tallied_cast() -> None:
    found = facts(
        "ITV’s coastal drama Gannet Reach has landed six nominations at the 2027 Screen Awards, "
        "including best drama series.",
        "Ysolde Carrow is nominated for her role as Bryony Tull, a lifeboat volunteer.",
        "Elsewhere, Channel 5’s Brineholt received four nominations, including leading actress "
        "for Tamsin Arkwell as Sister Wenna.",
        "A second season of Gannet Reach is in development, with filming pencilled in for the "
        "autumn.",
        date="2027-03-25",
        title="Screen Awards 2027: Gannet Reach leads nominations as Brineholt follows",
    )
    pairs = served_pairs(found)
    assert ("Tamsin Arkwell", "Sister Wenna") not in pairs
    assert ("Ysolde Carrow", "Bryony Tull") in pairs
