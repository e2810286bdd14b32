"""A part glossed by what its player did ("she will always be Ada Vale, the nurse she has played
since 2019") is a part: a "she says" after it is never the part's."""

from bot.extract.doc_build import build_doc
from bot.extract.played_parts import played_parts
from bot.extract.text import Doc
from tests.extract.helpers import article


def doc_of(text: str) -> Doc:
    return build_doc(article(text))


def test_a_part_glossed_by_its_player_is_a_part() -> None:
    for gloss in ("the nurse she has played", "a quiet vet he played", "the spy they portrayed"):
        text = f"For many fans Orla Brindle will always be Tamsin Hale, {gloss} since 2019."
        assert "Tamsin Hale" in played_parts(doc_of(text)), gloss


def test_a_person_glossed_by_her_job_is_no_part() -> None:
    text = "She met Tamsin Hale, the coach she has trained with since 2019, in Leeds."
    assert "Tamsin Hale" not in played_parts(doc_of(text))
