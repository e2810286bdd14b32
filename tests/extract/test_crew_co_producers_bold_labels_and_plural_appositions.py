"""Co-producers, credits lines in bold markdown, and a plural role set before its names
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_co_producer_after_with_is_a_producer() -> None:
    found = facts("Salt Meadow is produced by Lena Ost, with Norway’s Per Lindqvist co-producing.")
    assert ("producer", "Per Lindqvist") in credits(found)


def test_a_co_producer_by_verb_or_passive_is_a_producer() -> None:
    found = facts(
        "Per Lindqvist co-produces for Nord Film.",
        "The drama is also co-produced by Greta Holm.",
        title="Salt Meadow news",
    )
    assert {("producer", "Per Lindqvist"), ("producer", "Greta Holm")} <= credits(found)


def test_a_co_production_with_a_company_credits_nobody() -> None:
    found = facts("Salt Meadow is co-produced with Nord Film.", title="Salt Meadow news")
    assert not credits(found)


def test_a_bold_credits_label_reads_as_a_plain_one() -> None:
    found = facts(
        "Here is everything confirmed about Salt Meadow so far.",
        "**Directed by:** Jonah Pell (the one who made Driftwood)",
        "**Writer:** Mara Quill",
        "**Cast:** Ruth Lowe (Ivy)",
        title="Salt Meadow megathread",
    )
    assert {("director", "Jonah Pell"), ("writer", "Mara Quill")} <= credits(found)
    assert not {c for c in credits(found) if c[1] == "Ruth Lowe"}


def test_a_credits_line_adapting_the_writers_own_book_names_its_author() -> None:
    found = facts(
        "Screenplay: Mara Quill, adapting her own novel",
        "The script is by Oren Falk, adapting his 2019 book.",
        title="Salt Meadow news",
    )
    assert {("author", "Mara Quill"), ("author", "Oren Falk")} <= credits(found)


def test_a_plural_role_before_its_names_credits_each() -> None:
    found = facts(
        "The writers, Rob Hale and Kim Orr, are back for the new film.",
        "Its executive producers, Lea Marsh, Ivo Dunn and Tess Lund, said little.",
        title="Salt Meadow news",
    )
    assert {("writer", "Rob Hale"), ("writer", "Kim Orr")} <= credits(found)
    assert ("executive_producer", "Tess Lund") in credits(found)


def test_an_earlier_runs_or_another_works_plural_role_credits_nobody() -> None:
    found = facts(
        "The first film's writers, Rob Hale and Kim Orr, were praised.",
        "The directors, Lea Marsh and Ivo Dunn, of Lumen said no.",
        title="Salt Meadow news",
    )
    assert not credits(found)


def test_a_co_writer_described_as_a_regular_collaborator_is_a_writer() -> None:
    found = facts(
        "Ada Hale wrote the script with her regular collaborator Tomas Riv.",
        "Ivo Dunn co-wrote the screenplay with his longtime collaborator, Lea Marsh.",
        title="Salt Meadow news",
    )
    assert {("writer", "Tomas Riv"), ("writer", "Lea Marsh")} <= credits(found)
