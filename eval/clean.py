"""Cleaning scorer: the share of body sentences that survive cleaning on clean article text.

PolNeAR and TimeML texts (read in place from ``../shared/gold``, research use only) are
clean article text, so every sentence of them must survive cleaning: in the body, or
explained by a field kept apart (title, kicker, deck, dateline, byline, caption), or removed as
a reporting credit. Run ``python -m eval.clean`` to print the kept share and any dropped
sentence. A *sentence* is a line of four words or more, or a punctuated line of three.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.corpora import iter_polnear, iter_timeml, shared_dir
from newsdossier.article import Article

_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"[<>{}]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Reporting credits ("(Reporting by A; Editing by B.)") are bylines, not body sentences.
_CREDIT_LINE = re.compile(
    r"^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|translated)\b[^.]*?\bby\s+[A-Z]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Kept:
    """Body sentences seen in the input and the ones cleaning dropped, with their article."""

    sentences: int
    dropped: tuple[tuple[str, str], ...]

    @property
    def rate(self) -> float:
        """The share of input sentences kept (1.0 when there are none)."""
        return 1 - len(self.dropped) / self.sentences if self.sentences else 1.0


def corpus_texts(shared: Path | None = None) -> list[tuple[str, str]]:
    """(name, text) of every PolNeAR train and dev text and every TimeML document."""
    gold = (shared or shared_dir()) / "gold"
    texts = [
        (doc.name, doc.text)
        for split in ("train", "dev")
        for doc in iter_polnear(split, gold / "polnear")
    ]
    texts += [(doc.name, doc.text) for doc in iter_timeml(gold / "timeml")]
    return texts


def is_body_sentence(line: str) -> bool:
    """Four words or more of prose, or a punctuated sentence of three words or more."""
    n = len(_WORD.findall(line))
    if _MARKUP.search(line):
        return False
    return n >= 4 or (n >= 3 and bool(_SENTENCE_END.search(line)))


def is_reporting_credit(line: str) -> bool:
    """Whether ``line`` is a reporting credit ("(Reporting by A; Editing by B.)"), a byline."""
    return bool(_CREDIT_LINE.match(line))


def kept_sentences(articles: Iterable[Article]) -> Kept:
    """Count the input's body sentences and those found nowhere in the cleaned articles."""
    total = 0
    dropped: list[tuple[str, str]] = []
    for article in articles:
        total += sum(1 for raw in article.raw_text.split("\n") if is_body_sentence(_norm(raw)))
        dropped.extend(
            (article.id, line) for line in unexplained(article) if is_body_sentence(line)
        )
    return Kept(total, tuple(dropped))


def unexplained(article: Article) -> list[str]:
    """Input lines found neither in the body nor in a field kept apart from it."""
    body = _norm(article.body)
    fields = [_norm(value) for value in _kept_apart(article) if value]
    missing = []
    for raw in article.raw_text.split("\n"):
        line = _norm(raw)
        if not line or line in body:
            continue
        if _CREDIT_LINE.match(line) and line in article.removed:
            continue
        rest = line
        for value in fields:
            rest = rest.replace(value, " ")
        rest = _norm(rest).strip(" -–—_:|/")
        if rest.lower().startswith("by "):
            rest = rest[3:]
        if rest and rest not in body and len(_WORD.findall(rest)) > 1:
            missing.append(line)
    return missing


def _kept_apart(article: Article) -> Iterator[str | None]:
    yield article.title
    yield article.kicker
    yield article.deck
    yield article.dateline
    yield article.caption
    yield article.caption_credit
    yield article.author


def _norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", " ").replace("\u200b", " ").split())


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.clean [--shared PATH]``."""
    from newsdossier.clean import clean

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder")
    args = parser.parse_args(argv)
    texts = corpus_texts(args.shared)
    kept = kept_sentences(clean(Article(id=n, source=n, raw_text=t)) for n, t in texts)
    for name, line in kept.dropped:
        print(f"dropped {name}: {line}")
    print(
        f"{len(texts)} texts, {kept.sentences} body sentences, {len(kept.dropped)} dropped; "
        f"kept {kept.rate:.4f}"
    )


if __name__ == "__main__":
    main()
