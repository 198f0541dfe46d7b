#!/usr/bin/env python3
"""Self-test of the drift test on small trees that drift on purpose."""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = textwrap.dedent("""
    free  free_page   arg=1
    free  free_pages  arg=1
    free  __free_pages arg=1 expands=free_pages
    flush flush_tlb_all scope=all
    atomic-enter spin_lock kind=spin
    guard rcu kind=rcu
""")


class Drift(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp()
        os.makedirs(os.path.join(self.root, "vocab"))
        os.makedirs(os.path.join(self.root, "cocci"))
        os.makedirs(os.path.join(self.root, "core"))
        self.write("vocab/kernel.vocab", VOCAB)

    def tearDown(self):
        shutil.rmtree(self.root)

    def write(self, rel, text):
        with open(os.path.join(self.root, rel), "w") as f:
            f.write(text)

    def drift(self):
        env = dict(os.environ, PGCHECK_DRIFT_ROOT=self.root)
        p = subprocess.run([sys.executable, os.path.join(HERE, "drift.py")],
                           capture_output=True, text=True, env=env)
        return p.returncode, p.stdout + p.stderr

    def test_matching_list_passes(self):
        self.write("cocci/a.cocci", "// pgcheck-vocab: free\n"
                   "identifier f = {free_page,\n free_pages};\n")
        self.write("core/ok.c", 'const char *kind = "rcu"; /* "free_page" */\n')
        rc, out = self.drift()
        self.assertEqual(rc, 0, out)

    def test_empty_key_selects_entries_without_it(self):
        self.write("cocci/a.cocci", "// pgcheck-vocab: free expands=\n"
                   "identifier f = {free_page, free_pages};\n")
        rc, out = self.drift()
        self.assertEqual(rc, 0, out)

    def test_list_lacking_a_name_fails(self):
        self.write("cocci/a.cocci", "// pgcheck-vocab: free\nidentifier f = {free_page};\n")
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn("lacks free_pages", out)

    def test_expanded_spelling_in_cocci_fails(self):
        self.write("cocci/a.cocci", "// pgcheck-vocab: free\n"
                   "identifier f = {free_page, free_pages, __free_pages};\n")
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn("has __free_pages", out)

    def test_unmarked_copy_fails(self):
        self.write("cocci/a.cocci", "identifier f = {free_page, free_pages};\n")
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn("without a pgcheck-vocab marker", out)

    def test_hard_coded_name_in_front_end_fails(self):
        self.write("core/bad.c", 'static const char *frees[] = { "free_page" };\n')
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn('API name "free_page" hard-coded', out)

    def test_duplicate_name_in_table_fails(self):
        self.write("vocab/kernel.vocab", VOCAB + "free free_page arg=1\n")
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn("free_page already defined at", out)

    def test_bad_table_fails(self):
        self.write("vocab/kernel.vocab", VOCAB + "free pte_free arg=x\n")
        rc, out = self.drift()
        self.assertEqual(rc, 1)
        self.assertIn("is not an argument position", out)


if __name__ == "__main__":
    unittest.main()
