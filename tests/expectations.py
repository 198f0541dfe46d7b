"""Inline expectations of a corpus case (syntax: docs/corpus.md)."""

import os
import re
import shlex
from dataclasses import dataclass, field

RULES = ("pgtable-free-unflushed", "flush-range-short",
         "sleeping-alloc-in-atomic", "alloc-in-noalloc")
ENGINES = ("cocci", "clang", "sparse")

COMMENT = re.compile(r"/\*(.*?)\*/|//(.*)$")
EXPECT = re.compile(r"^\s*expect(?:\((?P<variant>[\w-]+)\))?:\s*(?P<rules>.*?)\s*$")
KNOWN = re.compile(r"^\s*known-miss\((?P<engine>[\w-]+)\):\s*(?P<reason>.*?)\s*$")
VARIANT = re.compile(r"^\s*pgcheck-variant\s+(?P<name>[\w-]+):\s*(?P<flags>.*?)\s*$")
CONFIG = re.compile(r"^\s*pgcheck-config:\s*(?P<path>\S+)\s*$")
RT = re.compile(r"^\s*pgcheck-rt\s*$")
MARKER = re.compile(r"\b(expect\b|known-miss|pgcheck-variant|pgcheck-config|pgcheck-rt)")


@dataclass
class Case:
    path: str
    expected: set = field(default_factory=set)	# (line, rule, variant|None)
    known_miss: dict = field(default_factory=dict)	# (line, engine) -> reason
    variants: dict = field(default_factory=dict)	# name -> [flags]
    config: str = None
    rt: bool = False

    def has_expectations(self):
        return bool(self.expected)

    def expected_for(self, variant):
        return {(ln, r) for ln, r, v in self.expected if v in (None, variant)}

    def expected_union(self):
        return {(ln, r) for ln, r, _ in self.expected}


def parse_case(path):
    """Read a case's markers; malformed ones raise ValueError naming the line."""
    case = Case(path=path)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    for no, text in enumerate(lines, 1):
        for m in COMMENT.finditer(text):
            body = m.group(1) if m.group(1) is not None else m.group(2)
            if not MARKER.search(body):
                continue
            where = "%s:%d" % (path, no)
            e = EXPECT.match(body)
            k = KNOWN.match(body)
            v = VARIANT.match(body)
            c = CONFIG.match(body)
            if e:
                rules = [r.strip() for r in e["rules"].split(",")]
                for r in rules:
                    if r not in RULES:
                        raise ValueError("%s: unknown rule %r in expect "
                                         "(rules: %s)" % (where, r, ", ".join(RULES)))
                    case.expected.add((no, r, e["variant"]))
            elif k:
                if k["engine"] not in ENGINES:
                    raise ValueError("%s: unknown engine %r in known-miss"
                                     % (where, k["engine"]))
                if not k["reason"]:
                    raise ValueError("%s: known-miss needs a reason" % where)
                case.known_miss[(no, k["engine"])] = k["reason"]
            elif v:
                case.variants[v["name"]] = shlex.split(v["flags"])
            elif c:
                case.config = os.path.join(os.path.dirname(path), c["path"])
                if not os.path.isfile(case.config):
                    raise ValueError("%s: config %s not found" % (where, case.config))
            elif RT.match(body):
                case.rt = True
            elif re.match(r"^\s*(expect|known-miss|pgcheck-)", body):
                raise ValueError("%s: malformed marker %r" % (where, body.strip()))
    for (no, engine) in case.known_miss:
        if not any(ln == no for ln, _, _ in case.expected):
            raise ValueError("%s:%d: known-miss(%s) without an expect on that line"
                             % (path, no, engine))
    for _, _, v in case.expected:
        if v is not None and v not in case.variants:
            raise ValueError("%s: expect(%s) names an undeclared variant" % (path, v))
    return case
