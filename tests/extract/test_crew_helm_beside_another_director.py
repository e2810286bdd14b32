""" "At the helm" beside someone else's directing: "X is back at the helm, while Y will direct"
puts X in charge of the show (its creator or writer), and Y is the director; X is no director
there. "X is at the helm" alone stays X's directing credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Saltmarsh Inn renewed for a second series"
_LEDE = "Saltmarsh Inn is coming back for a second series next year."


def test_at_the_helm_while_another_directs_is_no_director() -> None:
    found = facts(
        _LEDE,
        "Creator Petra Vollmann, who writes every episode, is back at the helm, while Ansel "
        "Brookfield will direct.",
        title=_TITLE,
    )
    assert ("director", "Petra Vollmann") not in credits(found)
    assert ("director", "Ansel Brookfield") in credits(found)


def test_at_the_helm_with_another_directing_is_no_director() -> None:
    found = facts(
        _LEDE,
        "Showrunner Dafydd Orrin remains at the helm, with Mireille Castagnet directing all six "
        "episodes.",
        title=_TITLE,
    )
    assert ("director", "Dafydd Orrin") not in credits(found)


def test_at_the_helm_and_another_director_named_is_no_director() -> None:
    found = facts(
        _LEDE,
        "Writer Oona Threlfall is at the helm again, and Kasimir Lund has signed on to direct.",
        title=_TITLE,
    )
    assert ("director", "Oona Threlfall") not in credits(found)


def test_at_the_helm_alone_stays_the_directors() -> None:
    found = facts(
        _LEDE, "Ingrid Solberg-Amato is back at the helm for the new series.", title=_TITLE
    )
    assert ("director", "Ingrid Solberg-Amato") in credits(found)
