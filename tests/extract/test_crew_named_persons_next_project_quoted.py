"""A profile tells its subject's next project by name and with a quoted title: "Grelby’s next
project is a feature, “T”, for director X" and "Grelby's next job, the thriller 'T', is for
director Y" name that work's director, not the article's (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts

_TITLE = "Anders Grelby on lighting Thessaly Moor"
_LEDE = "Cinematographer Anders Grelby shot Thessaly Moor, directed by Sorrel Dane, on 35mm."


@pytest.mark.parametrize(
    "sentence",
    [
        "After that he is off to Canada: Grelby’s next project is “Marrow Sands”, a ghost story "
        "for the director Kelda Moss.",
        "Grelby's next job, the comedy 'Marrow Sands', is under director Kelda Moss.",
        "Anders Grelby’s next film, “Marrow Sands”, is with director Kelda Moss, he tells me.",
        "Grelby’s next feature is a road movie, “Marrow Sands”, from director Kelda Moss.",
    ],
)
def test_a_named_persons_next_project_with_a_quoted_title_credits_no_director(
    sentence: str,
) -> None:
    found = facts(_LEDE, sentence, title=_TITLE)
    assert ("director", "Kelda Moss") not in credits(found), sentence
    assert ("director", "Sorrel Dane") in credits(found), sentence


def test_a_next_project_that_is_our_work_keeps_its_director() -> None:
    found = facts(
        "Anders Grelby is the cinematographer to watch.",
        "Grelby’s next project is “Thessaly Moor”, for director Sorrel Dane.",
        title="Thessaly Moor: Anders Grelby to shoot Sorrel Dane's drama",
    )
    assert ("director", "Sorrel Dane") in credits(found)
