"""A part told by its title, then its own name: "who plays the Frost Regent, Ilse Marrow." The
full name apposed after the title is the part; the title alone is never served as it."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def test_who_plays_the_title_then_the_name_casts_the_name() -> None:
    found = facts(
        "The first trailer for Moss and Cinder is here.",
        "We only hear him, but that voice belongs to Orin Castellane, who plays the Frost "
        "Regent, Ilse Marrow. Chills.",
    )
    assert ("Orin Castellane", "Ilse Marrow") in served(found)
    assert ("Orin Castellane", "Frost Regent") not in served(found)


def test_cast_as_the_title_then_the_name_casts_the_name() -> None:
    found = facts(
        "Moss and Cinder has found its villain.",
        "Joss Pell is cast as the Harbourmaster, Edwin Rusk.",
    )
    assert ("Joss Pell", "Edwin Rusk") in served(found)
    assert ("Joss Pell", "Harbourmaster") not in served(found)


def test_a_name_that_goes_on_mid_sentence_is_still_the_part() -> None:
    found = facts(
        "Moss and Cinder returns for a second series.",
        "Also back is Petra Quarle, who plays the Abbess, Maud Ashwold, in the finale.",
    )
    assert ("Petra Quarle", "Maud Ashwold") in served(found)
    assert ("Petra Quarle", "Abbess") not in served(found)
