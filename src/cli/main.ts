// The article-lens command line: a thin shell over the library.
process.exitCode = 0;
