/* Sparse 0.6.4 faults on a goto into a nested function (found by fuzz-sparse). */
i(){goto fail;int c(){fail:
