"""A column answering readers' signed questions ("Q: ...? — Name, Town", then "A: ..."): the
answers are the byline's writer's."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed

_PAGE = """date 2026-03-02 Our arts editor takes your questions on Larkspur Hill.
Dear critic: is Larkspur Hill worth waiting for?
By Tamsin Ollerenshaw, Arts Editor
Each Monday our arts editor answers readers' questions.
Q: Is Larkspur Hill a real village? — Petra, Ludlow
A: Sadly not. The ITV drama invented it, though I have driven past a few that look the part.
Q: Who plays the vicar? I think I saw him in a soap. — Colm, Derby
A: You did. Barnaby Fitt plays the vicar, and he spent years on a soap before this.
Q: When is it back? — Hana, Leeds
A: Not yet dated. My guess is autumn, but that is only my guess.
"""

_INTERVIEW = """date 2026-03-02 The creator of Larkspur Hill on writing a village.
Tamsin Ollerenshaw on Larkspur Hill
By Ruth Abernathy
We asked the show's creator a few questions.
Q: Is Larkspur Hill a real village?
A: Sadly not. I invented it, though I have driven past a few that look the part.
Q: When is it back?
A: Not yet dated. My guess is autumn, but that is only my guess.
"""


def _quotes(page: str) -> list[tuple[str, str, bool]]:
    facts = extract_facts(parse_seed(page.encode()).article)
    return [(q.text, q.speaker, q.served) for q in facts.quotes]


def test_the_columns_writer_answers_signed_questions() -> None:
    found = _quotes(_PAGE)
    assert any(
        text.startswith("Sadly not") and who == "Tamsin Ollerenshaw" and served
        for text, who, served in found
    )
    assert any(
        text.startswith("You did.") and who == "Tamsin Ollerenshaw" and served
        for text, who, served in found
    )


def test_unsigned_questions_are_not_the_writers() -> None:
    found = _quotes(_INTERVIEW)
    assert not any(
        text.startswith("Sadly not") and who == "Ruth Abernathy" for text, who, _ in found
    )
