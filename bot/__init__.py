"""The fan-community bot's core: knowledge base, ingestion, answers. Knows nothing of cogs.

Map (each package's docstring says more):

- ``config``: the settings, one frozen object built from the environment and ``.env``.
- ``facts``, ``names``: plain data the extractor emits; name keys for matching spellings.
- ``corrections``: moderators' corrections as plain data, fact ids, and how they apply.
- ``lazy_modules``: a module named once at the top and imported on first use (what start-up
  does not need), still type-checked.
- ``extract/``: pure extraction: an article's text in, its cast, crew, release and quotes out.
- ``ingestion/``: seed files to knowledge: watch, scan, parse, extract, write, reconcile.
- ``db/``: the one home of SQL: the connection, migrations, one module per group of tables.
- ``knowledge/``: the query layer members ask through: fuzzy name lookups, cached answers.
- ``answers/``: the typed answers every command returns (plain data).
- ``render/``: answers as cards, then as Discord embeds or console text.
- ``alerts/``: news alerts: what is new, which routes want it, the outbox hook, delivery (to
  channels and forums), premiere events.
- ``web/``: news from the web: the safe fetcher, a page's article, a feed's entries, links.
- ``feeds/``: the feeds followed: checking one, the poller task, following and unfollowing.
- ``moderation/``: what moderators do: who they are, alert routes and their status, the news
  desk (article files from ``/news add``, or read from a link), corrections of the knowledge.
- ``client/``: the Discord adapter: the bot, its command tree and error handler, presenters,
  buttons that survive restarts, forms, per-member cooldowns, help.
- ``cli/``: ``python -m bot``: seed, ask, console, run, check, backup, export, fetch, feeds.

A seed file's way in: ``ingestion.watcher`` -> ``ingestion.service.ingest_seeds`` ->
``ingestion.pipeline`` (``scan``, ``prepare``: ``seedfile`` + ``extract``) -> ``db.articles``
(``ingestion.ledger`` says what a new article changed, ``alerts.queue`` queues its alerts, in
the same transaction; ``db.corrections`` applied on top) -> ``ingestion.entities`` -> ``db.names``.
A slash option's way to the SQL: ``cogs.<feature>`` -> ``knowledge.Knowledge`` -> ``db.<table
group>``; the answer comes back through ``client.presenters`` and ``render``.
"""

__version__ = "0.1.0"
