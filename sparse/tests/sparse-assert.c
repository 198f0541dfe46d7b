/* Sparse 0.6.4 fails an assert() on this (found by fuzz-sparse). */
void f(){void f(;void f(){void f(){
