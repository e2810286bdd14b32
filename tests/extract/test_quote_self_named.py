"""Quotes on invented text: words that speak of their credited speaker as a third person
("Ilse always says that", "Maren got the sunny days") were found for the wrong person and are
left unattributed; a name used to address someone leaves the speaker be."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes}


def test_words_that_name_the_found_speaker_are_not_theirs() -> None:
    for name, line in (
        ("Corin", "“Corin has been saying that for years, and he still calls every winter.”"),
        ("Corin", "“Corin’s notes are always three words long, and he means every one.”"),
    ):
        found = _speakers(
            "Actor Lena Brandt returns to the stage this winter in Ghosts, directed by Corin "
            "Abbott.",
            "Abbott, who has directed her four times, is unrepentant. “Lena belongs to the "
            "stage,” he told me. “Film only rents her.”",
            f"She laughs when I read her the line. {line}",
        )
        said = next(text for text in found if text.startswith(name))
        assert found[said] != "Corin Abbott", line
        assert found.get("Film only rents her.") == "Corin Abbott"


def test_a_resumed_quotation_naming_the_found_speaker_is_not_theirs() -> None:
    found = _speakers(
        "The twins Maren Holt and Jasper Holt co-directed the drama Tidewater on Skye.",
        "“We never argued about the script,” Maren Holt said. Her brother said they had split "
        "the schedule “by tide, not by page”.",
        "“When the tide was out, it was mine,” he said. “When it was in, Maren got the day.”",
    )
    for text in ("When the tide was out, it was mine", "When it was in, Maren got the day."):
        assert found.get(text) != "Maren Holt", text


def test_a_name_used_to_address_someone_leaves_the_speaker_be() -> None:
    found = _speakers(
        "Dora Fenwick stars in the new series of Copper Bay.",
        "“Thanks, Fenwick, for asking,” Dora Fenwick said. “It was the hardest shoot I have done.”",
    )
    assert found.get("It was the hardest shoot I have done.") == "Dora Fenwick"


def test_one_of_a_family_the_text_cannot_place_is_not_the_one_before() -> None:
    for tail in ("the younger Vance added.", "the elder of the two Vances said."):
        found = {
            q.text: q
            for q in facts(
                "Siblings Nell Vance and Otto Vance have joined the cast of the drama Lantern Row.",
                "“We argue like our characters do,” Nell Vance said. “Otto loses every time.”",
                f"“I am just glad she brought me along,” {tail}",
            ).quotes
        }
        line = found["I am just glad she brought me along"]
        assert line.speaker != "Nell Vance" and not line.continues_previous, tail
        assert found["Otto loses every time."].speaker == "Nell Vance"


def test_a_sentence_opening_word_is_no_short_form_of_the_speaker() -> None:
    found = _speakers(
        "Director Andreas Holm has finished his third feature, Saltpan.",
        "“And then the rain came, for six weeks,” said Andreas Holm. “We shot anyway.”",
    )
    assert found.get("And then the rain came, for six weeks") == "Andreas Holm"
