"""An earlier run's credits told against the new director ("directs – a change from the show,
where X and Y shared directing duties") or in a clause joined by ", and" ("..., and the earlier
episodes were directed by X"): the runs' credits, not the article's work's, while the new
holder in the same sentence is still served (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Harrowmere: The Film, the big-screen end of the coastal drama, opens in May."


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_holders_of_a_contrasted_show_are_not_the_films() -> None:
    served = _served(
        "Mira Castellane, best known for Low Tide, directs – a change from the show, where"
        " Tobias Wrenfield and Ada Pelling shared directing duties."
    )
    assert ("Mira Castellane", "director") in served
    assert not {name for name, _ in served} & {"Tobias Wrenfield", "Ada Pelling"}


def test_earlier_episodes_credited_after_a_joined_clause_are_the_runs() -> None:
    served = _served(
        "The first series was shot largely along the estuary, and the earlier episodes were"
        " directed by Tobias Wrenfield.",
        "This time the director is Mira Castellane.",
    )
    assert ("Tobias Wrenfield", "director") not in served


def test_a_joined_clause_crediting_the_film_itself_stays_served() -> None:
    served = _served(
        "The cast gathered in Whitby last week, and the film was directed by Tobias Wrenfield."
    )
    assert ("Tobias Wrenfield", "director") in served
