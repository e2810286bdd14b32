"""A leaver's part "in Season 1" (or "in the first series") is this production's own earlier
season, not another work, when the sentence says the actor left; a season of a named work, or
no leaving, changes nothing."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_leaver_who_played_the_part_in_season_one_and_the_new_actor() -> None:
    found = facts(
        "The period drama Copper Row is shaking things up before its return.",
        "Idris Penhallow, who played hot-headed foreman Silas Greave in Season 1, has left the "
        "show, with Tobiah Ferrante taking over the role, the studio confirmed.",
        title="Copper Row recasts Silas Greave",
    )
    assert ("Idris Penhallow", "Silas Greave") in served_pairs(found)
    assert ("Tobiah Ferrante", "Silas Greave") in served_pairs(found)
    former = {c.actor for c in found.cast if c.status.value == "former"}
    assert "Idris Penhallow" in former


def test_a_leaver_who_played_the_part_in_the_first_series() -> None:
    found = facts(
        "Marguerite Solberg, who played the vicar's daughter Honor Pym in the first series, "
        "has stepped down from the role.",
        title="Larkfield Vale series two: cast changes",
    )
    assert ("Marguerite Solberg", "Honor Pym") in served_pairs(found)


def test_a_season_of_a_named_work_stays_elsewhere() -> None:
    found = facts(
        "Idris Penhallow, who played Silas Greave in Season 1 of Brightwater, has left the "
        "agency that represented him.",
        title="Copper Row adds Idris Penhallow",
    )
    assert ("Idris Penhallow", "Silas Greave") not in pairs(found)
