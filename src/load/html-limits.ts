import { Tokenizer } from 'htmlparser2';

/**
 * Elements nested deeper than this are flattened: their tags are dropped, their contents kept.
 * Real pages nest a few dozen levels. linkedom builds its tree in time quadratic in the depth
 * (100,000 nested <div>s: 35 s), and Readability and the block walk recurse once a level
 * (10,000 overflowed the stack).
 */
export const MAX_HTML_DEPTH = 128;

/** Start tags that close the open element first when it is one of these (htmlparser2's table, which linkedom's tree follows). */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n) => [n, FORM])),
    ...Object.fromEntries(
      [
        ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details'],
        ...['div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav'],
        ...['ol', 'pre', 'section', 'table', 'ul'],
      ].map((n) => [n, P]),
    ),
  }).map(([k, v]) => [k, new Set(v)]),
);

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Inside these a `/>` closes the element, as in XML. */
const FOREIGN = new Set(['svg', 'math']);

interface Open {
  readonly name: string;
  /** Its start tag was cut, so its end tag is cut too. */
  readonly cut: boolean;
}

/**
 * The page with every start tag past MAX_HTML_DEPTH (and its end tag) cut out of the markup, and
 * whether any was. htmlparser2's tokenizer — the one linkedom builds its tree from — reads the
 * markup; its Parser keeps the open elements in an array it shifts and unshifts (quadratic in the
 * depth too), so the tree rules it applies (implied end tags, void elements) are followed here on
 * a stack with a count per name. One linear pass; the markup is copied byte for byte outside the
 * cut tags, so a page within the limit is unchanged.
 */
export function capHtmlNesting(html: string): { html: string; flattened: boolean } {
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  const cuts: [number, number][] = [];
  let depth = 0;
  let foreign = 0;
  let tag: { name: string; start: number } | null = null;

  const push = (name: string, start: number, end: number) => {
    const cut = depth >= MAX_HTML_DEPTH;
    if (cut) cuts.push([start, end]);
    else depth++;
    if (FOREIGN.has(name)) foreign++;
    stack.push({ name, cut });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = (): Open => {
    const top = stack.pop()!;
    if (!top.cut) depth--;
    if (FOREIGN.has(top.name)) foreign--;
    openCount.set(top.name, openCount.get(top.name)! - 1);
    return top;
  };
  const opened = (end: number, selfClosing: boolean) => {
    if (!tag) return;
    const { name, start } = tag;
    tag = null;
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1]!.name)) pop();
    if (VOID.has(name)) {
      if (depth >= MAX_HTML_DEPTH) cuts.push([start, end]);
      return;
    }
    push(name, start, end);
    if (selfClosing && foreign > 0) pop();
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, endIndex) {
        tag = { name: html.slice(start, endIndex).toLowerCase(), start: start - 1 };
      },
      onopentagend(endIndex) {
        opened(endIndex + 1, false);
      },
      onselfclosingtag(endIndex) {
        opened(endIndex + 1, true);
      },
      onclosetag(start, endIndex) {
        const name = html.slice(start, endIndex).toLowerCase();
        if (VOID.has(name) || !openCount.get(name)) return;
        const close = html.indexOf('>', endIndex);
        for (;;) {
          const top = pop();
          if (top.name !== name) continue;
          if (top.cut) cuts.push([start - 2, close < 0 ? html.length : close + 1]);
          break;
        }
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (!cuts.length) return { html, flattened: false };
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    pieces.push(html.slice(at, start));
    at = end;
  }
  pieces.push(html.slice(at));
  return { html: pieces.join(''), flattened: true };
}
