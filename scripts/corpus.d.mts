/** Paths of the corpus's `.txt` articles: `<dir>/<topic>/<name>.txt`, sorted by topic, then name. */
export function corpusFiles(dir: string): string[];
