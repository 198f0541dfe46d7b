// SPDX-License-Identifier: GPL-2.0
#include "report.h"
#include "engines.h"
#include "rules.h"
#include "util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#ifndef PGCHECK_VERSION
#define PGCHECK_VERSION "0"
#endif
#ifndef PGCHECK_DOCS_DIR
#define PGCHECK_DOCS_DIR "docs"
#endif

void add_tool_error(struct result *r, const char *file, int engine,
		    char *message)
{
	GROW(r->errors, r->nr_errors + 1, r->cap_errors);
	r->errors[r->nr_errors++] = (struct tool_error){
		.file = xstrdup(file), .engine = engine, .message = message,
	};
}

static void print_engines(FILE *out, unsigned mask)
{
	const char *sep = "";

	for (int e = 0; e < NR_ENGINES; e++) {
		if (mask & (1u << e)) {
			fprintf(out, "%s%s", sep, engines[e].name);
			sep = ", ";
		}
	}
}

void report_text(FILE *out, const struct result *r)
{
	for (int i = 0; i < r->fs.n; i++) {
		const struct finding *f = &r->fs.v[i];
		const char *p = display_path(f->file);

		if (f->col > 0)
			fprintf(out, "%s:%d:%d: warning: %s [pgcheck-%s]\n", p,
				f->line, f->col, f->message, f->rule);
		else
			fprintf(out, "%s:%d: warning: %s [pgcheck-%s]\n", p,
				f->line, f->message, f->rule);
		for (int k = 0; k < f->nr_notes; k++) {
			const struct note *n = &f->notes[k];

			fprintf(out, "%s:%d:%d: note: %s\n",
				display_path(n->file), n->line,
				n->col > 0 ? n->col : 1, n->message);
		}
		fprintf(out, "%s:%d:%d: note: reported by ", p, f->line,
			f->col > 0 ? f->col : 1);
		print_engines(out, f->engines);
		fputc('\n', out);
	}
}

void report_errors(const struct result *r)
{
	for (int i = 0; i < r->nr_errors; i++) {
		const struct tool_error *e = &r->errors[i];

		if (e->engine < 0)
			fprintf(stderr, "%s: error: no engine could parse "
				"this file; it was NOT checked (%s)\n",
				display_path(e->file), e->message);
		else
			fprintf(stderr, "%s: error: engine %s failed on this "
				"file: %s\n", display_path(e->file),
				engines[e->engine].name, e->message);
	}
}

static json_t *engines_json(unsigned mask)
{
	json_t *a = json_array();

	for (int e = 0; e < NR_ENGINES; e++)
		if (mask & (1u << e))
			json_array_append_new(a, json_string(engines[e].name));
	return a;
}

static int dump(FILE *out, json_t *root)
{
	int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	json_decref(root);
	if (rc < 0 || fputc('\n', out) == EOF) {
		error("cannot write the output");
		return -1;
	}
	return 0;
}

int report_json(FILE *out, const struct result *r)
{
	json_t *root = json_object(), *arr = json_array(), *errs = json_array();
	json_t *missing = json_object();

	json_object_set_new(root, "tool", json_string("pgcheck"));
	json_object_set_new(root, "version", json_string(PGCHECK_VERSION));
	json_object_set_new(root, "engines", engines_json(r->ran));
	for (int e = 0; e < NR_ENGINES; e++)
		if (!(r->ran & (1u << e)) && engines[e].why_missing)
			json_object_set_new(missing, engines[e].name,
					    json_string(engines[e].why_missing));
	json_object_set_new(root, "engines_missing", missing);
	for (int i = 0; i < r->fs.n; i++) {
		const struct finding *f = &r->fs.v[i];
		json_t *o = json_object(), *notes = json_array();
		json_t *fixes = json_array();

		json_object_set_new(o, "rule", json_string(f->rule));
		json_object_set_new(o, "file",
				    json_string(display_path(f->file)));
		json_object_set_new(o, "line", json_integer(f->line));
		json_object_set_new(o, "column", json_integer(f->col));
		json_object_set_new(o, "message", json_string(f->message));
		json_object_set_new(o, "engines", engines_json(f->engines));
		json_object_set_new(o, "function", f->function ?
				    json_string(f->function) : json_null());
		json_object_set_new(o, "snippet", f->snippet ?
				    json_string(f->snippet) : json_null());
		json_object_set_new(o, "fingerprint",
				    json_string(f->fingerprint));
		for (int k = 0; k < f->nr_notes; k++)
			json_array_append_new(notes, json_pack(
				"{s:s, s:i, s:i, s:s}",
				"file", display_path(f->notes[k].file),
				"line", f->notes[k].line,
				"column", f->notes[k].col,
				"message", f->notes[k].message));
		json_object_set_new(o, "notes", notes);
		for (int k = 0; k < f->nr_fixes; k++) {
			const struct fix *x = &f->fixes[k];

			json_array_append_new(fixes, json_pack(
				"{s:s, s:{s:i, s:i}, s:{s:i, s:i}, s:s}",
				"file", display_path(x->file),
				"start", "line", x->line1, "column", x->col1,
				"end", "line", x->line2, "column", x->col2,
				"text", x->text));
		}
		json_object_set_new(o, "fixes", fixes);
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "findings", arr);
	for (int i = 0; i < r->nr_errors; i++) {
		const struct tool_error *e = &r->errors[i];

		json_array_append_new(errs, json_pack(
			"{s:s, s:s, s:s}", "file", display_path(e->file),
			"engine", e->engine < 0 ? "all" :
				  engines[e->engine].name,
			"message", e->message));
	}
	json_object_set_new(root, "errors", errs);
	json_object_set_new(root, "summary", json_pack(
		"{s:i, s:i, s:i, s:i, s:i}", "files", r->nr_units,
		"findings", r->fs.n, "errors", r->nr_errors,
		"baseline_suppressed", r->suppressed,
		"outside_diff", r->out_of_diff));
	return dump(out, root);
}

