"""newsdossier: a sourced, time-aware record of who said what, when, about whom."""

__version__ = "0.1.0"
