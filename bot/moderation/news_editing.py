"""What ``/news add`` and ``/news remove`` do: the news desk's rules around its article files.

The seeds folder feeds every server the bot is in, so only the servers the operator lists in
``NEWS_EDITOR_GUILD_IDS`` may edit the news (:func:`check_editor`). An added article goes
through the same pipeline as a file dropped in by hand: the watcher reads it and the alerts go
out. Each function returns its answer (:mod:`bot.answers.moderation`) or raises an
:mod:`expected error <bot.answers.errors>` that tells the moderator why not.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Collection
from pathlib import Path

from bot.answers.errors import ECHO, ActionFailed, InvalidInput, NotFoundError
from bot.answers.moderation import ArticleAdded, ArticleRemoved
from bot.db.connection import Database
from bot.db.newsdesk import (
    find_desk_article,
    forget_desk_article,
    recent_request,
    record_desk_article,
)
from bot.moderation.newsdesk import (
    DraftArticle,
    NewsDeskError,
    describe_write_error,
    draft_facts,
    one_line,
    remove_article_file,
    write_article,
)
from bot.moderation.permissions import require_editing_server
from bot.web.links import is_web_address

OPERATOR_ONLY = (
    "News is managed by the bot's operator: articles can only be added from the servers "
    "they chose. Your members still get alerts for every article."
)
CANT_ADD = "Can't add that"
SAME_REQUEST_WINDOW = dt.timedelta(minutes=10)
"""The same title and body sent again within this time (a moderator retrying after a slow
reply) add nothing: the answer points to the article added the first time."""
_adding = asyncio.Lock()
"""One ``/news add`` at a time, so a retry sent while the first is being written waits for it."""


def check_editor(editor_guild_ids: Collection[int], guild_id: int) -> None:
    """Raises :class:`NotAllowed` unless the server is one of the news-editing servers."""
    require_editing_server(editor_guild_ids, guild_id, OPERATOR_ONLY)


def draft_article(
    title: str, body: str, url: str | None, date: str | None, today: dt.date
) -> DraftArticle:
    """The article from ``/news add``'s options (``date`` as typed, YYYY-MM-DD, else ``today``).

    Checked before anything is written; raises :class:`InvalidInput` naming the bad option.
    """
    if not one_line(title):
        raise InvalidInput("The title is empty.", title=CANT_ADD)
    if url is not None and not is_web_address(url):
        raise InvalidInput(
            "The link must start with http:// or https:// and contain no spaces.", title=CANT_ADD
        )
    return DraftArticle(title, body, date_option(date) or today, url)


def date_option(date: str | None) -> dt.date | None:
    """``/news add``'s ``date`` as typed (YYYY-MM-DD), None when not given; raises
    :class:`InvalidInput` when it is not a date."""
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise InvalidInput(
            f"“{ECHO}” is not a date like 2025-04-28.", echo=date, title=CANT_ADD
        ) from None


async def add_article(
    db: Database, seeds_dir: Path, draft: DraftArticle, guild_id: int, user_id: int
) -> ArticleAdded:
    """Write the article into ``seeds_dir`` and record who added it, so it can be removed.

    If it cannot be recorded (say the database is locked), the file is taken back before the
    error goes on, so that "try again" cannot leave two copies, one impossible to remove. The
    same title and body again within :data:`SAME_REQUEST_WINDOW` write nothing: the answer is
    the article added the first time (``earlier``).
    """
    request = request_hash(draft)
    async with _adding:
        since = dt.datetime.now(dt.UTC) - SAME_REQUEST_WINDOW
        earlier = await recent_request(db, request, since)
        if earlier is not None and (seeds_dir / earlier.file_name).is_file():
            facts = await asyncio.to_thread(draft_facts, draft)
            return ArticleAdded(earlier.file_name, earlier.title, facts, earlier=True)
        try:
            written = await asyncio.to_thread(write_article, seeds_dir, draft)
        except NewsDeskError as error:
            raise InvalidInput(str(error), title=CANT_ADD) from error
        except OSError as error:
            raise ActionFailed(describe_write_error(error), title="Not saved") from error
        headline = written.parsed.article.title or one_line(draft.title)
        try:
            await record_desk_article(
                db, written.file_name, headline, guild_id, user_id, request_hash=request
            )
        except Exception:
            await asyncio.to_thread(remove_article_file, seeds_dir, written.file_name)
            raise
    return ArticleAdded(written.file_name, headline, written.facts)


def request_hash(draft: DraftArticle) -> str:
    """What identifies a ``/news add`` request: its title and body as the article shows them."""
    paragraphs = [one_line(line) for line in draft.body.splitlines() if one_line(line)]
    text = "\n".join([one_line(draft.title), *paragraphs])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def remove_article(db: Database, seeds_dir: Path, wanted: str) -> ArticleRemoved:
    """Retract an article added with ``/news add`` (by file name or exact title).

    Only those: the operator's own files in the seeds folder are theirs to remove.
    """
    found = await find_desk_article(db, wanted)
    if found is None:
        raise NotFoundError(
            f"No article added with /news add is called “{ECHO}”. "
            "Articles the operator put in the seeds folder can only be removed there.",
            echo=wanted,
        )
    try:
        await asyncio.to_thread(remove_article_file, seeds_dir, found.file_name)
    except NewsDeskError as error:
        raise InvalidInput(str(error), title="Can't remove that") from error
    except OSError as error:
        raise ActionFailed(describe_write_error(error), title="Not removed") from error
    await forget_desk_article(db, found.file_name)
    return ArticleRemoved(found.title)
