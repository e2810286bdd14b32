"""Quotes on invented text: a pronoun's role-noun antecedent ("Then the director shouts, and
she walks on.") is the credited director only if the article has named them by then; a
director named first further down is never the "she says" of an opening quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _opening(*paragraphs: str) -> list[tuple[str, str]]:
    return [q for q in served_quotes(facts(*paragraphs)) if q[0].startswith("People think")]


def test_a_role_noun_before_the_credit_is_not_the_later_name() -> None:
    lede = "Mara Quill spent a winter on a cold island to play a nurse in the new drama Saltmarsh."
    credit = (
        "The drama is written by Tobin Ashe and directed by Priya Lannet, who cast Quill after "
        "one tape. “She did it in one take,” Lannet says."
    )
    for scene, said in (
        ("It is dawn on a pier and Mara Quill stands in the rain. Then the director shouts, and "
         "she walks to the edge.",
         "“People think it was fun,” she says, months later, in a bakery. “It was brutal.”"),
        ("Mara Quill is waist-deep in a loch at six in the morning. The director waves, and she "
         "wades further out.",
         "“People think it was glamorous,” she says now, over coffee in Leeds."),
        ("At first light Mara Quill is out on the rocks. Then the filmmaker waves, and she slips "
         "into the sea.",
         "“People think the cold is the hard part,” she says weeks later."),
    ):  # fmt: skip
        assert _opening(lede, scene, said, credit) == [(said[1:13], "Mara Quill")], scene


def test_the_director_who_says_it_is_still_the_one_credited_further_down() -> None:
    found = served_quotes(
        facts(
            "Mara Quill plays a nurse in the new drama Saltmarsh.",
            "“We shot every scene at dawn,” the director says.",
            "The drama is written by Tobin Ashe and directed by Priya Lannet.",
        )
    )
    assert found == [("We shot ever", "Priya Lannet")]
