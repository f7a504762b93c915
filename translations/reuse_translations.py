#!/usr/bin/env python3
"""Fills unfinished messages of .ts files from translations of the same source text elsewhere.

After a string moves to another class (another translation context), lupdate drops the old
entry and adds an unfinished one. This copies the translation the same source text has in
another context of the same file, or had in an earlier version of it:

    python3 translations/reuse_translations.py translations/tandem_lt.ts [OLD.ts …]

Only plain text edits: the file's formatting stays as lupdate wrote it.
"""
import html
import re
import sys

MESSAGE = re.compile(r"<message( numerus=\"yes\")?>\s*<source>(.*?)</source>(.*?)</message>", re.S)
TRANSLATION = re.compile(r"<translation( type=\"unfinished\")?>(.*?)</translation>", re.S)


def finished(text):
    known = {}
    for m in MESSAGE.finditer(text):
        t = TRANSLATION.search(m.group(3))
        if t and not t.group(1) and t.group(2).strip():
            known.setdefault((bool(m.group(1)), m.group(2)), t.group(2))
    return known


def main():
    target = sys.argv[1]
    with open(target, encoding="utf-8") as f:
        text = f.read()
    known = finished(text)
    for extra in sys.argv[2:]:
        with open(extra, encoding="utf-8") as f:
            for key, value in finished(f.read()).items():
                known.setdefault(key, value)
    filled = 0

    def fill(m):
        nonlocal filled
        key = (bool(m.group(1)), m.group(2))
        t = TRANSLATION.search(m.group(3))
        if not t or not t.group(1) or key not in known:
            return m.group(0)
        filled += 1
        body = m.group(3)[: t.start()] + "<translation>" + known[key] + "</translation>" + m.group(3)[t.end():]
        return "<message%s>\n        <source>%s</source>%s</message>" % (m.group(1) or "", m.group(2), body)

    text = MESSAGE.sub(fill, text)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    left = text.count('type="unfinished"')
    print("%s: %d filled from known translations, %d still unfinished" % (target, filled, left))


if __name__ == "__main__":
    main()
