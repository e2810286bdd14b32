"""News from a link: read the article on a page, preview what it would teach, then save it.

``/news add url:`` (with no body) and ``python -m bot fetch`` read the page the same way
(:func:`read_link`); the moderator sees a :class:`~bot.answers.web.LinkPreview` and saves it
with :func:`save_link`, which writes the article file like ``/news add`` does (so the usual
alert follows, and ``/news remove`` can retract it). Feeds use :func:`draft_of` for each entry.
A link already in the archive is never taken twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bot.answers.errors import ECHO, ActionFailed, ExpectedError, InvalidInput
from bot.answers.moderation import ArticleAdded
from bot.answers.web import LinkPreview
from bot.db.archive import article_with_url
from bot.db.connection import Database
from bot.moderation.news_editing import add_article, date_option
from bot.moderation.newsdesk import DraftArticle, one_line, prepare_seed
from bot.web.errors import WebError
from bot.web.links import link_spellings, normal_link
from bot.web.reader import WebReader

if TYPE_CHECKING:
    from bot.web.page import Article

CANT_READ = "Can't read that link"


class LinkDraft(msgspec.Struct, frozen=True):
    """A link read and not saved yet: the article file's draft and what the moderator sees."""

    draft: DraftArticle
    preview: LinkPreview


def link_error(error: WebError) -> ExpectedError:
    """A link or feed that cannot be used, as the moderator is told (the reason in words)."""
    if error.transient:  # the site's trouble, not the link's: trying later may work
        return ActionFailed(str(error), title="Could not read that link")
    return InvalidInput(str(error), title=CANT_READ)


def draft_of(article: Article, today: dt.date) -> DraftArticle:
    """The article file for a page's article: its headline as written, its date (else
    ``today``'s), its text, and its final address (:func:`normal_link`) as its link."""
    return DraftArticle(
        article.headline, article.body, article.published or today, normal_link(article.url)
    )


async def read_link(
    db: Database,
    reader: WebReader,
    url: str,
    today: dt.date,
    *,
    title: str | None = None,
    date: str | None = None,
) -> LinkDraft:
    """Fetch and read the article at ``url``; ``title`` and ``date`` (YYYY-MM-DD), when given,
    replace the page's headline and date.

    Raises :class:`InvalidInput` (a bad date, a link already in the archive, a page that is
    no article, too large, refused...) or :class:`ActionFailed` (the site timed out, failed
    or could not be reached).
    """
    when = date_option(date)
    headline = one_line(title or "")
    await _not_in_archive(db, url)
    try:
        article = await reader.article(url)
    except WebError as error:
        raise link_error(error) from error
    await _not_in_archive(db, url, article.url)
    page = draft_of(article, today)
    draft = DraftArticle(headline or page.title, page.body, when or page.date, page.url)
    prepared = await asyncio.to_thread(prepare_seed, draft)
    preview = LinkPreview(
        headline=draft.title,
        published=draft.date,
        date_guessed=when is None and article.published is None,
        url=page.url or article.url,
        lede=prepared.parsed.article.lede,
        word_count=article.word_count,
        facts=prepared.facts,
    )
    return LinkDraft(draft, preview)


async def save_link(
    db: Database, seeds_dir: Path, link: LinkDraft, guild_id: int, user_id: int
) -> ArticleAdded:
    """Write the previewed article into ``seeds_dir``, as ``/news add`` does; raises
    :class:`InvalidInput` if the link reached the archive since the preview."""
    await _not_in_archive(db, link.preview.url)
    return await add_article(db, seeds_dir, link.draft, guild_id, user_id)


async def _not_in_archive(db: Database, *urls: str) -> None:
    async with db.reading() as conn:
        known = await article_with_url(conn, link_spellings(*urls))
    if known is not None:
        raise InvalidInput(
            f"That article is already in the archive: “{ECHO}”.",
            echo=known.title,
            title="Already there",
        )
