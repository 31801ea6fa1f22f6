/** The text of `article-lens --help`. */
export const HELP = `Usage: article-lens [options] [FILE…|-]
       article-lens clean [options] [FILE…|-]

Analyse scraped news articles: the cleaned text (boilerplate dropped, with
reasons), foreign-language fragments, quotes with speaker and cue verb, and
the top terms. FILE is a plain-text article; - or no FILE reads standard input.

Commands:
  (none)          a readable report of each article (coloured on a terminal)
  clean           print only the cleaned text of each article

Options:
  --json          print JSON: the whole report (or, with clean, the CleanResult);
                  one object for one FILE, an array of {file, …} for several
  --jsonl         read JSON Lines, one {"id": …, "text": "…"} article per line,
                  and write one JSON line per article: {id, …report} or, for a
                  line that fails, {id, line, error}; the other lines go on
  --html FILE     also write the article's HTML view to FILE (one input only)
  --top N         show N top terms (default 10)
  --lang CODE     the articles' language (de, deu, en, …); detected when absent
  --jobs N, -j N  analyse in N worker threads (default 1); output order is kept
  --help, -h      show this help
  --version, -V   show the version

Colour: on when standard output is a terminal; NO_COLOR=1 turns it off,
FORCE_COLOR=1 forces it. A progress bar appears on standard error when it is
a terminal and there is more than one article.

Exit codes:
  0  every input was processed
  1  some inputs failed (each reported on stderr, and in the JSON output)
  2  usage error: unknown option, bad value, missing file; nothing processed

Examples:
  article-lens article.txt
  article-lens clean --json article.txt
  article-lens --jsonl --jobs 2 corpus.jsonl > reports.jsonl
  cat article.txt | article-lens --html view.html -
`;
