"""Three things read as castings that are none, on invented text: a publisher's imprint in the
possessive ("from Penrose Children's Books"), a company in brackets on a credits block's line
("Executive Producers: X (Channel 5), Y") and a part in another series told by a "where" clause
after an apposition ("X, a star of the series Z, where she plays Y")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    return pairs(facts(*paragraphs, title="Harrow Lane: everything we know"))


def test_a_publishers_imprint_is_no_actor_and_part() -> None:
    for text in (
        "Quill's next novel, Night Ferries, is out in March from Penrose Children's Books.",
        "The tie-in edition arrives on 4 June from Bellweather Young Readers' Press.",
        "The graphic novel is published by Maple Kids' Comics.",
    ):
        found = _pairs("Harrow Lane starts filming in May.", text)
        assert not found, text


def test_a_possessive_part_still_reads() -> None:
    found = _pairs(
        "Harrow Lane starts filming in May.",
        "Tamsin Groves's Odile, the new lodger, steals every scene.",
    )
    assert ("Tamsin Groves", "Odile") in found


def test_a_credits_block_bracket_is_a_company_not_a_part() -> None:
    for line in (
        "Executive Producers: Dariusz Nowicki (Channel 5), Elin Pryce",
        "Producer: Haruto Abe (Greyfield Pictures) and Nia Cole",
        "Director of Photography: Ines Varga (Lumiere), Owen Tate",
    ):
        found = _pairs(
            "Harrow Lane premieres on Channel 5 in June.",
            "CAST\nMaeve Rooney – Sgt Ada Lusk",
            line,
        )
        assert ("Maeve Rooney", "Sgt Ada Lusk") in found, line
        assert all(actor in {"Maeve Rooney"} for actor, _ in found), (line, found)


def test_a_cast_lines_bracket_still_reads() -> None:
    found = _pairs("Harrow Lane premieres in June.", "Cast: Maeve Rooney (Ada Lusk), Tom Hart")
    assert ("Maeve Rooney", "Ada Lusk") in found


def test_a_where_clause_after_an_apposition_is_that_works_part() -> None:
    for text in (
        "Okafor, who made her name on the Hulu series Wild Orchard, where she plays the eldest "
        "daughter, Bisi, said the night shoots were the hardest.",
        "Brandt, a familiar face from the German drama Die Brücke, where he plays a ferryman, "
        "Jonas, joined the cast last week.",
    ):
        found = _pairs(
            "Harrow Lane stars Ngozi Okafor as Rhea Lusk and Felix Brandt as Tom Lusk.", text
        )
        assert not any(part in {"Bisi", "Jonas"} for _, part in found), found


def test_a_where_clause_on_our_own_work_still_reads() -> None:
    found = _pairs(
        "Harrow Lane starts filming in May.",
        "Ngozi Okafor, who joined the cast of Harrow Lane, where she plays Rhea Lusk, "
        "said she was thrilled.",
    )
    assert ("Ngozi Okafor", "Rhea Lusk") in found
