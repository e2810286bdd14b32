"""Parts not held in the article's work now: a stage run ("a run as Medea at the Corn
Exchange") is a theatre's part, and "Originally, X was to play Y; he left the production" is a
part lost before filming (former); a run told without a venue and a plan kept stay (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs, served_pairs

_TITLE = "The Salt Year adds three to its cast"


def test_a_stage_run_at_a_venue_is_no_part() -> None:
    found = facts(
        "Ilse Varga plays Rosalind Pike, a ferry captain, in The Salt Year.",
        "Varga has just finished a run as Medea at the Corn Exchange.",
        title=_TITLE,
    )
    assert ("Ilse Varga", "Medea") not in pairs(found)
    assert ("Ilse Varga", "Rosalind Pike") in served_pairs(found)


def test_a_plan_given_up_before_filming_is_former() -> None:
    found = facts(
        "Cormac Leyden plays Mick Dunlea in The Salt Year.",
        "Originally, Aled Prys was to play Mick; he left the production in May, and Leyden"
        " stepped in.",
        title=_TITLE,
    )
    assert ("Aled Prys", "Mick Dunlea") not in served_pairs(found) or (
        "Aled Prys",
        "Mick Dunlea",
    ) in former_pairs(found)
    assert ("Cormac Leyden", "Mick Dunlea") in served_pairs(found)
