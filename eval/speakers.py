"""Who each statement is given to, written out so two versions can be compared by hand.

    python -m eval.speakers dump OUT.tsv [--split train] [--articles 500]
    python -m eval.speakers diff BEFORE.tsv AFTER.tsv

No corpus here says to whom a "he said" refers, so a change to speaker resolution is
checked by reading what it changed: ``dump`` runs PolNeAR articles (read in place from
``shared/gold``) through the pipeline up to statements and writes one row per statement
(article, offset, source words, speaker, and the text before it); ``diff`` lists the
statements whose source or speaker differs between two dumps of the same articles, with
that context, for a reader to mark each change right or wrong.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval import polnear
from eval.corpora import iter_polnear
from newsdossier.article import Article
from newsdossier.nlp import load_model
from newsdossier.nlp.annotate import annotate_doc
from newsdossier.statements import find_statements

#: Characters of text before a statement kept in a dump (enough for the sentence that
#: introduces its speaker).
CONTEXT_CHARS = 300
_FIELDS = ("article", "start", "source", "speaker", "context")


@dataclass(frozen=True, slots=True)
class Given:
    """One statement as a dump row: where it is, its source words, its speaker, context."""

    article: str
    start: int
    source: str
    speaker: str
    context: str


def statements_of(split: str, articles: int) -> Iterator[Given]:
    """Each statement of the first ``articles`` PolNeAR ``split`` articles, in order."""
    nlp = load_model()
    texts = list(iter_polnear(split))[:articles]
    stages = polnear.upstream_stages()
    for item, doc in zip(texts, nlp.pipe([t.text for t in texts], batch_size=16), strict=True):
        raw = Article(id=item.name, source=str(item.path), body=item.text)
        article = annotate_doc(raw, doc, [])
        for stage in stages:
            article = stage(article)
        article = find_statements(article)
        for s in article.statements:
            before = article.body[max(0, s.start - CONTEXT_CHARS) : s.end]
            yield Given(
                item.name,
                s.start,
                s.source.text if s.source else "",
                s.speaker.name if s.speaker else "",
                " ".join(before.split()),
            )


def write_dump(path: Path, rows: Iterator[Given]) -> int:
    """Write ``rows`` as a tab-separated dump; return how many."""
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(_FIELDS)
        for row in rows:
            out.writerow([row.article, row.start, row.source, row.speaker, row.context])
            n += 1
    return n


def read_dump(path: Path) -> list[Given]:
    """The rows of a dump written by `write_dump`.

    Raises:
        SystemExit: one line naming the file, when it cannot be read or is not such a dump.
    """
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return [
                Given(r["article"], int(r["start"]), r["source"], r["speaker"], r["context"])
                for r in csv.DictReader(f, delimiter="\t")
            ]
    except OSError as exc:
        raise SystemExit(f"{path}: cannot read it ({exc.strerror})") from None
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        raise SystemExit(f"{path}: not a dump written by 'eval.speakers dump' ({exc!r})") from None


def changed(before: Sequence[Given], after: Sequence[Given]) -> list[tuple[Given, Given]]:
    """The statements whose source or speaker differs, matched by article, offset and
    order among the statements starting there (nested statements share an offset)."""
    now = dict(zip(_keys(after), after, strict=True))
    return [
        (old, new)
        for key, old in zip(_keys(before), before, strict=True)
        if (new := now.get(key)) is not None
        and (old.source, old.speaker) != (new.source, new.speaker)
    ]


def _keys(rows: Sequence[Given]) -> list[tuple[str, int, int]]:
    seen: Counter[tuple[str, int]] = Counter()
    keys = []
    for g in rows:
        keys.append((g.article, g.start, seen[(g.article, g.start)]))
        seen[(g.article, g.start)] += 1
    return keys


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``dump`` or ``diff`` (see the module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="write every statement's source and speaker")
    dump.add_argument("out", type=Path)
    dump.add_argument("--split", choices=("train", "dev"), default="train")
    dump.add_argument("--articles", type=int, default=500)
    diff = sub.add_parser("diff", help="list the statements two dumps give differently")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        n = write_dump(args.out, statements_of(args.split, args.articles))
        print(f"{n} statements written to {args.out}")
        return
    before, after = read_dump(args.before), read_dump(args.after)
    pairs = changed(before, after)
    for k, (old, new) in enumerate(pairs, 1):
        print(f"#{k} {old.article} @{old.start}: {old.source!r} -> {old.speaker or '-'}")
        print(f"    now {new.source!r} -> {new.speaker or '-'}")
        print(f"    {old.context[-CONTEXT_CHARS:]}")
    print(f"{len(pairs)} of {len(before)} statements changed source or speaker")


if __name__ == "__main__":
    main()