/* RFC 3986 path: keep unreserved characters and '/', escape the rest. */
static char *uri_escape(const char *path)
{
	struct strbuf sb = { 0 };

	for (const unsigned char *p = (const void *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
			sb_add(&sb, (const char *)p, 1);
		else
			sb_addf(&sb, "%%%02X", *p);
	}
	sb_add(&sb, "", 0);
	return sb.buf;
}

/* Relative to %SRCROOT% (the working directory) when below it. */
static json_t *artifact(const char *abs)
{
	const char *p = display_path(abs);
	char *u = uri_escape(p);
	json_t *o;

	if (p[0] == '/') {
		o = json_pack("{s:s+}", "uri", "file://", u);
	} else {
		o = json_pack("{s:s, s:s}", "uri", u, "uriBaseId", "SRCROOT");
	}
	free(u);
	return o;
}

static json_t *region(int line, int col, const char *snippet)
{
	json_t *r = json_pack("{s:i}", "startLine", line > 0 ? line : 1);

	if (col > 0)
		json_object_set_new(r, "startColumn", json_integer(col));
	if (snippet)
		json_object_set_new(r, "snippet",
				    json_pack("{s:s}", "text", snippet));
	return r;
}

static json_t *location(const char *file, int line, int col,
			const char *snippet)
{
	return json_pack("{s:{s:o, s:o}}", "physicalLocation",
			 "artifactLocation", artifact(file),
			 "region", region(line, col, snippet));
}

/* A sentence: SARIF viewers expect messages to end with a period. */
static json_t *sentence(const char *s)
{
	size_t n = strlen(s);

	if (n && strchr(".!?", s[n - 1]))
		return json_pack("{s:s}", "text", s);
	return json_pack("{s:s+}", "text", s, ".");
}

static json_t *sarif_rules(const char *docs, int *index_of_unknown)
{
	json_t *rules = json_array();

	for (int i = 0; i < nr_rule_infos; i++) {
		const struct rule_info *ri = &rule_infos[i];
		char *uri = xasprintf("%srules/%s.md", docs, ri->id);
		char *page = xasprintf("%s/rules/%s.md", PGCHECK_DOCS_DIR, ri->id);
		char *markdown;

		/* The rule's page when the docs are installed, for viewers. */
		if (read_whole_file(page, &markdown, NULL) < 0)
			markdown = xstrdup(ri->help);
		json_array_append_new(rules, json_pack(
			"{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s, s:s}, s:s, "
			"s:{s:s}}",
			"id", ri->id, "name", ri->name,
			"shortDescription", "text", ri->summary,
			"fullDescription", "text", ri->help,
			"help", "text", ri->help, "markdown", markdown,
			"helpUri", uri,
			"defaultConfiguration", "level", "warning"));
		free(markdown);
		free(page);
		free(uri);
	}
	*index_of_unknown = nr_rule_infos;
	return rules;
}

static json_t *sarif_fixes(const struct finding *f)
{
	json_t *changes = json_array();

	/* One SARIF fix: all replacements the engine proposed together. */
	for (int k = 0; k < f->nr_fixes; k++) {
		const struct fix *x = &f->fixes[k];

		json_array_append_new(changes, json_pack(
			"{s:o, s:[{s:{s:i, s:i, s:i, s:i}, s:{s:s}}]}",
			"artifactLocation", artifact(x->file),
			"replacements",
			"deletedRegion", "startLine", x->line1,
			"startColumn", x->col1, "endLine", x->line2,
			"endColumn", x->col2,
			"insertedContent", "text", x->text));
	}
	return json_pack("[{s:{s:s}, s:o}]",
			 "description", "text", "Fix proposed by the engine.",
			 "artifactChanges", changes);
}

static int rule_index(const char *rule)
{
	for (int i = 0; i < nr_rule_infos; i++)
		if (!strcmp(rule_infos[i].id, rule))
			return i;
	return -1;
}

int report_sarif(FILE *out, const struct result *r, const char *docs)
{
	json_t *results = json_array(), *notes = json_array();
	json_t *rules, *run, *root, *inv;
	char *cwd = abs_path(NULL, "."), *cwd_uri, *esc, *info;
	int unknown;

	rules = sarif_rules(docs, &unknown);
	for (int i = 0; i < r->fs.n; i++) {
		const struct finding *f = &r->fs.v[i];
		int idx = rule_index(f->rule);
		json_t *res, *related = json_array();

		if (idx < 0) {
			/* An engine newer than this driver: still a rule. */
			json_array_append_new(rules, json_pack(
				"{s:s, s:{s:s}}", "id", f->rule,
				"shortDescription", "text", f->message));
			idx = unknown++;
		}
		res = json_pack("{s:s, s:i, s:s, s:o, s:[o]}",
				"ruleId", f->rule, "ruleIndex", idx,
				"level", "warning",
				"message", sentence(f->message),
				"locations", location(f->file, f->line, f->col,
						      f->snippet));
		for (int k = 0; k < f->nr_notes; k++) {
			const struct note *n = &f->notes[k];
			json_t *loc = location(n->file, n->line, n->col, NULL);

			json_object_set_new(loc, "id", json_integer(k + 1));
			json_object_set_new(loc, "message",
					    sentence(n->message));
			json_array_append_new(related, loc);
		}
		if (f->nr_notes)
			json_object_set_new(res, "relatedLocations", related);
		else
			json_decref(related);
		if (f->nr_fixes)
			json_object_set_new(res, "fixes", sarif_fixes(f));
		json_object_set_new(res, "partialFingerprints", json_pack(
			"{s:s}", "pgcheckFingerprint/v1", f->fingerprint));
		json_object_set_new(res, "properties", json_pack(
			"{s:o}", "engines", engines_json(f->engines)));
		json_array_append_new(results, res);
	}
	for (int i = 0; i < r->nr_errors; i++) {
		const struct tool_error *e = &r->errors[i];
		char *msg = e->engine < 0 ?
			xasprintf("No engine could parse %s; it was not "
				  "checked (%s)", display_path(e->file),
				  e->message) :
			xasprintf("Engine %s failed on %s: %s",
				  engines[e->engine].name,
				  display_path(e->file), e->message);

		json_array_append_new(notes, json_pack(
			"{s:s, s:o, s:[{s:{s:o}}]}", "level", "error",
			"message", sentence(msg), "locations",
			"physicalLocation", "artifactLocation",
			artifact(e->file)));
		free(msg);
	}
	inv = json_pack("{s:b}", "executionSuccessful", r->nr_errors == 0);
	json_object_set_new(inv, "toolExecutionNotifications", notes);
	esc = uri_escape(cwd);
	cwd_uri = xasprintf("file://%s/", strcmp(esc, "/") ? esc : "");
	info = xasprintf("%sdriver.md", docs);
	run = json_pack("{s:{s:{s:s, s:s, s:s, s:s, s:o}}, s:{s:{s:s}}, "
			"s:[o], s:o}",
			"tool", "driver", "name", "pgcheck",
			"version", PGCHECK_VERSION,
			"semanticVersion", PGCHECK_VERSION,
			"informationUri", info, "rules", rules,
			"originalUriBaseIds", "SRCROOT", "uri", cwd_uri,
			"invocations", inv, "results", results);
	json_object_set_new(run, "properties", json_pack(
		"{s:o}", "engines", engines_json(r->ran)));
	root = json_pack("{s:s, s:s, s:[o]}",
			 "$schema", "https://json.schemastore.org/"
				    "sarif-2.1.0.json",
			 "version", "2.1.0", "runs", run);
	free(esc);
	free(cwd_uri);
	free(cwd);
	free(info);
	return dump(out, root);
}
