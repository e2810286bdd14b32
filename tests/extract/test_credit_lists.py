"""Credit lists that pair a person with a work (award nominations, filmographies): a casting
credited beside another work is not this article's, and a title is never a part."""

from __future__ import annotations

from bot.facts import SERVE_LINE
from tests.extract.helpers import facts, pairs, served_pairs

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
    served = served_pairs(found)
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


def test_a_place_word_before_a_common_noun_is_no_part() -> None:
    found = facts(
        "Long ago, Ivo Brandt gave a fine turn as a lonely Shropshire sheep farmer opposite "
        "Della Marsh.",
    )
    assert pairs(found) == set()


def test_a_part_named_after_a_description_is_the_appositive_name() -> None:
    found = facts(
        "Welsh actor Owain Pryce joins the cast as Morgan’s Danish security chief, Lars Kold.",
    )
    assert pairs(found) == {("Owain Pryce", "Lars Kold")}


def test_as_before_a_pronoun_is_a_conjunction_not_a_casting() -> None:
    found = facts(
        "The teaser ends on Bex Allard, the new tutor, smiling as she hands Milo a key.",
    )
    assert pairs(found) == set()


def test_a_pair_of_past_parts_in_another_work_is_not_a_casting() -> None:
    found = facts(
        "Rosa Linden and Tomas Weir, who shone as Hattie Cole and Ben Cole respectively in "
        "Channel 5's Low Tide, are reuniting in Ferryland, a new drama.",
        "Linden has been cast as Greta Moss, a lighthouse keeper.",
    )
    assert pairs(found) == {("Rosa Linden", "Greta Moss")}


def test_a_section_headed_by_the_articles_own_work_is_its_own_again() -> None:
    found = facts(
        "Here is what to watch on television this week, from The Lantern Men to Copper Bay.",
        "TUESDAY",
        "Gardening Live: Spring Special",
        "The presenters return to the allotment.",
        "FRIDAY",
        "Copper Bay",
        "Mina Sato and Reuben Fell return as Ada and Cal for the final series.",
        title="What to Watch: Copper Bay and the Best of the Week",
    )
    assert pairs(found) == {("Mina Sato", "Ada"), ("Reuben Fell", "Cal")}


def test_a_companys_credits_are_other_works() -> None:
    found = facts(
        "Ember Street is the new comedy from Kestrel Pictures.",
        "Kestrel Pictures is based in Leeds. Its credits include the award-winning Quiet Mile "
        "(ITV, 2022), starring Jana Ruiz as Bel Ward.",
    )
    assert pairs(found) == set()
