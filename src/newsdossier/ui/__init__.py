"""Web UI: server-rendered Jinja2 pages, a small script and a style sheet; no build step."""
