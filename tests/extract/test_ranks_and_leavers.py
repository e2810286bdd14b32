"""A police rank marks a part in a bracketed list, and a lead-in saying someone is not back
makes the casting it introduces a former one."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def statuses(found: ArticleFacts) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in found.cast if c.served}


def test_a_rank_settles_a_bulleted_list_of_parts_and_actors() -> None:
    found = facts(
        "The second series of Black Tarn is filming in Cumbria.",
        "Here's who is back:",
        "- DI Maura Keld (Yvette Arnholt)\n- Sean Keld (Tobiah Marsh-Pryce)\n"
        "- DCI Lorcan Abbott (Femi Adewale)",
    )
    assert set(statuses(found)) == {
        ("Yvette Arnholt", "DI Maura Keld"),
        ("Tobiah Marsh-Pryce", "Sean Keld"),
        ("Femi Adewale", "DCI Lorcan Abbott"),
    }


def test_a_sergeant_or_inspector_in_prose_is_the_part() -> None:
    found = facts(
        "The new drama follows Inspector Hal Brenner (Odile Varga), newly posted to Hull.",
    )
    assert set(statuses(found)) == {("Odile Varga", "Inspector Hal Brenner")}


def test_a_lead_in_saying_someone_is_not_back_makes_them_former() -> None:
    found = facts(
        "Season three of Bramble Court starts filming next week.",
        "One familiar face won't be returning: Piers Elland, who played the butler Amos "
        "Crane, said on Instagram that he was sad to go.",
    )
    assert statuses(found) == {("Piers Elland", "Amos Crane"): CastStatus.FORMER}
    found = facts(
        "Season three of Bramble Court starts filming next week.",
        "Not coming back for the new run: Delphine Osei, who plays Nell Garrow, is touring "
        "with the National Theatre.",
    )
    assert statuses(found) == {("Delphine Osei", "Nell Garrow"): CastStatus.FORMER}


def test_a_lead_in_about_someone_else_leaves_the_casting_current() -> None:
    found = facts(
        "Season three of Bramble Court starts filming next week.",
        "The big news: Delphine Osei, who plays Nell Garrow, is back for every episode.",
    )
    assert statuses(found) == {("Delphine Osei", "Nell Garrow"): CastStatus.CURRENT}
