/* Not C: the adapter must exit 2 and say so, not report "no findings". */
static void broken(pmd_t *pmd {
	free_page((unsigned long)pmd_page_vaddr(*pmd));
}
