"""Python reader for the vocabulary format (vocab/kernel.vocab, user configs).

The compiler engines read the table with the core's C parser; this reader
serves the Python tools (the Coccinelle list generator, the drift test) and
checks the same rules: known categories and keys, numeric argument positions,
known levels and kinds, identifier names, expands= naming an API.  A later
file's entry for a name adds to earlier ones (a user config layered on the
table); the table's own duplicates are the drift test's to find.
"""

import re
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
        self.by_ns = {}		# namespace(entry) -> its entry in force
        self.replaced = []	# (earlier, later) entries for one name

    def by_category(self, cat):
        return [e for e in self.entries if e.category == cat]

    def names(self):
        return {e.name for e in self.entries if e.category not in OWN_NAMESPACE}

    def keywords(self):
        return set(LEVELS) | set(KINDS)


def valid_kinds(value):
    """kind=K or kind=K+K2 (two different kinds)."""
    parts = value.split("+")
    return (len(parts) <= 2 and len(set(parts)) == len(parts) and
            all(p in KINDS for p in parts))


IDENT = re.compile(r"^[A-Za-z_]\w*$")


def namespace(category, name):
    return (category in OWN_NAMESPACE and category, name)


def load_vocab(path, vocab=None):
    """Read PATH into VOCAB (a new one if None); VocabError names file:line."""
    vocab = vocab or Vocab()
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
    except OSError as e:
        raise VocabError("cannot read vocabulary %s: %s" % (path, e.strerror))
    here = {}
    for no, raw in enumerate(lines, 1):
        where = "%s:%d" % (path, no)
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        if len(line) < 2:
            raise VocabError("%s: expected CATEGORY NAME [key=value ...]" % where)
        cat, name, kvs = line[0], line[1], line[2:]
        if cat not in KEYS:
            raise VocabError("%s: unknown category %r" % (where, cat))
        if not IDENT.match(name):
            raise VocabError("%s: %r is not an identifier" % (where, name))
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
            if k == "kind" and not valid_kinds(v):
                raise VocabError("%s: unknown kind %r" % (where, v))
            keys[k] = v
        # A later file's line for a name replaces an earlier one, as in the
        # core (docs/vocabulary.md); duplicates() lists the replaced ones.
        # Twice in one file is an error, as in the core.
        entry, ns = Entry(cat, name, keys, where), namespace(cat, name)
        if ns in here:
            raise VocabError("%s: %s already defined at line %d" % (where, name, here[ns]))
        here[ns] = no
        if ns in vocab.by_ns:
            vocab.entries.remove(vocab.by_ns[ns])
            vocab.replaced.append((vocab.by_ns[ns], entry))
        vocab.by_ns[ns] = entry
        vocab.entries.append(entry)
    apis = {e.name for e in vocab.entries if "expands" not in e.keys}
    for e in vocab.entries:
        target = e.keys.get("expands")
        if target and target not in apis:
            raise VocabError("%s: expands=%s names no API in the table" % (e.where, target))
    return vocab


def duplicates(vocab):
    """Names defined twice in one name space, as error messages."""
    return ["%s: %s already defined at %s" % (new.where, new.name, old.where)
            for old, new in vocab.replaced]


def parse_marker(spec):
    """`CAT[+CAT...] [key=value ...]` of a `// pgcheck-vocab:` marker."""
    words = spec.split()
    if not words:
        raise VocabError("empty pgcheck-vocab marker")
    want = {}
    for w in words[1:]:
        k, eq, v = w.partition("=")
        if not eq:
            raise VocabError("marker word %r is not key=value" % w)
        want[k] = v
    return words[0].split("+"), want


def marker_value(entry, key):
    """An entry's value of KEY as markers match it: of kind=K+K2 the lock's
    own kind K (the Coccinelle lists pair a lock's enter with its leave)."""
    v = entry.keys.get(key)
    return v.split("+")[0] if key == "kind" and v else v


def select(vocab, cats, want):
    """Names of CATS as source spells them (no expands=), in table order,
    whose keys match WANT; `key=` (empty) selects entries without the key."""
    names = []
    for cat in cats:
        if cat not in vocab.categories:
            raise VocabError("marker names unknown category %r" % cat)
    for e in vocab.entries:
        if e.category not in cats or "expands" in e.keys:
            continue
        if all(marker_value(e, k) == (v or None) for k, v in want.items()):
            if e.name not in names:
                names.append(e.name)
    return names
