"""A correction notice that names the piece by its kind ("An earlier version of this brief said
that X would play P", "... of this feature stated", "... of this newsletter item said"): the
withdrawn casting is not served, and the notice's truth is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_earlier_version_of_this_brief_or_feature() -> None:
    for kind in ("brief", "feature", "news item", "interview", "profile", "review", "explainer"):
        found = facts(
            "Ada Pell joins Pennick Quay as Bea Lund, and Oren Vale plays Mr Kwan.",
            "Filming begins in Margate next month.",
            f"Correction: An earlier version of this {kind} said that Oren Vale would play "
            "Bea Lund. We apologise for the error.",
            title="Pennick Quay casts two",
        )
        served = served_pairs(found)
        assert ("Oren Vale", "Bea Lund") not in served, kind
        assert ("Ada Pell", "Bea Lund") in served, kind
