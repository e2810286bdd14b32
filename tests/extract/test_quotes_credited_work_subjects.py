"""A creator speaks after a sentence whose subject is her or his work told by a credit verb
("Fenmoor Bell is created and written by X, who ..."): the pronoun is the creator, never the
title."""

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_a_title_created_and_written_by_someone_is_no_speaker() -> None:
    found = _speakers(
        "The first trailer for Fenmoor Bell, a coastal mystery, landed on Lumen on Tuesday.",
        "Fenmoor Bell is created and written by Odalys Ferrand-Kuti, who spent a decade as a "
        "lighthouse keeper before turning to drama. “I wanted the sea to feel like a witness,” "
        "she said in a statement. “Every storm in it is one I lived through.”",
    )
    assert "Fenmoor Bell" not in found
    assert found <= {"Odalys Ferrand-Kuti"}


def test_a_title_directed_by_someone_is_no_speaker() -> None:
    found = _speakers(
        "Lumen has shared the first look at The Tin Orchard, a drama set on a failing farm.",
        "The Tin Orchard was directed by Bertil Ansah-Morrow, who grew up on a farm in Kent. "
        "“We shot every frame at dawn,” he said. “The light is free then.”",
    )
    assert "The Tin Orchard" not in found and "Tin Orchard" not in found
    assert found <= {"Bertil Ansah-Morrow"}


def test_a_person_written_about_by_someone_still_speaks() -> None:
    found = _speakers(
        "Pernille Soskova-Baird stars in Low Orchard, which arrives on Lumen in May.",
        "Tomasz Ferreira-Lund is her co-star. “She never stops working,” he says.",
    )
    assert found == {"Tomasz Ferreira-Lund"}
