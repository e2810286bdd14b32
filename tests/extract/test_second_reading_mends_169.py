"""Second reading of stop 169: ordinary sentences the round's new rules misread."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Dray Harbour: Orla Fenwick leads BBC's new coastal thriller"
_LEDE = "Dray Harbour, the BBC's new six-part thriller, starts filming in Cornwall next month."


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text[:12], q.speaker) for q in facts(_LEDE, *paragraphs, title=_TITLE).quotes]


def test_a_run_keeps_a_part_that_shares_a_word_with_an_office_or_a_faith() -> None:
    found = facts(
        _LEDE,
        "In the drama, Orla Fenwick is Tavish, Bram Tully is Christian and Pip Calder is Zeph.",
        title=_TITLE,
    )
    assert {("Bram Tully", "Christian"), ("Orla Fenwick", "Tavish")} <= pairs(found)
    found = facts(_LEDE, "Orla Fenwick is Tavish and Bram Tully is Dean Holt.", title=_TITLE)
    assert {("Bram Tully", "Dean Holt"), ("Orla Fenwick", "Tavish")} <= pairs(found)


def test_a_director_talking_about_a_character_keeps_the_quote() -> None:
    said = _quotes(
        "Talking about Tavish, Orla Fenwick’s character, director Bram Tully said: "
        "“She is a mess, and I love her.”"
    )
    assert ("She is a mes", "Bram Tully") in said


def test_a_critic_fragment_ending_by_a_name_is_no_credit() -> None:
    said = _quotes("Critic Bram Tully called the pilot “a tender hour anchored by Orla Fenwick”.")
    assert ("a tender hou", "Bram Tully") in said


def test_a_colon_owner_who_is_the_speaker_found_keeps_the_words() -> None:
    said = _quotes(
        "On Instagram, Orla Fenwick wrote to fans, and Orla Fenwick’s words were simple: "
        "“Thank you.”"
    )
    assert ("Thank you.", "Orla Fenwick") in said


def test_a_stranger_in_a_while_clause_leaves_the_pronoun_to_the_subject() -> None:
    said = _quotes(
        "Orla Fenwick orders toast while a waiter brings us coffee. “I love this place,” she says."
    )
    assert ("I love this ", "Orla Fenwick") in said


def test_a_nationality_before_star_is_no_show() -> None:
    found = facts(
        _LEDE,
        "Meanwhile, Welsh star Orla Fenwick, who plays Tavish, said she was thrilled to be back.",
        title=_TITLE,
    )
    assert ("Orla Fenwick", "Tavish") in served_pairs(found)


def test_kin_at_an_event_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Orla Fenwick arrived at the launch as Wrenna's wife.",
        "Pip Calder attended the screening as Wrenna's mum.",
        title=_TITLE,
    )
    assert not served_pairs(found)


def test_a_documentary_maker_is_no_companion_special() -> None:
    found = facts(
        _LEDE,
        "Orla Fenwick, a documentary maker by training, wrapped her last job just before the "
        "release of the film Harrow Glass ahead of the shoot.",
        title=_TITLE,
    )
    assert "Harrow Glass" not in {r.title for r in found.release}


def test_a_named_outlet_reporting_is_no_hedge() -> None:
    found = facts(_LEDE, "Deadline reports that filming began in Cornwall on 2 June.", title=_TITLE)
    assert not any(r.hedged for r in found.release if r.date is not None)
