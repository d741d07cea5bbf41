"""Phrases that mark navigation, promotion and share/subscribe lines, in several languages.

These are general web-page conventions, not strings of any particular article: a line
is only treated as boilerplate when one of these markers *dominates* it (see
`newsdossier.clean.boilerplate`).
"""

from __future__ import annotations

import re

# Markers that introduce lists of other articles or ask the reader to go elsewhere.
_EN = (
    r"read more|read also|also read|read next|read the full story|keep reading"
    r"|continue reading|continued on|related(?: articles?| stories| news| coverage| content"
    r"| topics| links| posts)?|more (?:from|on|in|about|news|stories|coverage|headlines)"
    r"|more like this|see also|recommended(?: for you| stories| articles)?|you may also like"
    r"|you might also like|don'?t miss|must read|most (?:read|popular|viewed|shared)"
    r"|trending(?: now| stories)?|top stories|latest (?:news|stories|headlines)|editor'?s picks"
    r"|breaking news|click here|tap here|sign up|log ?in|register|subscribe(?: now| today)?"
    r"|newsletter|follow us|follow (?:\w+ ){0,3}on (?:twitter|x|facebook|instagram)"
    r"|share (?:this|on|via)|share|tweet|email|print|whatsapp|facebook|twitter|linkedin"
    r"|download (?:our|the) (?:free )?app|get (?:the|our) app|download app|advertisement"
    r"|advertising|sponsored(?: content)?|ad feedback|skip (?:to )?(?:main )?content"
    r"|back to top|scroll to top|comments?|leave a comment|join the conversation"
    r"|tags?|topics?|filed under|watch|listen|photo gallery|video"
    r"|all rights reserved|terms of (?:use|service)|privacy policy|cookie(?:s| policy)?"
    r"|enditem|end item|\(end\)|-+ ?end ?-+|story continues below(?: advertisement)?"
    r"|(?:chinese|english|japanese|korean) version|also (?:on|in|see|read)"
    r"|scroll (?:down|to continue(?: with content)?)|loading\.*"
)
_OTHER = (
    r"延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|推薦閱讀|推荐阅读|更多新聞|更多新闻"
    r"|熱門新聞|热门新闻|最新新聞|最新新闻|看更多|請繼續往下閱讀|请继续往下阅读|繼續閱讀|继续阅读"
    r"|下載\s*APP|下载\s*APP|點我|点我|按我|訂閱|订阅|分享|廣告|广告|版權所有|版权所有"
    r"|中文版|英文版|関連記事|続きを読む|アプリ|広告|シェア|관련\s*기사|더보기|구독|광고|공유"
    r"|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|anzeige|teilen"
    r"|lire (?:aussi|la suite)|à lire aussi|publicité|partager|leer más|lee también|publicidad"
    r"|compartir|leia (?:mais|também)|publicidade|compartilhar|читайте также"
)
_MARKER = re.compile(rf"(?<![A-Za-z])(?:{_EN}|{_OTHER})(?![A-Za-z])", re.IGNORECASE)
_MARKER_START = re.compile(rf"^[\W_]*(?:{_EN}|{_OTHER})(?![A-Za-z])", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b|版權所有|版权所有)", re.IGNORECASE)
_SOURCE = re.compile(
    r"^\W*(?:news source|article source|original source|新聞來源|新闻来源|消息來源|消息来源"
    r"|原文來源|原文来源|原文出處|原文出处|出典元|기사\s*출처)\s*[:：]\s*(?P<name>\S.{0,60}?)\W*$",
    re.IGNORECASE,
)
_SECTION = re.compile(r"^\s*[-–—|•·»>]\s*[A-Z][\w&'’]*(?:[ /&][A-Za-z&'’]+){0,2}\s*$")


_CONTACT = re.compile(
    r"^[(<\[]?(?:\S+@\S+\.\w{2,}|https?://\S+[\w/]|www\.\S+[\w/]|@\w{2,})[)>\]]?$"
)


def is_contact(line: str) -> bool:
    """Whether ``line`` is only an e-mail address, a web address or a social handle."""
    return bool(_CONTACT.match(line))


def starts_with_marker(line: str) -> bool:
    """Whether ``line`` opens with a navigation or promotion marker ("Read more: ...")."""
    return bool(_MARKER_START.match(line))


def marker_share(line: str) -> float:
    """Share of the line's non-space characters covered by marker phrases."""
    chars = sum(1 for c in line if not c.isspace())
    if not chars:
        return 0.0
    covered = sum(len(m.group(0).replace(" ", "")) for m in _MARKER.finditer(line))
    return covered / chars


def has_marker(line: str) -> bool:
    """Whether any navigation or promotion marker occurs in ``line``."""
    return bool(_MARKER.search(line))


def is_copyright(line: str) -> bool:
    """Whether ``line`` is a copyright notice ("© 2025 Outlet. All rights reserved.")."""
    return bool(_COPYRIGHT.match(line))


def source_name(line: str) -> str | None:
    """The outlet named by a source line ("Source: Reuters", "新聞來源：TAIPEI TIMES")."""
    m = _SOURCE.match(line)
    return m["name"].strip() if m else None


def is_section_marker(line: str) -> bool:
    """Whether ``line`` is a section label such as "- Culture" or "| World"."""
    return bool(_SECTION.match(line))
