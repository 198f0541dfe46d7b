// SPDX-License-Identifier: GPL-2.0
#include "engines.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct engine engines[NR_ENGINES] = {
	[ENGINE_CLANG] = { .name = "clang" },
	[ENGINE_SPARSE] = { .name = "sparse" },
	[ENGINE_COCCI] = { .name = "cocci" },
};

static const char *const fixes[NR_ENGINES] = {
	[ENGINE_CLANG] = "install the Debian packages clang-16 libclang-16-dev "
		"libclang-cpp16-dev llvm-16-dev (scripts/setup.sh does), "
		"then re-run cmake and rebuild",
	[ENGINE_SPARSE] = "run scripts/setup.sh (it builds "
		".deps/sparse/libsparse.a from Debian's sparse source "
		"package), then re-run cmake and rebuild",
	[ENGINE_COCCI] = "install the Debian package coccinelle "
		"(apt-get install coccinelle; scripts/setup.sh does), "
		"then re-run cmake and rebuild",
};

const char *engine_fix(enum engine_id id)
{
	return fixes[id];
}

int engine_by_name(const char *name, size_t len)
{
	for (int i = 0; i < NR_ENGINES; i++)
		if (strlen(engines[i].name) == len &&
		    !strncmp(engines[i].name, name, len))
			return i;
	return -1;
}

int engines_load(const char *path)
{
	char *text, *line, *save = NULL;

	if (read_whole_file(path, &text, NULL) < 0) {
		error("cannot read the engines file %s: %m (build pgcheck with "
		      "cmake, or name the file with --engines-file or "
		      "PGCHECK_ENGINES_FILE)", path);
		return -1;
	}
	for (int i = 0; i < NR_ENGINES; i++)
		engines[i].why_missing = xstrdup("not listed in the engines file");
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t n = strcspn(line, "=!");
		int id;

		if (!line[0] || line[0] == '#')
			continue;
		id = engine_by_name(line, n);
		if (!line[n] || id < 0) {
			error("%s: malformed line \"%s\" (want name=/path or "
			      "name!reason with name clang, sparse or cocci)",
			      path, line);
			free(text);
			return -1;
		}
		free(engines[id].why_missing);
		engines[id].why_missing = NULL;
		free(engines[id].adapter);
		engines[id].adapter = NULL;
		if (line[n] == '!') {
			engines[id].why_missing = xstrdup(line + n + 1);
		} else if (access(line + n + 1, X_OK) < 0) {
			engines[id].why_missing =
				xasprintf("its adapter %s is not built "
					  "(cmake --build)", line + n + 1);
		} else {
			engines[id].adapter = xstrdup(line + n + 1);
		}
	}
	free(text);
	return 0;
}

const char *engine_list(unsigned mask)
{
	static char buf[64];

	buf[0] = '\0';
	for (int i = 0; i < NR_ENGINES; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (buf[0])
			strcat(buf, ",");
		strcat(buf, engines[i].name);
	}
	return buf;
}
