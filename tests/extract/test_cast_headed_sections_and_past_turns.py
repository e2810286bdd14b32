"""Castings under a heading naming another work, in a clause on another work, or told as a
career's past turn; and a playbill line led by "with" (invented text throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "This week's casting news: Copper Bay adds a new face, plus two more shows."


def test_a_bare_heading_naming_another_work_opens_its_section() -> None:
    found = facts(
        _LEDE,
        "Copper Bay",
        "Copper Bay has cast Ines Marlow as Dr Petra Quill, the harbour vet, for its finale.",
        "Salt Harbour",
        "ITV’s Salt Harbour starts filming next week. Oskar Brandt plays Felix Dorn, a trawler "
        "captain, with Lena Voss as his daughter Rike.",
        "The Glass Orchard",
        "Filming on the period drama The Glass Orchard ended on Friday. Mira Kahn plays Agathe, "
        "a gardener's widow.",
        title="Copper Bay casts its vet – TV casting round-up",
    )
    assert pairs(found) == {("Ines Marlow", "Dr Petra Quill")}


def test_a_numbered_heading_with_a_label_naming_another_work() -> None:
    found = facts(
        _LEDE,
        "1. COPPER BAY FINDS ITS VET",
        "The Copper Bay film has cast Ines Marlow as Dr Petra Quill, the harbour vet, in a "
        "small but pivotal part.",
        "2. WATCH THIS: NIGHT FERRY (Channel 5)",
        "This gentle four-parter is a treat, and Oskar Brandt plays Felix Dorn, a trawler "
        "captain on his last season.",
        "3. FROM THE MAILBAG",
        "A reader asked about Tam. Good news: the studio confirmed Ravi Holm is back as Tam.",
        title="Copper Bay finds its vet, plus a ferry drama to stream",
    )
    assert pairs(found) == {("Ines Marlow", "Dr Petra Quill"), ("Ravi Holm", "Tam")}


def test_headings_that_name_people_are_no_other_work() -> None:
    found = facts(
        "The Copper Bay cast said goodbye online this weekend, with plenty of photo dumps.",
        "Ines Marlow",
        "Marlow, who plays Petra Quill, shared a carousel from the last day of the Copper Bay "
        "shoot.",
        "Oskar Brandt",
        "Mr Dorn himself, Oskar Brandt, posted a sketch he drew between takes on the set.",
        title="Copper Bay cast share goodbye posts",
    )
    assert ("Ines Marlow", "Petra Quill") in pairs(found)


def test_a_clause_on_another_work_that_casts_it() -> None:
    for sentence in (
        "Ines Marlow lost out to Greta Lind for Harbour of Lies, in which Lind plays a "
        "widowed pilot, Ada Storm.",
        "The prize went to Greta Lind for Northern Wake, where Lind plays a ferry pilot, "
        "Ada Storm.",
    ):
        found = facts("Copper Bay won the single drama prize at the awards.", sentence)
        assert ("Greta Lind", "Ada Storm") not in pairs(found), sentence


def test_a_career_turn_in_another_work_is_no_casting() -> None:
    for sentence in (
        "Lind, a regular on Danish television, broke through as the detective Ada Storm in "
        "Harbour of Lies.",
        "Lind, 31, shot to fame as the pilot Ada Storm in Northern Wake.",
    ):
        found = facts(
            "Copper Bay has added Greta Lind to its cast as Dr Petra Quill.",
            sentence,
            title="Copper Bay adds Greta Lind",
        )
        assert ("Greta Lind", "Ada Storm") not in pairs(found), sentence
        assert ("Greta Lind", "Dr Petra Quill") in pairs(found), sentence


def test_a_list_line_led_by_with_keeps_the_lists_order() -> None:
    for lead in ("with", "and"):
        found = facts(
            "The studio today announced the premiere of Copper Bay.",
            "STARRING",
            "Ines Marlow (Petra Quill)\nOskar Brandt (Felix Dorn)\nLena Voss (Rike)\n"
            f"{lead} Greta Lind (Ada Storm)",
        )
        assert ("Greta Lind", "Ada Storm") in pairs(found), lead
        assert ("Ines Marlow", "Petra Quill") in pairs(found), lead


def test_a_past_turn_in_a_named_work_told_without_a_casting_verb() -> None:
    for sentence in (
        "Lind is best known as Ada Storm in Northern Wake.",
        "Lind is best known as Ada Storm on the comedy Northern Wake.",
        "Lind earned rave reviews as the pilot Ada Storm in Northern Wake.",
        "Lind was nominated last year for her turn as Ada Storm in “Harbour of Lies”.",
    ):
        found = facts(
            "Copper Bay has added Greta Lind to its cast as Dr Petra Quill.",
            sentence,
            title="Copper Bay adds Greta Lind",
        )
        assert ("Greta Lind", "Ada Storm") not in pairs(found), sentence


def test_a_part_in_the_articles_own_work_stays() -> None:
    for sentence in (
        "Greta Lind will play Ada Storm in Copper Bay.",
        "Greta Lind joins as Ada Storm in Copper Bay, the BBC drama.",
    ):
        found = facts("Casting news for the BBC drama.", sentence, title="Copper Bay casts Lind")
        assert ("Greta Lind", "Ada Storm") in pairs(found), sentence


def test_a_list_line_led_by_introducing_keeps_the_lists_order() -> None:
    found = facts(
        "The studio today announced the premiere of Copper Bay.",
        "CAST",
        "Ines Marlow (Petra Quill)\nOskar Brandt (Felix Dorn)\n"
        "and introducing Greta Lind (Ada Storm)",
    )
    assert ("Greta Lind", "Ada Storm") in pairs(found)


def test_marked_up_headings_naming_another_work() -> None:
    for mine, theirs in (
        ("## Copper Bay", "## Salt Harbour"),
        ("**Copper Bay**", "**Salt Harbour**"),
        ("## Copper Bay", "## Stream this: Salt Harbour (ITVX)"),
    ):
        found = facts(
            _LEDE,
            mine,
            "Copper Bay has cast Ines Marlow as Dr Petra Quill, the harbour vet, for its finale.",
            theirs,
            "ITV’s Salt Harbour is a treat, and Oskar Brandt plays Felix Dorn, a trawler captain.",
            title="Copper Bay casts its vet – TV casting round-up",
        )
        assert pairs(found) == {("Ines Marlow", "Dr Petra Quill")}, theirs


def test_a_casting_after_a_sentence_about_another_work_in_its_paragraph() -> None:
    for paragraph in (
        "Elsewhere, the ITV drama Salt Harbour wrapped in Whitby. Oskar Brandt plays Felix "
        "Dorn, a trawler captain.",
        "Sky’s detective drama Salt Harbour returns in May. Oskar Brandt stars as DI Felix Dorn.",
    ):
        found = facts(
            "Copper Bay has cast Ines Marlow as Dr Petra Quill, the harbour vet.",
            paragraph,
            title="Copper Bay casts its vet",
        )
        assert pairs(found) == {("Ines Marlow", "Dr Petra Quill")}, paragraph


def test_a_sentence_turning_to_another_work_only_at_its_end_carries_nothing() -> None:
    found = facts(
        "Copper Bay has cast Ines Marlow as Dr Petra Quill, the harbour vet.",
        "Joining her in the film is Oskar Brandt, familiar to viewers from the drama Salt "
        "Harbour. Brandt will play Felix Dorn, a trawler captain.",
        title="Copper Bay casts its vet",
    )
    assert ("Oskar Brandt", "Felix Dorn") in pairs(found)
