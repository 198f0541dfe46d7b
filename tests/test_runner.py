#!/usr/bin/env python3
"""Self-test of the conformance runner's verdicts.

The engine here is a test fixture: an adapter that reports whatever the case
asks for in `fixture-report: RULE` comments (and fails on `fixture-crash`), so
each verdict of the runner can be provoked on purpose.
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "conformance.py")

FIXTURE_ADAPTER = textwrap.dedent(r'''
    #!/usr/bin/env python3
    import re, sys
    path = sys.argv[-1]
    defines = [a for a in sys.argv[1:] if a.startswith("-D")]
    found = 0
    for no, line in enumerate(open(path), 1):
        if "fixture-crash" in line:
            print("fixture: cannot parse", file=sys.stderr)
            sys.exit(2)
        for m in re.finditer(r"fixture-report(?:\[(-D\w+)\])?: ([a-z-]+)", line):
            if m.group(1) and m.group(1) not in defines:
                continue
            print("%s:%d:1: warning: fixture [pgcheck-%s]" % (path, no, m.group(2)))
            print("%s:%d:1: note: related" % (path, no))
            found = 1
    sys.exit(found)
''').lstrip()

FREE = "pgtable-free-unflushed"


class RunnerVerdicts(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.cases = os.path.join(self.dir.name, "cases")
        os.mkdir(self.cases)
        self.adapter = os.path.join(self.dir.name, "adapter")
        with open(self.adapter, "w") as f:
            f.write(FIXTURE_ADAPTER)
        os.chmod(self.adapter, 0o755)

    def tearDown(self):
        self.dir.cleanup()

    def case(self, name, body):
        with open(os.path.join(self.cases, name), "w") as f:
            f.write(textwrap.dedent(body))

    def run_runner(self, engine="clang"):
        matrix = os.path.join(self.dir.name, "coverage.md")
        proc = subprocess.run(
            [sys.executable, RUNNER, "--engine", "%s=%s" % (engine, self.adapter),
             "--suite", "t=" + self.cases, "--matrix", matrix, "-j", "1"],
            capture_output=True, text=True)
        with open(matrix) as f:
            return proc.returncode, proc.stdout, f.read()

    def test_hit_and_clean_pass(self):
        self.case("a.c", "x(); /* expect: %s */ /* fixture-report: %s */\n" % (FREE, FREE))
        self.case("b.c", "y();\n")
        rc, out, matrix = self.run_runner()
        self.assertEqual(rc, 0, out)
        self.assertIn("| t/a.c | skipped | hit | skipped |", matrix)
        self.assertIn("| t/b.c | skipped | clean | skipped |", matrix)

    def test_miss_fails(self):
        self.case("a.c", "x(); /* expect: %s */\n" % FREE)
        rc, out, matrix = self.run_runner()
        self.assertEqual(rc, 1)
        self.assertIn("missed %s at line 1" % FREE, out)
        self.assertIn("MISS", matrix)

    def test_false_positive_fails(self):
        self.case("a.c", "x(); /* fixture-report: %s */\n" % FREE)
        rc, out, _ = self.run_runner()
        self.assertEqual(rc, 1)
        self.assertIn("false positive", out)

    def test_wrong_line_is_miss_and_fp(self):
        self.case("a.c", "x(); /* expect: %s */\ny(); /* fixture-report: %s */\n"
                  % (FREE, FREE))
        rc, out, _ = self.run_runner()
        self.assertEqual(rc, 1)
        self.assertIn("missed", out)
        self.assertIn("false positive", out)

    def test_known_miss_only_for_its_engine(self):
        self.case("a.c", "x(); /* expect: %s */ /* known-miss(cocci): reason */\n" % FREE)
        rc, _, matrix = self.run_runner("cocci")
        self.assertEqual(rc, 0)
        self.assertIn("known limitation", matrix)
        rc, _, _ = self.run_runner("clang")
        self.assertEqual(rc, 1)

    def test_stale_known_miss_fails(self):
        self.case("a.c", "x(); /* expect: %s */ /* known-miss(clang): old */ "
                  "/* fixture-report: %s */\n" % (FREE, FREE))
        rc, out, _ = self.run_runner()
        self.assertEqual(rc, 1)
        self.assertIn("remove it", out)

    def test_tool_error_fails(self):
        self.case("a.c", "x(); /* fixture-crash */\n")
        rc, out, matrix = self.run_runner()
        self.assertEqual(rc, 1)
        self.assertIn("ERROR", matrix)
        self.assertIn("cannot parse", out)

    def test_variants(self):
        body = ("/* pgcheck-variant bad: -DBAD */\n"
                "x(); /* expect(bad): %s */ /* fixture-report[-DBAD]: %s */\n"
                % (FREE, FREE))
        self.case("a.c", body)
        rc, out, _ = self.run_runner("clang")
        self.assertEqual(rc, 0, out)
        # A source-level engine sees both sides: checked against the union.
        rc, out, _ = self.run_runner("cocci")
        self.assertEqual(rc, 1)

    def test_malformed_marker_is_an_error(self):
        self.case("a.c", "x(); /* expect: no-such-rule */\n")
        rc, _, err = self.run_runner_raw()
        self.assertEqual(rc, 2)
        self.assertIn("unknown rule 'no-such-rule'", err)

    def run_runner_raw(self):
        proc = subprocess.run(
            [sys.executable, RUNNER, "--engine", "clang=" + self.adapter,
             "--suite", "t=" + self.cases], capture_output=True, text=True)
        return proc.returncode, proc.stdout, proc.stderr

    def test_no_engine_is_skipped_not_passed(self):
        self.case("a.c", "x();\n")
        proc = subprocess.run([sys.executable, RUNNER, "--suite", "t=" + self.cases],
                              capture_output=True, text=True)
        self.assertEqual(proc.returncode, 77)
        self.assertIn("SKIPPED engine clang", proc.stdout)


if __name__ == "__main__":
    unittest.main()
