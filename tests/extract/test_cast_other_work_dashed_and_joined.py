"""A pick of another work glossed after a dash ("Tin Lane (Netflix, 2019-2022) – the Danish
drama starring X as Y and Z as W"): every casting joined in that clause is the other work's,
while the article's own work told the same way keeps its cast (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "What to watch this weekend: Gullhaven"
_LEDE = "Gullhaven, the final film of the harbour drama, arrives on the streamer on Friday."


def test_castings_joined_in_a_dashed_pick_are_the_other_works() -> None:
    found = facts(
        _LEDE,
        "If you liked it, try these:",
        "Tin Lane (Netflix, 2019-2022) – the Danish drama starring Mads Korsholm as Prince Erik"
        " and Jonas Brekke as Tobias, which ended its own romance last year.",
        title=_TITLE,
    )
    assert not served_pairs(found) & {("Mads Korsholm", "Prince Erik"), ("Jonas Brekke", "Tobias")}


def test_the_articles_own_work_told_the_same_way_keeps_its_cast() -> None:
    found = facts(
        _LEDE,
        "Gullhaven (Netflix, 2026) – the Danish drama starring Mads Korsholm as Prince Erik and"
        " Jonas Brekke as Tobias – closes the story.",
        title=_TITLE,
    )
    assert {("Mads Korsholm", "Prince Erik"), ("Jonas Brekke", "Tobias")} <= served_pairs(found)
