// The source tests' helpers (TempDir, docpipe runs), compiled into this executable too.
#include "source/helpers.cpp"
