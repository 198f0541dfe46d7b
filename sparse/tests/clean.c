/* A file with nothing to report: the bad-input test's control. */
int add_one(int x);

int add_one(int x)
{
	return x + 1;
}
