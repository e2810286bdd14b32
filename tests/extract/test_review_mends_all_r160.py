"""Review mends of round 160: a sayer named after two subjects' words keeps them, words the pair
share are held, a negated verb's later clause read on into its verb is no sayer, and a question
whose after-words open the next quote falls back to its own asking verb."""

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings

_LEDE = "Filming on Tamsk Road, the coastal drama, wrapped in Kent on Friday."


def test_a_sayer_after_the_pairs_words_keeps_them() -> None:
    quotes = quote_readings(
        _LEDE,
        "Ada Vale and Tom Reed-Okafor met at drama school and have talked about working together"
        " “for about twelve years”, Vale says. The scripts came later.",
    )
    assert quotes["for about tw"] == ("Ada Vale", SourceKind.PERSON, True)


def test_a_pair_in_the_sentence_before_leaves_the_next_sentences_sayer() -> None:
    quotes = quote_readings(
        _LEDE,
        "Ada Vale (Nell) and Tom Reed (Jory) did not travel to Paris, but sent a video message."
        " « Bonsoir Lyon, à bientôt », Reed said in careful French.",
    )
    assert quotes["Bonsoir Lyon"] == ("Tom Reed", SourceKind.PERSON, True)


def test_words_the_pair_share_are_held() -> None:
    quotes = quote_readings(
        _LEDE,
        "Ada Vale and Tom Reed stopped short of giving a date at the convention on Saturday,"
        ' but promised fans a film "worth the wait".',
    )
    assert quotes["worth the wa"][2] is False


def test_a_negated_verbs_later_clause_read_into_its_verb_is_no_sayer() -> None:
    quotes = quote_readings(
        "Filming on Tamsk Road began in Leeds in May, Ada Vale said.",
        "The BBC has not confirmed when it will air, but the actor suggested viewers could"
        " expect it “early next year, if the edit behaves”.",
    )
    assert quotes["early next y"][0] != "the actor suggested viewers"
    kept = quote_readings(
        _LEDE,
        "The BBC has not announced a date, but one crew member expected it “some time in spring”.",
    )
    assert kept["some time in"][0] == "one crew member"


def test_a_question_whose_after_words_open_the_next_quote_keeps_its_asker() -> None:
    quotes = quote_readings(
        _LEDE,
        "A viewer posting as @marsh_wren_77 asked: “Is this truly goodbye?” Another answered:"
        " “Looks like it.”",
    )
    assert quotes["Is this trul"][0] == "@marsh_wren_77"
    alone = quote_readings(
        _LEDE,
        "Ada Vale says the ending is settled. “Is it next spring?” Vale grins and says:"
        " “Maybe not before the summer.”",
    )
    assert alone["Is it next s"][0] != "Ada Vale"


def test_a_handle_called_something_is_not_the_posters_name() -> None:
    for line in (
        "One fan called @tamsk_depot out on X, writing: “Where is the date?”",
        "A viewer called @reedfan_99 a hypocrite and wrote: “Where is the date?”",
    ):
        speaker = quote_readings(_LEDE, line)["Where is the"][0]
        assert not speaker.startswith("@")
    named = quote_readings(_LEDE, "A user called @marsh_wren_77 had a note: “Where is the date?”")
    assert named["Where is the"][0] == "@marsh_wren_77"
