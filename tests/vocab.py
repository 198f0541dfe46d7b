"""Reader for the vocabulary format (vocab/kernel.vocab, user configs).

The engines' own reader is the core's C parser; this one serves the test
tooling (drift test) and validates the same rules: known categories and keys,
numeric argument positions, no duplicate names, expands= naming an API.
"""

from dataclasses import dataclass

LEVELS = ("pgd", "p4d", "pud", "pmd", "pte")
KINDS = ("spin", "raw_spin", "rwlock", "irq", "bh", "preempt", "rcu",
         "bit_spin", "kmap_atomic", "lazy_mmu")
NUMERIC = {"entry", "entry-value", "zero", "arg", "start", "end", "addr",
           "walk", "gfp"}
KEYS = {
    "clear": {"level", "entry", "zero"},
    "entry-value": {"arg"},
    "clear-flush": {"level", "entry"},
    "table": {"level", "entry", "entry-value", "yields"},
    "leaf-test": {"level", "entry", "entry-value"},
    "same-object": {"arg"},
    "free": {"arg"},
    "free-deferred": {"arg"},
    "flush": {"start", "end", "scope", "addr", "walk"},
    "not-flush": set(),
    "alloc": {"gfp"},
    "alloc-sleeps": set(),
    "might-alloc": {"gfp"},
    "gfp-sleep-bit": set(),
    "gfp-sleeps": set(),
    "gfp-nosleep": set(),
    "atomic-enter": {"kind"},
    "atomic-leave": {"kind"},
    "atomic-try": {"kind"},
    "guard": {"kind"},
    "span": {"level"},
    "may-alloc": set(),
    "noalloc": set(),
}
# Guard and span names live in their own name spaces (guard class names,
# macro names), not among function names.
OWN_NAMESPACE = {"guard", "span"}


class VocabError(Exception):
    pass


@dataclass
class Entry:
    category: str
    name: str
    keys: dict
    where: str


class Vocab:
    def __init__(self):
        self.entries = []
        self.categories = set(KEYS)

    def by_category(self, cat):
        return [e for e in self.entries if e.category == cat]

    def names(self):
        return {e.name for e in self.entries if e.category not in OWN_NAMESPACE}

    def keywords(self):
        return set(LEVELS) | set(KINDS)


def load_vocab(path, vocab=None):
    vocab = vocab or Vocab()
    seen = {}
    for e in vocab.entries:
        seen[(e.category in OWN_NAMESPACE and e.category, e.name)] = e.where
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            where = "%s:%d" % (path, no)
            line = raw.split("#", 1)[0].split()
            if not line:
                continue
            if len(line) < 2:
                raise VocabError("%s: expected CATEGORY NAME [key=value ...]" % where)
            cat, name, kvs = line[0], line[1], line[2:]
            if cat not in KEYS:
                raise VocabError("%s: unknown category %r" % (where, cat))
            keys = {}
            for kv in kvs:
                k, eq, v = kv.partition("=")
                if not eq or not v:
                    raise VocabError("%s: %r is not key=value" % (where, kv))
                if k != "expands" and k not in KEYS[cat]:
                    raise VocabError("%s: key %r not allowed for %s" % (where, k, cat))
                if k in keys:
                    raise VocabError("%s: key %r given twice" % (where, k))
                if k in NUMERIC and not (v.isdigit() and int(v) >= 1):
                    raise VocabError("%s: %s=%s is not an argument position" % (where, k, v))
                if k == "level" and v not in LEVELS:
                    raise VocabError("%s: unknown level %r" % (where, v))
                if k == "kind" and v not in KINDS:
                    raise VocabError("%s: unknown kind %r" % (where, v))
                keys[k] = v
            ns = (cat in OWN_NAMESPACE and cat, name)
            if ns in seen:
                raise VocabError("%s: %s already defined at %s" % (where, name, seen[ns]))
            seen[ns] = where
            vocab.entries.append(Entry(cat, name, keys, where))
    apis = {e.name for e in vocab.entries if "expands" not in e.keys}
    for e in vocab.entries:
        target = e.keys.get("expands")
        if target and target not in apis:
            raise VocabError("%s: expands=%s names no API in the table" % (e.where, target))
    return vocab
