// SPDX-License-Identifier: GPL-2.0
/* Parser of the vocabulary format (docs/vocabulary.md). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgcheck/core.h"
#include "vocab.h"

const char *const pgc_kind_names[PGC_NKINDS] = {
	"spin", "raw_spin", "rwlock", "irq", "bh", "preempt", "rcu",
	"bit_spin", "kmap_atomic", "lazy_mmu",
};

const char *const pgc_level_names[PGC_NLEVELS] = {
	"pte", "pmd", "pud", "p4d", "pgd",
};

/* Keys, as bits of the per-category allowed mask. */
enum key {
	K_LEVEL, K_ENTRY, K_ENTRY_VALUE, K_ZERO, K_ARG, K_YIELDS, K_START,
	K_END, K_SCOPE, K_ADDR, K_WALK, K_GFP, K_KIND, K_EXPANDS, NKEYS
};

static const char *const key_names[NKEYS] = {
	"level", "entry", "entry-value", "zero", "arg", "yields", "start",
	"end", "scope", "addr", "walk", "gfp", "kind", "expands",
};

#define B(k)	(1u << (k))

static const struct {
	const char *name;
	unsigned int keys;	/* allowed */
	unsigned int required;
	int is_macro;		/* names a macro, not a called function */
} cats[PGC_NCATS] = {
	[PGC_CAT_CLEAR] = { "clear", B(K_LEVEL) | B(K_ENTRY) | B(K_ZERO) |
			    B(K_EXPANDS), B(K_LEVEL) | B(K_ENTRY), 0 },
	[PGC_CAT_ENTRY_VALUE] = { "entry-value", B(K_ARG) | B(K_EXPANDS),
				  B(K_ARG), 0 },
	[PGC_CAT_CLEAR_FLUSH] = { "clear-flush", B(K_LEVEL) | B(K_ENTRY) |
				  B(K_EXPANDS), B(K_LEVEL) | B(K_ENTRY), 0 },
	[PGC_CAT_TABLE] = { "table", B(K_LEVEL) | B(K_ENTRY) |
			    B(K_ENTRY_VALUE) | B(K_YIELDS) | B(K_EXPANDS),
			    B(K_LEVEL) | B(K_YIELDS), 0 },
	[PGC_CAT_LEAF_TEST] = { "leaf-test", B(K_LEVEL) | B(K_ENTRY) |
				B(K_ENTRY_VALUE) | B(K_EXPANDS), B(K_LEVEL), 0 },
	[PGC_CAT_SAME_OBJECT] = { "same-object", B(K_ARG) | B(K_EXPANDS),
				  B(K_ARG), 0 },
	[PGC_CAT_FREE] = { "free", B(K_ARG) | B(K_EXPANDS), B(K_ARG), 0 },
	[PGC_CAT_FREE_DEFERRED] = { "free-deferred", B(K_ARG) | B(K_EXPANDS),
				    B(K_ARG), 0 },
	[PGC_CAT_FLUSH] = { "flush", B(K_START) | B(K_END) | B(K_SCOPE) |
			    B(K_ADDR) | B(K_WALK) | B(K_EXPANDS), 0, 0 },
	[PGC_CAT_NOT_FLUSH] = { "not-flush", B(K_EXPANDS), 0, 0 },
	[PGC_CAT_ALLOC] = { "alloc", B(K_GFP) | B(K_EXPANDS), B(K_GFP), 0 },
	[PGC_CAT_ALLOC_SLEEPS] = { "alloc-sleeps", B(K_EXPANDS), 0, 0 },
	[PGC_CAT_MIGHT_ALLOC] = { "might-alloc", B(K_GFP) | B(K_EXPANDS),
				  B(K_GFP), 0 },
	[PGC_CAT_GFP_SLEEP_BIT] = { "gfp-sleep-bit", B(K_EXPANDS), 0, 1 },
	[PGC_CAT_GFP_SLEEPS] = { "gfp-sleeps", B(K_EXPANDS), 0, 1 },
	[PGC_CAT_GFP_NOSLEEP] = { "gfp-nosleep", B(K_EXPANDS), 0, 1 },
	[PGC_CAT_ATOMIC_ENTER] = { "atomic-enter", B(K_KIND) | B(K_EXPANDS),
				   B(K_KIND), 0 },
	[PGC_CAT_ATOMIC_LEAVE] = { "atomic-leave", B(K_KIND) | B(K_EXPANDS),
				   B(K_KIND), 0 },
	[PGC_CAT_ATOMIC_TRY] = { "atomic-try", B(K_KIND) | B(K_EXPANDS),
				 B(K_KIND), 0 },
	[PGC_CAT_GUARD] = { "guard", B(K_KIND) | B(K_EXPANDS), B(K_KIND), 0 },
	[PGC_CAT_SPAN] = { "span", B(K_LEVEL) | B(K_EXPANDS), B(K_LEVEL), 1 },
	[PGC_CAT_MAY_ALLOC] = { "may-alloc", 0, 0, 0 },
	[PGC_CAT_NOALLOC] = { "noalloc", 0, 0, 0 },
};

