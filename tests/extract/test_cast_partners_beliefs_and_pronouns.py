"""A part after "plays opposite Y as Z" is the subject's, a casting fans only believe in is no
casting, and a pronoun's casting reads past a name the sentence before sets in a part's slot."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_the_part_after_a_scene_partner_is_the_subjects() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill, a lighthouse keeper. Jonah Weir plays "
        "opposite Marlo as Abel Finch, the salvage diver who washes up in the storm.",
        "Nadia Crowe also stars alongside Weir as Hester Lamb, the harbour master.",
    )
    assert ("Jonah Weir", "Abel Finch") in pairs(found)
    assert ("Nadia Crowe", "Hester Lamb") in pairs(found)
    assert ("Ines Marlo", "Abel Finch") not in pairs(found)
    assert ("Jonah Weir", "Hester Lamb") not in pairs(found)


def test_the_part_after_returns_opposite_is_the_subjects() -> None:
    found = facts(
        "Copper Bay adds Ines Marlo as Petra Quill.",
        "Marlowe Teague returns opposite Quenby as Wilfred Aske.",
        "Copper Bay returns with Gideon Vasquez-Rhee as Idris Pennock.",
    )
    assert ("Marlowe Teague", "Wilfred Aske") in pairs(found)
    assert ("Quenby", "Wilfred Aske") not in pairs(found)
    assert ("Gideon Vasquez-Rhee", "Idris Pennock") in pairs(found)
    assert not any(actor == "Copper Bay" for actor, _ in pairs(found))


def test_a_partner_named_by_who_plays_keeps_the_part() -> None:
    found = facts(
        "Copper Bay adds Otto Brandvik, who will star opposite Saskia Lowe, who plays his "
        "sister Wilma.",
        "The part of Rhea is played by Cleo Adair, opposite Moss Tern as Ivo, her rival.",
    )
    assert ("Saskia Lowe", "Wilma") in pairs(found)
    assert ("Otto Brandvik", "Wilma") not in pairs(found)
    assert ("Cleo Adair", "Ivo") not in pairs(found)


_BELIEVED = {
    ("Rufus Keel", "Abel Finch"),
    ("Mara Yellin", "Petra Quill"),
    ("Dov Artz", "Hester Lamb"),
    ("Bex Moran", "Ivo Tarr"),
}
"""The castings the believed-in and hearsay articles below tell; none is served."""


def _served(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    """(actor, part) of every casting served from an article of ``paragraphs``."""
    return {(c.actor, c.character) for c in facts(*paragraphs, title=title).cast if c.served}


def test_a_casting_fans_only_believe_in_is_not_served() -> None:
    assert not _BELIEVED & _served(
        "Copper Bay news roundup. The internet has decided Rufus Keel has already been cast as "
        "Abel Finch. There is no evidence for this.",
        "Some readers are convinced Mara Yellin is playing Petra Quill, and one insists Dov "
        "Artz will play Hester Lamb.",
        "Rumour has it Bex Moran will play Ivo Tarr.",
    )


def test_a_decision_to_cast_is_still_a_casting() -> None:
    found = facts("Copper Bay's producers have decided to cast Rufus Keel as Abel Finch.")
    assert ("Rufus Keel", "Abel Finch") in pairs(found)


def test_a_pronoun_reads_past_a_past_part_and_a_channel() -> None:
    found = facts(
        "Copper Bay is filming in Cornwall.",
        "Lior Castane, the Belgian actor who played Remy Vos in ITV's drama Undertow, has been "
        "cast in the Copper Bay film, Screen Daily has learned. He will play Abel Finch, a diver "
        "whose feud with Petra Quill (Ines Marlo) drives the plot. Castane, 25, read for it twice.",
        "Maud Ferrers, who portrayed Lady Anne in the BBC Four serial Gallowglass, has joined the "
        "film too. She plays Hester Lamb. Ferrers called it a gift.",
    )
    assert ("Lior Castane", "Abel Finch") in pairs(found)
    assert ("Maud Ferrers", "Hester Lamb") in pairs(found)
    assert ("Lior Castane", "Remy Vos") not in pairs(found)


def test_a_casting_the_next_sentence_calls_unproven_is_held() -> None:
    served = _served(
        "Copper Bay news. Rufus Keel has been cast as Abel Finch. There is zero proof of that, "
        "mind.",
        "Mara Yellin will play Petra Quill. That has not been confirmed by the studio.",
        "Dov Artz plays Hester Lamb. It is true that he read for it in June.",
    )
    assert ("Rufus Keel", "Abel Finch") not in served
    assert ("Mara Yellin", "Petra Quill") not in served
    assert ("Dov Artz", "Hester Lamb") in served


def test_co_starring_with_a_partner_gives_the_part_to_the_subject() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill. Jonah Weir co-stars with Marlo as Abel Finch.",
        "The sequel is cast with Nadia Crowe as Hester Lamb.",
    )
    assert ("Jonah Weir", "Abel Finch") in pairs(found)
    assert ("Ines Marlo", "Abel Finch") not in pairs(found)
    assert ("Nadia Crowe", "Hester Lamb") in pairs(found)


def test_a_casting_readers_only_think_or_guess_is_not_served() -> None:
    served = _served(
        "Copper Bay chatter. Many viewers think Rufus Keel is playing Abel Finch.",
        "Half the forum reckons Mara Yellin will play Petra Quill, and a few suspect Dov Artz "
        "plays Hester Lamb.",
    )
    assert not served & {
        ("Rufus Keel", "Abel Finch"),
        ("Mara Yellin", "Petra Quill"),
        ("Dov Artz", "Hester Lamb"),
    }


def test_an_age_descriptor_opening_the_body_is_the_one_person_just_named() -> None:
    found = facts(
        "Lior Castane was stacking shelves in Hull when he heard he had been cast in Copper Bay "
        "Forever.",
        "The 20-year-old plays Abel Finch, a diver with a grudge. He spoke to us in May.",
    )
    assert ("Lior Castane", "Abel Finch") in pairs(found)
    second = facts(
        "Copper Bay is back. Maud Ferrers, the newcomer, has been cast in the film, its makers "
        "said.",
        "The 23-year-old actress will play Hester Lamb, the harbour master.",
    )
    assert ("Maud Ferrers", "Hester Lamb") in pairs(second)


def test_an_age_descriptor_after_two_names_is_not_read() -> None:
    found = facts(
        "Copper Bay is back. Lior Castane and Maud Ferrers have been cast in the film.",
        "The 20-year-old plays Abel Finch.",
    )
    assert all(c.character != "Abel Finch" for c in found.cast if c.served)


def test_hearsay_as_the_source_or_a_belief_in_the_clause_is_not_served() -> None:
    assert not _BELIEVED & _served(
        "Copper Bay chatter. According to fan theories, Rufus Keel plays Abel Finch.",
        "Unconfirmed reports say Mara Yellin plays Petra Quill. Readers are sure Dov Artz is "
        "playing Hester Lamb.",
        "Bex Moran, who some believe has been cast as Ivo Tarr, posted a beach photo.",
    )


def test_a_named_source_still_tells_the_casting() -> None:
    found = facts("Copper Bay news. According to the studio, Rufus Keel plays Abel Finch.")
    assert ("Rufus Keel", "Abel Finch") in pairs(found)


def test_any_word_before_opposite_makes_the_name_after_a_partner() -> None:
    found = facts(
        "Copper Bay stars Ines Marlo as Petra Quill. Jonah Weir acts opposite Marlo as Abel "
        "Finch. Nadia Crowe is superb opposite Marlo as Hester Lamb.",
    )
    assert ("Jonah Weir", "Abel Finch") in pairs(found)
    assert ("Ines Marlo", "Abel Finch") not in pairs(found)
    assert ("Ines Marlo", "Hester Lamb") not in pairs(found)


def test_a_part_remembered_or_wished_for_is_no_casting() -> None:
    served = _served(
        "Copper Bay stars Ines Marlo as Petra Quill.",
        "Rufus Keel, who viewers will remember as Abel Finch, joins in an unnamed role.",
        "Mara Yellin would be perfect as Hester Lamb, one reader wrote. Dov Artz is the ideal "
        "choice to play Ivo Tarr.",
        title="Copper Bay casts Ines Marlo",
    )
    assert not served & {
        ("Rufus Keel", "Abel Finch"),
        ("Mara Yellin", "Hester Lamb"),
        ("Dov Artz", "Ivo Tarr"),
    }


def test_an_announced_would_play_is_still_a_casting() -> None:
    found = facts(
        "When the studio announced in May that Rufus Keel would play Abel Finch in Copper Bay, "
        "he was still at drama school.",
    )
    assert ("Rufus Keel", "Abel Finch") in pairs(found)
