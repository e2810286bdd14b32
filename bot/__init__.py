"""The fan-community bot's core: knowledge base, ingestion, answers. Knows nothing of cogs."""

__version__ = "0.1.0"