struct parse {
	struct pgc_vocab *v;
	const char *file;
	unsigned int line;
	char *err;
	size_t errlen;
};

static int perr(struct parse *p, const char *fmt, const char *a,
		const char *b)
{
	int n = snprintf(p->err, p->errlen, "%s:%u: ", p->file, p->line);

	if (n >= 0 && (size_t)n < p->errlen)
		snprintf(p->err + n, p->errlen - n, fmt, a, b);
	return -1;
}

static int lookup(const char *const *names, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i], s))
			return i;
	return -1;
}

/*
 * kind=K or kind=K+K2: a lock-irqsave enters (and its irqrestore leaves)
 * two kinds at once, the lock's and irq.
 */
static int parse_kinds(struct parse *p, const char *val, struct pgc_ventry *e)
{
	const char *plus = strchr(val, '+');
	char first[32];
	size_t n = plus ? (size_t)(plus - val) : strlen(val);

	if (n >= sizeof(first))
		return perr(p, "kind=%s: unknown atomic kind%s", val, "");
	memcpy(first, val, n);
	first[n] = '\0';
	e->kind = lookup(pgc_kind_names, PGC_NKINDS, first);
	if (e->kind < 0)
		return perr(p, "kind=%s: unknown atomic kind%s", val, "");
	if (!plus)
		return 0;
	e->kind2 = lookup(pgc_kind_names, PGC_NKINDS, plus + 1);
	if (e->kind2 < 0 || e->kind2 == e->kind)
		return perr(p, "kind=%s: expected two different atomic kinds K+K%s",
			    val, "");
	return 0;
}

static int parse_argno(struct parse *p, const char *key, const char *val,
		       int *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(val, &end, 10);
	if (errno || *end || n < 1 || n > 64)
		return perr(p, "%s=%s: expected an argument number (1-based)",
			    key, val);
	*out = (int)n;
	return 0;
}

static int set_key(struct parse *p, struct pgc_ventry *e, enum key k,
		   const char *val)
{
	const char *kn = key_names[k];

	switch (k) {
	case K_LEVEL:
		e->level = lookup(pgc_level_names, PGC_NLEVELS, val);
		if (e->level < 0)
			return perr(p, "level=%s: unknown level%s", val, "");
		if (e->cat != PGC_CAT_SPAN && e->level == PGC_LVL_PTE)
			return perr(p, "level=%s: entries are pgd|p4d|pud|pmd%s",
				    val, "");
		return 0;
	case K_ENTRY:
		return parse_argno(p, kn, val, &e->entry);
	case K_ENTRY_VALUE:
		return parse_argno(p, kn, val, &e->entry_value);
	case K_ZERO:
		return parse_argno(p, kn, val, &e->zero);
	case K_ARG:
		return parse_argno(p, kn, val, &e->arg);
	case K_START:
		return parse_argno(p, kn, val, &e->start);
	case K_END:
		return parse_argno(p, kn, val, &e->end);
	case K_ADDR:
		return parse_argno(p, kn, val, &e->addr);
	case K_WALK:
		return parse_argno(p, kn, val, &e->walk);
	case K_GFP:
		return parse_argno(p, kn, val, &e->gfp);
	case K_YIELDS:
		if (!strcmp(val, "slot"))
			e->yields_slot = 1;
		else if (strcmp(val, "table"))
			return perr(p, "yields=%s: expected table or slot%s",
				    val, "");
		return 0;
	case K_SCOPE:
		if (strcmp(val, "all"))
			return perr(p, "scope=%s: only scope=all exists%s", val,
				    "");
		e->scope_all = 1;
		return 0;
	case K_KIND:
		return parse_kinds(p, val, e);
	case K_EXPANDS:
		e->expands = pgc_arena_strdup(p->v->arena, val);
		return 0;
	case NKEYS:
		break;
	}
	return perr(p, "internal error at key %s%s", kn, "");
}

