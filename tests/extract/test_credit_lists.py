"""Credit lists that pair a person with a work (award nominations, filmographies): a casting
credited beside another work is not this article's, and a title is never a part."""

from __future__ import annotations

from bot.facts import SERVE_LINE
from tests.extract.helpers import facts, pairs

_NOMINATIONS = (
    "The Harbour Lights movie leads the Copperfield Prizes with nine nominations.",
    "Best Picture",
    "Harbour Lights (Paramount)",
    "Grey Orchard (Mubi)",
    "Best Direction",
    "Priya Anand – Harbour Lights",
    "Osman Keller – Grey Orchard",
    "Best Actor",
    "Tilde Maro as June Ashby – Harbour Lights",
    "Rafe Okonjo as Perrin Lake – Grey Orchard",
    "Leda Swift as Cass – The Long Quiet",
    "Best Newcomer",
    "Noor Halloran (Betsy Ashby, Harbour Lights)",
    "Elio Brandt (Tam Rook, Grey Orchard)",
    "Best Score",
    "Wim Sato – Harbour Lights",
    "Hana Roe – Grey Orchard",
)


def test_nominee_castings_count_only_for_the_articles_own_work() -> None:
    found = facts(*_NOMINATIONS, date="2026-02-01")
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert served == {("Tilde Maro", "June Ashby"), ("Noor Halloran", "Betsy Ashby")}


def test_a_work_the_article_never_names_again_holds_its_casting() -> None:
    found = facts(*_NOMINATIONS, date="2026-02-01")
    held = [c for c in found.cast if c.confidence < SERVE_LINE]
    assert [(c.actor, c.character) for c in held] == [("Leda Swift", "Cass")]
    assert held[0].doubt


def test_a_plain_cast_list_with_dashes_still_casts() -> None:
    found = facts(
        "The full cast of the new series was announced on Monday.",
        "Mira Castel – Ada Reyes",
        "Jon Pell – Tobias Reyes",
    )
    assert pairs(found) == {("Mira Castel", "Ada Reyes"), ("Jon Pell", "Tobias Reyes")}


def test_title_case_headline_words_are_not_a_persons_name() -> None:
    found = facts(
        "Netflix revealed the first images of the sequel on Tuesday.",
        "Sequel directed by Ines Marlow (Glass Bay) picks up with Rory (Dane Whitcombe) at sea.",
        title="Glass Harbour 2: First Look and the New Recruits Meeting Rory and Jem",
    )
    assert pairs(found) == {("Dane Whitcombe", "Rory")}
