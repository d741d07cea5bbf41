"""The export record, version 1 (DESIGN.md): the public shape of one processed article."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article

RECORD_VERSION = 1


def export_record(article: Article) -> dict[str, Any]:
    """The version-1 export record of an article; empty lists for layers not built."""
    a = article
    return {
        "version": RECORD_VERSION,
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "outlet": a.outlet,
        "author": a.author,
        "published": a.published,
        "dateline": a.dateline,
        "dateline_place": a.dateline_place,
        "language": a.language,
        "title": a.title,
        "kicker": a.kicker,
        "caption": a.caption,
        "caption_credit": a.caption_credit,
        "body": a.body,
        "duplicate_of": a.duplicate_of,
        "removed": list(a.removed),
        "warnings": list(a.warnings),
        "sentences": [[s.start, s.end] for s in a.sentences],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text, "field": m.field}
                    for m in e.mentions
                ],
            }
            for e in a.entities
        ],
        "statements": [
            {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "kind": s.kind,
                "speaker": (
                    {"entity_id": s.speaker.entity_id, "name": s.speaker.name}
                    if s.speaker
                    else None
                ),
                "source_description": s.source_description,
                "cue": s.cue,
                "date": s.date,
                "confidence": s.confidence,
                "reported_by": s.reported_by,
            }
            for s in a.statements
        ],
        "timexes": [
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "field": t.field,
            }
            for t in a.timexes
        ],
        "roles": [
            {
                "entity_id": r.entity_id,
                "person": r.person,
                "title": r.title,
                "organization": r.organization,
                "start": r.start,
                "end": r.end,
                "former": r.former,
                "as_of": r.as_of,
                "start_char": r.start_char,
                "end_char": r.end_char,
                "field": r.field,
            }
            for r in a.roles
        ],
        "events": [
            {
                "type": ev.type,
                "trigger": ev.trigger,
                "date": ev.date,
                "place": ev.place,
                "participants": [
                    {"entity_id": p.entity_id, "name": p.name, "role": p.role}
                    for p in ev.participants
                ],
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
            }
            for ev in a.events
        ],
        "relations": [
            {
                "type": r.type,
                "subject": {"entity_id": r.subject.entity_id, "name": r.subject.name},
                "object": {"entity_id": r.object.entity_id, "name": r.object.name},
                "start": r.start,
                "end": r.end,
                "sentence": r.sentence,
                "start_char": r.start_char,
                "end_char": r.end_char,
            }
            for r in a.relations
        ],
    }
