"""The Ray engine: identical stored results to the local engine; a clear error without Ray."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdossier.errors import InputError, NewsdossierError
from newsdossier.eval.corpora import iter_polnear, iter_timeml
from newsdossier.runner import ingest_pool
from newsdossier.store import Store

#: Articles in the equivalence corpus: enough to mix outlets and cross-article entities,
#: small enough for a 2-core CI machine.
EQUIVALENCE_ARTICLES = 100

_QUERIES = {
    "documents": "SELECT id, source, published, title, body, duplicate_of FROM documents",
    "entities": "SELECT id, name, type, aliases FROM entities",
    "doc_entities": "SELECT doc_id, entity_id, name, type, aliases FROM doc_entities",
    "mentions": "SELECT * FROM mentions",
    "statements": "SELECT * FROM statements",
    "timexes": "SELECT * FROM timexes",
    "roles": "SELECT * FROM roles",
    "events": "SELECT * FROM events",
}


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, readonly=True) as store:
        return {
            name: sorted((tuple(r) for r in store.conn.execute(q)), key=repr)
            for name, q in _QUERIES.items()
        }


def _write_corpus(folder: Path, limit: int) -> None:
    """Half TimeML (dated by their creation time), half PolNeAR (dated by file name)."""
    folder.mkdir()
    timeml = iter_timeml()
    for _, doc in zip(range(limit // 2), timeml, strict=False):
        text = f"date {doc.dct[:10]}\n{doc.text.strip()}\n"
        (folder / f"timeml_{doc.name}.txt").write_text(text, encoding="utf-8")
    polnear = iter_polnear("dev")
    for _, doc in zip(range(limit - limit // 2), polnear, strict=False):
        date = doc.name.split("_")[1]
        text = f"date {date}\n{doc.text.strip()}\n"
        (folder / f"polnear_{doc.name}.txt").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_runner_ray_and_local_engines_store_the_same(shared: Path, tmp_path: Path) -> None:
    from newsdossier.runner.ray import ingest_ray

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, EQUIVALENCE_ARTICLES)
    with Store(tmp_path / "local.db") as store:
        local = ingest_pool([str(corpus)], store, workers=2)
    with Store(tmp_path / "ray.db") as store:
        ray = ingest_ray([str(corpus)], store, shards=tmp_path / "shards", workers=2)
    assert local.new == ray.new == EQUIVALENCE_ARTICLES
    assert local.rejected == ray.rejected == []
    a, b = _snapshot(tmp_path / "local.db"), _snapshot(tmp_path / "ray.db")
    for name in _QUERIES:
        assert a[name] == b[name], name
    assert a["statements"]
    assert a["timexes"]
    assert a["entities"]


def test_runner_ray_missing_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdossier.runner.ray import RayUnavailableError, import_ray

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    with pytest.raises(RayUnavailableError) as info:
        import_ray()
    assert isinstance(info.value, NewsdossierError)
    assert "pip install 'newsdossier[ray]'" in str(info.value)
    assert "\n" not in str(info.value)


def test_runner_ray_refuses_stdin(tmp_path: Path) -> None:
    from newsdossier.runner.ray import ingest_ray

    with Store(tmp_path / "s.db") as store, pytest.raises(InputError, match="stdin"):
        ingest_ray(["-"], store, shards=tmp_path / "shards")
