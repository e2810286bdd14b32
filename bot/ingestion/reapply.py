"""Apply the moderators' corrections again to an article already stored, after one is made or
undone: its facts are extracted again from the stored text (what its file said when last
read) and written with the corrections now in force, then people and characters are derived
again. Each step runs on the bulk ``writer`` inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from functools import partial

from bot.db.articles import rewrite_facts, stored_article
from bot.db.corrections import article_corrections
from bot.db.fact_rows import FactRows
from bot.db.snapshot import KnowledgeChange
from bot.facts import Article, ArticleFacts
from bot.ingestion.entities import derive_entities
from bot.ingestion.ledger import Ledger
from bot.ingestion.prepare import extract


def extracted_article(writer: sqlite3.Connection, file_name: str) -> tuple[Article, ArticleFacts]:
    """The stored article and what the extractor finds in it, before any correction.

    Raises :class:`LookupError` when no article is stored from ``file_name``.
    """
    article = stored_article(writer, file_name)
    if article is None:
        raise LookupError(file_name)
    return article, extract(article)


def write_corrected(
    writer: sqlite3.Connection, file_name: str, facts: ArticleFacts, *, approval: bool = False
) -> KnowledgeChange | None:
    """Write the article's extracted ``facts`` with its corrections in force, then derive
    people and characters again (a served fact may bring or take away a name).

    With ``approval`` (the correction lets members be told a fact), also what it changed in
    the reconciled knowledge, as an alert says it (:mod:`.ledger`); else None.
    """
    rows = FactRows.of(facts, article_corrections(writer, file_name))
    save = partial(rewrite_facts, writer, file_name, rows)
    if not approval:
        save()
        derive_entities(writer)
        return None
    ledger = Ledger(writer)
    change = ledger.store_approved(writer, file_name, save)
    derive_entities(writer, ledger.reconciler)
    return change
