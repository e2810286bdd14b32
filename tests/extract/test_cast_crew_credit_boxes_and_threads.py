"""A review's credit box ("Dir: X. Cast: ..."), labels after a slash on one credits line, a
fan thread's "CAST" section under a page that also links a round-up, and a reviewer's pair of
possessive parts before "are", and one whose verb closes its clause after an adverb (invented
text), a who's-who run of "is" items closed by "and X plays Y", and "X's Tom, deadpan as ever,"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_pairs


def test_a_credit_boxs_dir_label_credits_the_director() -> None:
    found = served_crew(
        "Tin Acre review – a quiet, sure-footed farewell",
        "Dir: Ada Vale. Cast: Kai Lund, Mira Holt. 12A, 118 mins.",
    )
    assert ("director", "Ada Vale") in found


def test_a_dir_word_in_prose_credits_no_one() -> None:
    for text in (
        "The dir Ada Vale chose was a bold one.",
        "The dir Ada Vale chose, as the box's Dir: line says, was a bold one.",  # the cue open
    ):
        assert ("director", "Ada Vale") not in served_crew("Tin Acre opens on Friday.", text)


_THREAD = (
    "Tin Acre is out now. Discuss the film here.",
    "THE BASICS",
    "Title: Tin Acre",
    "Runtime: 1h 50m",
    "CAST",
    "Kai Lund - Tom Reddle",
    "Mira Holt - Ada Pryce",
    "RULES",
    "1. Use spoiler tags.",
    "USEFUL LINKS",
    "Our review roundup thread | The premiere photo thread",
    "TOP COMMENTS",
    "Kai Lund was so funny, and Mira Holt said about four words and I had to pause it.",
)


def test_a_threads_cast_section_is_the_works_own() -> None:
    found = facts(*_THREAD, title="[MEGATHREAD] Tin Acre - Release Day Discussion")
    assert {("Kai Lund", "Tom Reddle"), ("Mira Holt", "Ada Pryce")} <= served_pairs(found)


def test_a_listings_other_heading_stays_held() -> None:
    thread = [line if line != "CAST" else "NEW SEASONS" for line in _THREAD]
    found = facts(*thread, title="[MEGATHREAD] Tin Acre - Release Day Discussion")
    assert not {("Kai Lund", "Tom Reddle"), ("Mira Holt", "Ada Pryce")} & served_pairs(found)


def test_a_pair_of_possessive_parts_before_are() -> None:
    found = facts(
        "Tin Acre review – a quiet, sure-footed farewell",
        "Kai Lund’s Tom and Mira Holt’s Nell are reduced to a handful of scenes.",
    )
    assert {("Kai Lund", "Tom"), ("Mira Holt", "Nell")} <= served_pairs(found)


def test_a_companys_person_before_are_is_no_part() -> None:
    found = facts(
        "Tin Acre begins filming in May.",
        "Jo Reyes produces for Saltmarsh Lane Pictures.",
        "Kai Lund and Saltmarsh Lane’s Nell Abbot are executive producers.",
    )
    assert ("Saltmarsh Lane", "Nell Abbot") not in served_pairs(found)


def test_labels_after_a_slash_on_a_credits_line() -> None:
    found = served_crew(
        "Tin Acre opens on Friday.",
        "- Cinematography: Ines Vale / Music: Tom Price / Editor: Hal Oyel",
    )
    assert {("composer", "Tom Price"), ("editor", "Hal Oyel")} <= found


def test_a_bylines_bar_label_credits_no_one() -> None:
    found = served_crew(
        "Kadr – English Edition | Culture | 5 March | Author: Ola Wixley",
        "Tin Acre opens on Friday.",
    )
    assert ("author", "Ola Wixley") not in found


def test_a_possessive_part_whose_verb_closes_the_clause() -> None:
    found = facts(
        "Tin Acre’s trailer is out.",
        "Some fans pointed out that Kai Lund’s Tom barely appears, prompting speculation.",
    )
    assert ("Kai Lund", "Tom") in served_pairs(found)


def test_a_possessive_work_that_finally_premieres_is_no_part() -> None:
    found = facts("Tin Acre’s trailer is out.", "Ada Vale’s Lumen finally premieres.")
    assert ("Ada Vale", "Lumen") not in served_pairs(found)


def test_a_whos_who_run_of_is_items_closed_by_plays() -> None:
    found = facts(
        "Tin Acre is out today.",
        "Kai Lund is Tom, Ada Vane is Elle, Will Gale is Tao and Olivia Cole plays Sadie Nolte.",
    )
    assert {("Kai Lund", "Tom"), ("Ada Vane", "Elle"), ("Will Gale", "Tao")} <= served_pairs(found)


def test_a_lone_is_clause_is_no_casting() -> None:
    # Beside a "plays" clause an "is" clause is one more casting of the roll
    # (test_cast_an_is_clause_beside_a_plays_clause); alone it may say anything of the name.
    found = facts("Tin Acre is out today.", "Kai Lund is Tom, and the film is out today.")
    assert ("Kai Lund", "Tom") not in served_pairs(found)


def test_a_possessive_part_described_as_ever() -> None:
    found = facts(
        "Tin Acre review – a tender farewell", "Kai Lund’s Tom, deadpan as ever, steals it."
    )
    assert ("Kai Lund", "Tom") in served_pairs(found)


def test_a_possessive_work_that_opens_as_ever_is_no_part() -> None:
    found = facts(
        "Tin Acre review – a tender farewell", "Ada Vale’s Lumen, popular as ever, opens."
    )
    assert ("Ada Vale", "Lumen") not in served_pairs(found)