static int check_entry(struct parse *p, struct pgc_ventry *e)
{
	if (e->cat == PGC_CAT_TABLE && !e->entry == !e->entry_value)
		return perr(p, "table %s: needs exactly one of entry= and entry-value=%s",
			    e->name, "");
	if (e->cat == PGC_CAT_LEAF_TEST && !e->entry == !e->entry_value)
		return perr(p, "leaf-test %s: needs exactly one of entry= and entry-value=%s",
			    e->name, "");
	if (e->cat == PGC_CAT_FLUSH &&
	    !e->scope_all && !e->addr && !e->walk && !(e->start && e->end))
		return perr(p, "flush %s: needs start= and end=, addr=, walk= or scope=all%s",
			    e->name, "");
	if (e->cat == PGC_CAT_FLUSH &&
	    !!e->scope_all + !!e->addr + !!e->walk + !!e->start > 1)
		return perr(p, "flush %s: give only one of start=/end=, addr=, walk=, scope=all%s",
			    e->name, "");
	if (e->cat == PGC_CAT_FLUSH && !!e->start != !!e->end)
		return perr(p, "flush %s: start= and end= go together%s",
			    e->name, "");
	return 0;
}

/* The entry E would replace: same name in the same name space. */
static struct pgc_ventry *entry_replaced(struct pgc_vocab *v,
					 const struct pgc_ventry *e)
{
	if (e->cat == PGC_CAT_GUARD)
		return pgc_strmap_get(&v->funcs,
				      pgc_arena_printf(v->arena,
						       "class_%s_constructor",
						       e->name));
	if (cats[e->cat].is_macro)
		return pgc_strmap_get(&v->macros, e->name);
	return pgc_strmap_get(&v->funcs, e->name);
}

static void add_entry(struct pgc_vocab *v, struct pgc_ventry *e)
{
	char *n;

	switch (e->cat) {
	case PGC_CAT_GUARD:
		/* guard(NAME) becomes class_NAME_constructor/_destructor. */
		n = pgc_arena_printf(v->arena, "class_%s_constructor", e->name);
		pgc_strmap_put(&v->funcs, n, e);
		n = pgc_arena_printf(v->arena, "class_%s_destructor", e->name);
		pgc_strmap_put(&v->funcs, n, e);
		break;
	case PGC_CAT_GFP_SLEEP_BIT:
		if (v->nsleep_bits < 8)
			v->sleep_bit[v->nsleep_bits++] = e->name;
		pgc_strmap_put(&v->macros, e->name, e);
		break;
	case PGC_CAT_SPAN: {
		int i;

		for (i = 0; i < 4 && v->spans[e->level][i]; i++)
			;
		if (i < 4)
			v->spans[e->level][i] = e->name;
		pgc_strmap_put(&v->macros, e->name, e);
		break;
	}
	default:
		if (cats[e->cat].is_macro)
			pgc_strmap_put(&v->macros, e->name, e);
		else
			pgc_strmap_put(&v->funcs, e->name, e);
		break;
	}
}

static char *next_tok(char **s)
{
	char *t;

	while (**s == ' ' || **s == '\t' || **s == '\r')
		(*s)++;
	if (!**s)
		return NULL;
	t = *s;
	while (**s && **s != ' ' && **s != '\t' && **s != '\r')
		(*s)++;
	if (**s)
		*(*s)++ = '\0';
	return t;
}

static int parse_line(struct parse *p, char *line)
{
	struct pgc_ventry *e, *prev;
	char *hash = strchr(line, '#');
	char *cat, *name, *kv;
	unsigned int seen = 0;
	int c;

	if (hash)
		*hash = '\0';
	cat = next_tok(&line);
	if (!cat)
		return 0;
	for (c = 0; c < PGC_NCATS; c++)
		if (!strcmp(cats[c].name, cat))
			break;
	if (c == PGC_NCATS)
		return perr(p, "unknown category '%s'%s", cat, "");
	name = next_tok(&line);
	if (!name)
		return perr(p, "%s: missing name%s", cat, "");
	e = pgc_arena_alloc(p->v->arena, sizeof(*e));
	e->cat = (enum pgc_cat)c;
	e->name = pgc_arena_strdup(p->v->arena, name);
	e->level = PGC_LVL_NONE;
	e->kind = -1;
	e->kind2 = -1;
	e->file = p->file;
	e->line = p->line;
	while ((kv = next_tok(&line))) {
		char *eq = strchr(kv, '=');
		int k;

		if (!eq)
			return perr(p, "'%s': expected key=value%s", kv, "");
		*eq = '\0';
		k = lookup(key_names, NKEYS, kv);
		if (k < 0)
			return perr(p, "unknown key '%s'%s", kv, "");
		if (!(cats[c].keys & B(k)))
			return perr(p, "key '%s' does not apply to %s", kv, cat);
		if (seen & B(k))
			return perr(p, "key '%s' given twice%s", kv, "");
		seen |= B(k);
		if (set_key(p, e, (enum key)k, eq + 1))
			return -1;
	}
	if ((seen & cats[c].required) != cats[c].required) {
		for (c = 0; c < NKEYS; c++)
			if ((cats[e->cat].required & B(c)) && !(seen & B(c)))
				return perr(p, "%s: missing key '%s'", cat,
					    key_names[c]);
	}
	if (check_entry(p, e))
		return -1;
	/*
	 * A later file overrides the table (a user config), but a name twice
	 * in one file is a mistake: name the earlier line instead of
	 * silently letting the later one win.
	 */
	prev = entry_replaced(p->v, e);
	if (prev && prev->file == p->file) {
		char at[32];

		snprintf(at, sizeof(at), "%u", prev->line);
		return perr(p, "%s already defined at line %s", e->name, at);
	}
	add_entry(p->v, e);
	return 0;
}

