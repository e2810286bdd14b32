"""A sentence's own named subject praising or crediting someone for words in marks ("Ostrow
praises her for “never panicking”"): the words are the judge's, never the sentence before's
subject going on; a subject that names no one we know leaves the old path alone."""

from tests.extract.helpers import facts

_OPENING = (
    "Shooting on Marrowby Lane, the streaming drama, finished on Friday.",
    "Pellam Ostrow, who plays Fen Carrow, laughs. “I love this part,” he says.",
)


def _speaker(*paragraphs: str) -> str:
    found = facts(*_OPENING, *paragraphs)
    return next(q for q in found.quotes if q.text.startswith("never panicking")).speaker


def test_the_judge_owns_the_words() -> None:
    for verb in ("praises", "credited", "thanks"):
        speaker = _speaker(
            f"Tessa Quill wrote the script, and Dov Marren directs. Ostrow {verb} him for"
            " “never panicking” on set."
        )
        assert speaker == "Pellam Ostrow", verb


def test_a_judge_in_a_relative_clause_keeps_its_rule() -> None:
    speaker = _speaker(
        "Dov Marren directs. Tessa Quill, who praised Ostrow for “never panicking”, wrote it."
    )
    assert speaker == "Tessa Quill"
