// The bbc-news corpus as the scripts read it: every article's path, topic folders in name order and
// the articles of each in name order, so that a sample taken "every nth" is the same on any machine
// (readdir's order is the file system's).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the corpus's `.txt` articles: `<dir>/<topic>/<name>.txt`, sorted by topic, then name. */
export function corpusFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(dir, topic))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, topic, f)),
    );
}
