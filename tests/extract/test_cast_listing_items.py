"""Castings in the items of a listing page (a TV guide, a news-in-brief round-up, a service's
newsletter), on invented text: held unless the item is the one the page singles out."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_guide_items_named_by_a_name_line_hold_their_castings() -> None:
    found = facts(
        "The best of the box this week, from a Fenland mystery to the return of Copper Bay.",
        "THURSDAY",
        "Marsh Lights (Channel 5, 9pm)",
        "The Fenland mystery is back for a second run. Tova Rees returns as Inspector Greta Moll.",
        "SATURDAY",
        "Quiz Kings (ITV1, 7pm)",
        "More questions, fewer answers.",
        "SUNDAY – OUR PICK",
        "Copper Bay (BBC One, 8pm)",
        "At last. Mira Quell stars as Juno Hart, a harbour pilot with a secret.",
        "Unsubscribe from these emails.",
        title="What’s on this week: Copper Bay and more",
    )
    assert ("Tova Rees", "Inspector Greta Moll") not in served_pairs(found)
    assert ("Mira Quell", "Juno Hart") in served_pairs(found)


def test_a_newsletter_item_under_a_new_heading_holds_its_casting() -> None:
    found = facts(
        "Your month on Glimmer: a new thriller, a returning comedy and more.",
        "View in browser",
        "THE BIG ONE",
        "Copper Bay",
        "Mira Quell plays Juno Hart, a harbour pilot with a secret.",
        "RETURNING FAVOURITES",
        "Tin Lid – Series 4",
        "Every episode from Monday. Noel Cray is back as the hapless Hal Brisk.",
        "COMING SOON",
        "More films every Friday.",
        title="New on Glimmer in June",
    )
    assert ("Noel Cray", "Hal Brisk") not in served_pairs(found)
    assert ("Mira Quell", "Juno Hart") in served_pairs(found)


def test_a_news_in_brief_headline_listing_items_holds_every_item() -> None:
    found = facts(
        "Entertainment news in brief.",
        "PANTO STAR HEADS NORTH",
        "Comedian Bo Tully will play the Dame in Jack and the Beanstalk at the Lyceum.",
        "THRILLER RECOMMISSIONED",
        "Filming resumes in Leeds, with Noel Cray returning as detective Hal Brisk.",
        "MUSICAL MOVES VENUE",
        "The show transfers in May.",
        title="News in brief: panto star, Tin Lid returns, musical moves",
    )
    assert not served_pairs(found)


def test_a_single_works_newsletter_with_sections_keeps_its_castings() -> None:
    found = facts(
        "Welcome to the Copper Bay round-up, the last before the finale.",
        "DATES FOR YOUR DIARY",
        "Fri 6 June – the finale, from 9pm.",
        "CAST CORNER",
        "Mira Quell, who plays Juno Hart, gave a lovely interview this week.",
        "FROM THE INBOX",
        "One reader asked about the boat. It is real.",
        "Unsubscribe",
        title="The Harbour Herald #12: nearly there",
    )
    assert ("Mira Quell", "Juno Hart") in served_pairs(found)
