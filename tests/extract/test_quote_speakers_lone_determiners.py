"""A subject cut to a lone "Some" ("Some keys stick") or "The" is a thing, no unnamed someone; a
pronoun after it looks back to the person, who may be named only as the subject of a thing's own
clause ("a piano Drummel found in a chapel")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_lone_count_subject_is_no_unnamed_sayer() -> None:
    found = facts(
        "Idris Drummel scored Larkspur Hollow for Lumen, and Ottoline Feyre directed it.",
        "“I think it was midnight,” Feyre laughs. “Idris exaggerates.”",
        "The score leans on an old organ Drummel found in a chapel near the set. Some pipes"
        " wheeze; he kept the wheezing in. “That is the sound of the place,” he says.",
    )
    assert ("That is the ", "Idris Drummel") in served_quotes(found)
