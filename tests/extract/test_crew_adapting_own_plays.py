"""A screenwriter adapting their own play is the film's writer, and the source's author only
when the article names them a playwright (the author credit is the book's), on invented
sentences in several outlets' phrasings."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_screenwriter_adapting_their_own_play_is_no_author() -> None:
    for sentence in (
        "The script is by Orla Tenby, adapted from her own 2017 stage play, which toured Wales.",
        "The screenplay is by Brann Keswick, adapting his own radio play, and the cast is small.",
        "Writer Ilse Varga, who adapted her own play of the same name, joins the set today.",
    ):
        found = credits(facts("The drama began shooting in Cardiff.", sentence))
        assert not {role for role, _ in found} & {"author"}, sentence


def test_a_playwright_adapting_their_own_play_is_its_author() -> None:
    found = facts(
        "The drama began shooting in Cardiff.",
        "The screenplay is by Cardiff playwright Orla Tenby, adapting her own 2017 stage play.",
    )
    assert ("author", "Orla Tenby") in credits(found)
    found = facts(
        "The drama began shooting in Cardiff.",
        "It was adapted by the playwright Brann Keswick from his own stage play.",
    )
    assert ("author", "Brann Keswick") in credits(found)


def test_a_writer_adapting_their_own_novel_stays_its_author() -> None:
    found = facts(
        "The drama began shooting in Cardiff.",
        "The screenplay is by Orla Tenby, adapting her own 2017 novel.",
    )
    assert {("author", "Orla Tenby"), ("writer", "Orla Tenby")} <= credits(found)