int pgc_vocab_load_text(struct pgc_vocab *v, const char *name,
			const char *text, char *err, size_t errlen)
{
	struct parse p = { v, NULL, 0, err, errlen };
	char *copy = strdup(text), *line, *nl;
	int ret = 0;

	if (!copy) {
		snprintf(err, errlen, "%s: out of memory", name);
		return -1;
	}
	p.file = pgc_arena_strdup(v->arena, name);
	for (line = copy; line && !ret; line = nl) {
		nl = strchr(line, '\n');
		if (nl)
			*nl++ = '\0';
		p.line++;
		ret = parse_line(&p, line);
	}
	free(copy);
	return ret;
}

int pgc_vocab_load_file(struct pgc_vocab *v, const char *path, char *err,
			size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *text;
	long n;
	int ret;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		snprintf(err, errlen, "%s: cannot read", path);
		fclose(f);
		return -1;
	}
	text = malloc((size_t)n + 1);
	if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) {
		snprintf(err, errlen, "%s: cannot read", path);
		free(text);
		fclose(f);
		return -1;
	}
	fclose(f);
	text[n] = '\0';
	if (strlen(text) != (size_t)n) {
		snprintf(err, errlen, "%s: not a text file", path);
		free(text);
		return -1;
	}
	ret = pgc_vocab_load_text(v, path, text, err, errlen);
	free(text);
	return ret;
}

struct pgc_vocab *pgc_vocab_new_empty(void)
{
	struct pgc_arena *a = pgc_arena_new();
	struct pgc_vocab *v = pgc_arena_alloc(a, sizeof(*v));

	v->arena = a;
	pgc_strmap_init(&v->funcs, a);
	pgc_strmap_init(&v->macros, a);
	return v;
}

struct pgc_vocab *pgc_vocab_new_default(void)
{
	struct pgc_vocab *v = pgc_vocab_new_empty();
	char err[512];

	if (pgc_vocab_load_text(v, "kernel.vocab (built in)",
				pgc_vocab_default_text, err, sizeof(err))) {
		/* The build checks the table; this is a build bug. */
		fprintf(stderr, "pgcheck: %s\n", err);
		pgc_vocab_free(v);
		return NULL;
	}
	return v;
}

void pgc_vocab_free(struct pgc_vocab *v)
{
	if (v)
		pgc_arena_free(v->arena);
}

const struct pgc_ventry *pgc_vocab_func(const struct pgc_vocab *v,
					const char *name)
{
	return name ? pgc_strmap_get(&v->funcs, name) : NULL;
}

const struct pgc_ventry *pgc_vocab_macro(const struct pgc_vocab *v,
					 const char *name)
{
	return name ? pgc_strmap_get(&v->macros, name) : NULL;
}

void pgc_vocab_for_each_const(const struct pgc_vocab *v,
			      void (*fn)(const char *name, void *ctx),
			      void *ctx)
{
	unsigned int i, l;

	for (i = 0; i < v->nsleep_bits; i++)
		fn(v->sleep_bit[i], ctx);
	for (l = 0; l < PGC_NLEVELS; l++)
		for (i = 0; i < 4 && v->spans[l][i]; i++)
			fn(v->spans[l][i], ctx);
}

const char *pgc_vocab_category(const struct pgc_vocab *v, const char *name)
{
	const struct pgc_ventry *e = pgc_vocab_func(v, name);

	return e ? cats[e->cat].name : NULL;
}
