"""Facts of another production named in passing, and a broadcaster read as an actor (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import ArticleFacts, CrewRole, ReleaseKind
from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Tamsin Velk and Idris Palk lead the cast of Quillsey Road"


def _page(*paragraphs: str) -> ArticleFacts:
    """A casting page about Quillsey Road, then the paragraphs under test."""
    return facts(
        "Tamsin Velk and Idris Palk will star in Quillsey Road, a six-part drama for BBC One.",
        "Velk will play Odile Santry and Palk plays Marek Fane.",
        *paragraphs,
        title=_TITLE,
    )


def _crew(found: ArticleFacts) -> set[tuple[str, CrewRole]]:
    return {(c.name, c.role) for c in found.crew}


def test_a_broadcasters_possessive_is_no_actor() -> None:
    found = _page("Velk and Palk are also executive producers alongside BBC Drama’s Tobin Sarvel.")
    assert not any("Drama" in actor for actor, _ in pairs(found))
    assert ("Tamsin Velk", "Odile Santry") in served_pairs(found)


def test_a_work_told_by_its_kind_then_with_its_cast() -> None:
    found = facts(
        "Quillsey Road arrives on BBC One this Sunday. Here is how to watch it.",
        "Who is in it?",
        "Tamsin Velk returns as Odile Santry and Idris Palk as Marek Fane.",
        "If you want something in the same vein afterwards, Tin Lid (Netflix) and the Channel 4 "
        "drama It's a Saltreach, with Wexley Dorne as Ferris Obel, are both streaming.",
        title="Where to watch Quillsey Road: release time and how to stream it",
        date="2026-04-15",
    )
    assert ("Wexley Dorne", "Ferris Obel") not in pairs(found)
    assert ("Idris Palk", "Marek Fane") in served_pairs(found)


def test_its_star_after_a_sentence_on_another_work() -> None:
    found = _page(
        "Elsewhere on Sunday, Lorne Abery’s Kerry thriller Dunmarrow played to a smaller room. "
        "Its star Brisa Calloway, who plays harbour pilot Juno Ashdale, said little."
    )
    assert ("Brisa Calloway", "Juno Ashdale") not in pairs(found)


def test_a_director_in_a_passive_clause_on_another_work() -> None:
    found = _page(
        "Fans will know Palk from ITV's Dunmarrow, which was directed by Rowan Tesk.",
        "Quillsey Road is directed by Calder Finch.",
    )
    assert ("Rowan Tesk", CrewRole.DIRECTOR) not in _crew(found)
    assert ("Calder Finch", CrewRole.DIRECTOR) in _crew(found)


def test_another_title_that_stars_its_players_and_was_created_by() -> None:
    found = _page(
        "Saltreach stars Wexley Dorne as Ferris and was created by Nessa Brightwater; it returns "
        "in May."
    )
    assert ("Nessa Brightwater", CrewRole.CREATOR) not in _crew(found)


def test_the_makers_of_the_work_ours_is_confused_with() -> None:
    found = _page(
        "Some viewers confused it with Quillsey, the 2024 Sky series adapted from Lorne Abery’s "
        "novel by Nessa Brightwater, now known online as the other one."
    )
    crew = _crew(found)
    assert ("Nessa Brightwater", CrewRole.WRITER) not in crew
    assert ("Lorne Abery", CrewRole.AUTHOR) not in crew


def test_fans_making_edits_are_no_editor() -> None:
    found = _page("Fans are already making edits.", "Editor Pim Oduya cut the trailer.")
    assert not any(role is CrewRole.EDITOR and name == "Fans" for name, role in _crew(found))


def test_a_musicals_or_a_marathons_subtitle_is_no_title() -> None:
    found = _page(
        "Palk played young Marek in Saltreach: The Musical at the Lyric.",
        "Read more: our review of Saltreach: The Musical.",
        "A cinema is also hosting a Quillsey Road: The Box-Set Marathon on Saturday.",
    )
    titles = {f.title for f in found.release if f.kind is ReleaseKind.TITLE and f.served}
    assert "Saltreach: The Musical" not in titles
    assert "Quillsey Road: The Box-Set Marathon" not in titles


def test_a_work_in_brackets_after_the_actor_then_the_part() -> None:
    found = _page("Velk (Dry Tidings) plays Queen Odile of the drowned city of Ardmere.")
    assert ("Tamsin Velk", "Dry") not in served_pairs(found)


def test_a_passive_clause_on_a_subtitled_title_keeps_its_credit() -> None:
    found = facts(
        "From stage roles to the end of Quillsey Road, Idris Palk has spent half his life acting.",
        "He is careful about the ending of Quillsey Road: Always, which was directed by Calder "
        "Finch.",
        title="Idris Palk: “I don’t want to be the boy from anything”",
    )
    assert ("Calder Finch", CrewRole.DIRECTOR) in _crew(found)
