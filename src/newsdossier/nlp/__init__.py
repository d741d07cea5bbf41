"""Stage 3 (nlp): spaCy behind an adapter; only plain records leave this package."""

from newsdossier.nlp.annotate import MENTION_LABELS, annotate, annotate_doc
from newsdossier.nlp.model import PREFERRED_MODELS, default_model_name, load_model, model_label

__all__ = [
    "MENTION_LABELS",
    "PREFERRED_MODELS",
    "annotate",
    "annotate_doc",
    "default_model_name",
    "load_model",
    "model_label",
]
