"""Words a sentence gives to someone other than the one quoted before it in the sentence, or the
one recalling them: a first-person "I said “...”" after another's words is the writer's or the
answerer's; "X recalls her telling him on the first day: “...”" is hers, never X's; a dashed
aside with its own pronoun subject ("– a line he calls “...”") is not the earlier speaker's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(start: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_an_i_said_in_an_answer_after_the_directors_words_is_the_answerers() -> None:
    quotes = facts(
        "Petra Lindqvist-Hale has spent a decade with the Tallow Point books. Filming on the "
        "closing film wrapped in May. We spoke in her Tenby studio.",
        "How does it feel, finishing?",
        "Strange. I keep waking up thinking I need to rewrite a scene.",
        "Tobias Quenby-Marsh directed the film. What did he bring?",
        "A sort of calm. Tobias came in and said, “Give me the film in one line.” I said “a "
        "harbour that never lets go,” and he wrote it on his hand.",
        "Were the cast emotional on the last day?",
        "Very. We all cried.",
        title="Petra Lindqvist-Hale: ‘I wanted Tallow Point to end on the water’",
    ).quotes
    quote = next(q for q in quotes if q.text.startswith("a harbour that"))
    assert quote.speaker != "Tobias Quenby-Marsh"
    assert quote.speaker in ("", "Petra Lindqvist-Hale")


def test_a_recalled_her_telling_him_is_not_the_one_recalling() -> None:
    speaker, _ = _speaker(
        "This is the last one",
        "Gethin Moss-Ward wrote Tallow Point. Marisol Quenby's co-star Idris Fenwick-Lowe has "
        "played the harbourmaster since 2021.",
        "Fenwick-Lowe recalls her telling him on the final morning: “This is the last one, so "
        "enjoy it.”",
    )
    assert speaker != "Idris Fenwick-Lowe"


def test_a_dashed_line_with_its_own_he_is_not_the_earlier_speakers() -> None:
    speaker, _ = _speaker(
        "a curse",
        "Petra Lindqvist-Hale has said Idris Fenwick-Lowe is “more Rook than Rook” – a line he "
        "cheerfully calls “a curse”.",
    )
    assert speaker != "Petra Lindqvist-Hale"
