"""A sentence rolling off credits, who plays whom ("Ada Vale plays the aunt; Tom Reed is the
nephew") or who made the work ("Vale wrote it; Reed produced"): it names them in passing, so a
later "he says" looks further back for its person; one clause alone keeps its subject."""

from bot.extract.pronoun_subjects import pronoun_subjects
from tests.extract.helpers import facts


def test_a_roll_names_no_one_a_pronoun_stands_for() -> None:
    assert pronoun_subjects("Ilse Varno wrote and directed it; Dov Marren produced.", "he") == []
    assert pronoun_subjects("Varno plays the elder sister, Maud; Tarn is the lodger.", "he") == []


def test_one_credit_keeps_its_subject() -> None:
    assert pronoun_subjects("Dov Marren produced it for Stonefield.", "he") == [(0, "Dov Marren")]
    assert pronoun_subjects("Tarn is the lodger; he moved in last.", "he")[-1] == (0, "Tarn")


def test_the_maker_keeps_his_words() -> None:
    found = facts(
        "Ruadh Kelleher has spent six years on Dry Acre, his first feature.",
        "The film follows two sisters. Kelleher wrote and directed it; Ilse Varno produced for"
        " Stonefield.",
        "“Nobody wanted a film about sheep,” he told the hosts.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Nobody"))
    assert quote.speaker == "Ruadh Kelleher"
