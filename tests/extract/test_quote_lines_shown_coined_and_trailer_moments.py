"""Words in marks that are no one's quote: a name someone coins for a thing, a thread's title, a
kind of post a page's rules forbid, a ticket's or a trailer card's text, a line of the script,
and a trailer's moment told with its part's words. Each comes with a counter-case where the
words are a person's and stay served."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Lamplight Harbour, starring Ada Vale, arrived on Monday."
_TRAILER_TITLE = "Lamplight Harbour trailer: six things we noticed"
_SET = "Filming on Lamplight Harbour, starring Ada Vale, moved to Porthellis this week."


def test_a_name_a_shopkeeper_is_calling_a_product_is_no_quote() -> None:
    found = facts(
        _SET,
        "Milo Treharne, who runs the corner shop, has sold out of what he is calling "
        "“Lantern loaves”. “Busiest month in years,” he said.",
    )
    assert served_quotes(found) == [("Busiest mont", "Milo Treharne")]


def test_a_remark_after_what_someone_called_stays_served() -> None:
    found = facts(
        _SET,
        "Milo Treharne, who runs the corner shop, spoke of what he called “the best "
        "fortnight the square has had since the regatta”.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Milo Treharne"]


def test_a_listed_thread_title_is_no_quote() -> None:
    found = facts(
        "r/LamplightHarbour opens its finale discussion thread.",
        "EARLIER THREADS\n- “No, there is no second series” announcement thread (3 May 2025)",
        "Moderator u/harbour_mod wrote: “Be kind to each other in here.”",
    )
    assert served_quotes(found) == [("Be kind to e", "u/harbour_mod")]


def test_a_kind_of_post_the_rules_remove_is_no_quote() -> None:
    found = facts(
        "r/LamplightHarbour opens its finale discussion thread.",
        "Reminder: the studio says there is no second series. Posts asking “when is the next "
        "one out” will be removed.",
    )
    assert served_quotes(found) == []


def test_a_post_saying_something_by_a_named_account_stays_served() -> None:
    found = facts(
        "r/LamplightHarbour opens its finale discussion thread.",
        "The top comment, from u/gullwatcher, was blunt: “Best ending of the year.”",
    )
    assert served_quotes(found) == [("Best ending ", "u/gullwatcher")]


def test_a_photographed_ticket_stub_label_is_no_quote() -> None:
    found = facts(
        "Lamplight Harbour, starring Ada Vale, opened in cinemas on Friday.",
        "One fan, @tidewatcher, posted a photo of a paper ticket stub she had made herself, "
        "labelled “ROW F (HEART BROKEN)”.",
    )
    assert served_quotes(found) == []


def test_a_trailer_card_after_a_colon_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "The teaser closes on a card: “Only in cinemas this winter”. Vale said the shoot was "
        "“the coldest of my life”.",
    )
    assert served_quotes(found) == [("the coldest ", "Ada Vale")]


def test_a_line_from_the_stage_directions_is_no_quote() -> None:
    found = facts(
        "Director Bram Holloway talks about filming Lamplight Harbour, written by Ines Carrow.",
        "Ines writes very spare scenes. There's a line in the stage directions – “Wren looks at "
        "the sea. She doesn't answer.” – that I kept on my phone.",
    )
    assert served_quotes(found) == []


def test_what_a_writer_told_the_director_stays_served() -> None:
    found = facts(
        "Director Bram Holloway talks about filming Lamplight Harbour, written by Ines Carrow.",
        "Ines Carrow told me on the first day: “Trust the quiet.”",
    )
    assert served_quotes(found) == [("Trust the qu", "Ines Carrow")]


def test_the_trailers_gasp_coming_from_an_actor_is_the_works_line() -> None:
    found = facts(
        _LEDE,
        "Ada Vale is back as the harbourmaster, and the trailer's loudest gasp comes from her: "
        "“You do not get to choose who I save.”",
    )
    assert served_quotes(found) == []


def test_a_line_snapped_in_one_exchange_of_a_trailer_is_the_works() -> None:
    found = facts(
        _LEDE,
        "Vale's harbourmaster arrives from Hull. “Every one of you has lied to me,” she snaps "
        "in one tense exchange.",
        title=_TRAILER_TITLE,
    )
    assert served_quotes(found) == []


def test_what_an_actor_says_in_a_quiet_moment_stays_served() -> None:
    found = facts(
        _LEDE,
        "Vale was at the launch in Truro. “I cried when I first saw it,” she says in a quiet "
        "moment.",
        title=_TRAILER_TITLE,
    )
    assert served_quotes(found) == [("I cried when", "Ada Vale")]
