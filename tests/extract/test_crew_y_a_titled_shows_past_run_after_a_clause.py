"""A film article that looks back at the show it ends by its title ("Gullwick, adapted by A from
her own novels, began in 2019 and aired for four seasons") gives the show's writer, not the
film's, even when the run follows another clause and the film is only "a Sky film"; the books
stay hers, and a credit told of the film itself still stands (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "Pia Lorne: from a village panto to the last night of Gullwick"
_LEDE = "Pia Lorne was nineteen when she first walked on to the Gullwick set."


def _credits(*paragraphs: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, *paragraphs, date="2026-05-02", title=_TITLE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_the_shows_past_run_gives_no_writer_of_the_film() -> None:
    for run in (
        "began on Sky in 2019 and aired for four seasons",
        "premiered in March 2020 and ran for three series",
    ):
        found = _credits(
            f"Gullwick, adapted by Mara Vale from her own novels, {run}.",
            "It closes with Gullwick: Homecoming, a Sky film out on 3 June.",
        )
        assert ("Mara Vale", CrewRole.WRITER) not in found, run
        assert ("Mara Vale", CrewRole.AUTHOR) in found, run


def test_the_films_own_adapter_is_still_its_writer() -> None:
    found = _credits(
        "Gullwick: Homecoming, adapted by Mara Vale from her own novels, is a Sky film out on"
        " 3 June.",
    )
    assert ("Mara Vale", CrewRole.WRITER) in found
