"""A box-office report about a new entry names the work at the top in a paragraph of its own
("At the top, Tin Lid added £2m. ... sequel again stars X as Y"): that work's cast and crew,
not the article's; when the headline's work is the one at the top, its cast stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs


def test_the_top_entry_of_another_work_is_not_served() -> None:
    found = facts(
        "Fenmoor took £1.1m from 300 sites after opening on Friday.",
        "Fenmoor stars Ada Vale as Mira Holt.",
        "At the top, Iron Gale 3 added £2m for a ten-day total of £6m. Director Piet Marsh’s"
        " sequel again stars Rob Tanner as Major Cal Stone.",
        "Next weekend sees the release of a comedy.",
        title="UK box office: Fenmoor opens strongly as Iron Gale holds on",
    )
    assert ("Rob Tanner", "Major Cal Stone") not in served_pairs(found)
    assert ("director", "Piet Marsh") not in served_credits(found)
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)


def test_the_headlines_work_at_the_top_keeps_its_cast() -> None:
    found = facts(
        "Fenmoor took £2.1m from 300 sites after opening on Friday.",
        "At the top, Fenmoor added £2m in its first weekend. The thriller stars Ada Vale as Mira"
        " Holt.",
        title="UK box office: Fenmoor storms to No 1",
    )
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
