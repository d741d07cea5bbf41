"""HTML extraction scorer: body token F1 on the Fundus set and metadata on our test pages.

Fundus (``../shared/gold/html/fundus``, research use only, read in place): 80 pages from
16 publishers with the body extracted by hand. newsdossier's text of a page is what its
record keeps of the article: title, dateline, clean body and the reporting credits it
sets apart; trafilatura's is its default ``extract`` output, which also opens with the
headline when the page's main content holds it (the figure without our title is printed
too). Both are scored with the same scorer: token F1 (bag of
lower-cased word tokens, clipped counts) and recall ("kept": the share of the gold
body's tokens found). ROUGE-LSum is not computed: its LCS over every page costs more
than the gate's time budget in pure Python; token F1 ranks the systems the same way on
the published numbers (trafilatura's default is close to newsdossier's starting point).

Metadata pages (``tests/fixtures/pages``, invented, written for the project): each
``NAME.html`` has a ``NAME.json`` with its ``url`` and the gold ``title``, ``published``,
``author`` and ``outlet``; accuracy is exact match per field.

Run ``python -m eval.html`` to print both, and the pages where newsdossier keeps less
than 90% of the gold body while trafilatura keeps more.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.corpora import shared_dir
from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.byline import parse_byline
from newsdossier.ingest.html import html_article

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
META_FIELDS = ("title", "published", "author", "outlet")
#: A page "loses" its body below this share of the gold body's tokens.
KEEP = 0.9
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Overlap:
    """Token overlap of a system's text with the gold body: F1 and recall ("kept")."""

    f1: float
    kept: float


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of ``text`` with their counts."""
    return Counter(w.lower() for w in _WORD.findall(text))


def overlap(text: str, gold: str) -> Overlap:
    """Token F1 and recall of ``text`` against ``gold`` (clipped counts)."""
    found, wanted = tokens(text), tokens(gold)
    common = sum((found & wanted).values())
    precision = common / sum(found.values()) if found else 0.0
    recall = common / sum(wanted.values()) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Overlap(f1, recall)


def newsdossier_text(html: str, name: str, url: str | None = None) -> Article | None:
    """newsdossier's cleaned article of one page (None when it finds no text)."""
    article = html_article(html, name, name, published=None, warnings=(), url=url)
    return clean(article) if isinstance(article, Article) else None


def kept_text(article: Article | None, *, title: bool = True) -> str:
    """The article text a record keeps: title (unless ``title`` is False), dateline, body,
    and the reporting credits ("Reporting by A; Editing by B") cleaning sets apart."""
    if article is None:
        return ""
    credits = [line for line in article.removed if _is_credit(line)]
    head = article.title if title else None
    return "\n".join(t for t in (head, article.dateline, article.body, *credits) if t)


def _is_credit(line: str) -> bool:
    byline = parse_byline(line)
    return byline is not None and byline.credit


def trafilatura_text(html: str) -> str:
    """trafilatura's default main-text extraction of one page."""
    import trafilatura

    return trafilatura.extract(html) or ""


def fundus_pages(shared: Path | None = None) -> Iterator[tuple[str, str, str, str]]:
    """``(name, html, url, gold body)`` of every Fundus page."""
    root = (shared or shared_dir()) / "gold" / "html" / "fundus"
    gold = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    for name, entry in sorted(gold.items()):
        html = gzip.decompress((root / "html" / name).read_bytes()).decode("utf-8", "replace")
        yield name, html, entry["url"], "\n".join(entry["body"])


@dataclass(frozen=True, slots=True)
class BodyScores:
    """Per-page overlaps of both systems, and the pages newsdossier loses body on."""

    newsdossier: dict[str, Overlap]
    trafilatura: dict[str, Overlap]
    untitled: dict[str, Overlap]

    def mean_f1(self, system: str) -> float:
        """Mean token F1 of ``system`` over the pages."""
        scores = getattr(self, system)
        return sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0

    def losses(self) -> list[str]:
        """Pages where newsdossier keeps under `KEEP` of the gold and trafilatura keeps more."""
        return [
            name
            for name, ours in self.newsdossier.items()
            if ours.kept < KEEP and self.trafilatura[name].kept > ours.kept
        ]


def score_fundus(shared: Path | None = None) -> BodyScores:
    """Both systems' body overlaps on every Fundus page."""
    ours: dict[str, Overlap] = {}
    theirs: dict[str, Overlap] = {}
    untitled: dict[str, Overlap] = {}
    for name, html, url, gold in fundus_pages(shared):
        article = newsdossier_text(html, name, url)
        ours[name] = overlap(kept_text(article), gold)
        untitled[name] = overlap(kept_text(article, title=False), gold)
        theirs[name] = overlap(trafilatura_text(html), gold)
    return BodyScores(ours, theirs, untitled)


def score_pages(folder: Path = PAGES) -> dict[str, float]:
    """Exact-match accuracy of each metadata field over the test pages."""
    right: Counter[str] = Counter()
    pages = sorted(folder.glob("*.html"))
    for path in pages:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = newsdossier_text(path.read_text(encoding="utf-8"), path.name, gold["url"])
        for name in META_FIELDS:
            right[name] += article is not None and getattr(article, name) == gold[name]
    return {name: right[name] / len(pages) if pages else 0.0 for name in META_FIELDS}


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.html``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.parse_args(argv)
    body = score_fundus()
    print(f"Fundus body token F1 ({len(body.newsdossier)} pages, same scorer)")
    print(f"  newsdossier  {body.mean_f1('newsdossier'):.4f}")
    print(f"  trafilatura  {body.mean_f1('trafilatura'):.4f}")
    print(f"  newsdossier without its title field  {body.mean_f1('untitled'):.4f}")
    losses = body.losses()
    print(f"pages where newsdossier keeps < {KEEP:.0%} and trafilatura more: {len(losses)}")
    for name in losses:
        print(f"  {name}: {body.newsdossier[name].kept:.3f} vs {body.trafilatura[name].kept:.3f}")
    print(f"metadata accuracy on {len(list(PAGES.glob('*.html')))} test pages")
    for name, accuracy in score_pages().items():
        print(f"  {name:10} {accuracy:.3f}")


if __name__ == "__main__":
    main()
