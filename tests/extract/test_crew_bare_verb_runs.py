"""A run of bare credit verbs closing the sentence credits its subject ("X wrote and directed.");
one bare verb alone, or a run inside a clause about another film, credits no one (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_wrote_and_directed_with_no_object_credits_both() -> None:
    served = served_crew("The score is by Lorne Akers. Petra Lindqvist wrote and directed.")
    assert {("writer", "Petra Lindqvist"), ("director", "Petra Lindqvist")} <= served


def test_a_longer_run_in_another_order_credits_each_verb() -> None:
    served = served_crew("Strong turns all round. Dagny Forsell directed, co-wrote and produced.")
    assert {
        ("director", "Dagny Forsell"),
        ("writer", "Dagny Forsell"),
        ("producer", "Dagny Forsell"),
    } <= served


def test_one_bare_verb_credits_no_one() -> None:
    served = served_crew("Who was behind the camera? Petra Lindqvist directed.")
    assert ("director", "Petra Lindqvist") not in served


def test_a_run_after_another_noun_credits_no_one() -> None:
    served = served_crew("This is the short film Petra Lindqvist wrote and directed.")
    assert not any(name == "Petra Lindqvist" for _, name in served)
