"""Stage 6 (statements): who said what — quotes, reported speech, speakers, cues, dates."""

from newsdossier.lang.quotes import QuoteSpan, find_quotes
from newsdossier.statements.cues import is_speech_lemma
from newsdossier.statements.stage import find_statements

__all__ = ["QuoteSpan", "find_quotes", "find_statements", "is_speech_lemma"]
