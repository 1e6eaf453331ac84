import type { InlineStyle } from './article.js';
import type { DraftBlock, LinkTarget, Run } from './build.js';
import {
  CDATA_SECTION_NODE,
  BLOCK,
  type DomNode,
  ELEMENT_NODE,
  INLINE_STYLE,
  SKIPPED,
  TEXT_NODE,
  elementChildren,
  inlineRuns,
  isBlockLevel,
  isMathDrawing,
  mathText,
  isDataTable,
  type LinkOf,
  preText,
  run,
  runsText,
  someDescendant,
} from './html-dom.js';

type TextKind = 'paragraph' | 'quote' | 'item';

/** Where the walk is: what kind of block loose text becomes here. */
interface Context {
  readonly kind: TextKind;
  readonly level: number;
  readonly style?: InlineStyle;
  /** The link the text is in: an <a> with a kept target. */
  readonly link?: LinkTarget;
}

/**
 * Turns Readability's article element into blocks, in document order. Text is gathered into an
 * open block until a block-level element (or two <br> in a row) closes it, so text that sits
 * beside block children in a container is never lost.
 */
export class BlockWalker {
  private readonly blocks: DraftBlock[] = [];
  private runs: Run[] = [];
  private open: Context = { kind: 'paragraph', level: 0 };
  /** A list item's bullet, waiting for the item's first text. */
  private bullet = '';
  /** The open block has more than white space. */
  private hasText = false;
  /** The last thing added to the open block was a <br>. */
  private afterBreak = false;
  /** Tables met so far: each table's rows carry its number. */
  private tables = 0;

  /** `linkOf` says which link an <a> makes (none: its text is read as plain text). */
  constructor(private readonly linkOf: LinkOf = () => undefined) {}

  walk(root: DomNode): DraftBlock[] {
    this.children(root, { kind: 'paragraph', level: 0 });
    this.flush();
    return this.blocks;
  }

  private children(node: DomNode, ctx: Context): void {
    for (const child of Array.from(node.childNodes)) this.node(child, ctx);
  }

  private node(node: DomNode, ctx: Context): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      this.text(node.textContent ?? '', ctx);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.localName ?? '';
    if (SKIPPED.has(name) || isMathDrawing(node)) return;
    if (name === 'math') {
      // A formula shown on its own is a block of its own; inline, it is part of the sentence.
      const display = node.getAttribute?.('display') === 'block';
      if (display) this.flush();
      this.text(mathText(node), ctx);
      if (display) this.flush();
      return;
    }

    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      this.flush();
      // Headings deeper than h4 are still headings; lede's outline stops at four levels.
      const level = Math.min(Number(heading[1]), 4);
      this.blocks.push({ kind: 'heading', level, runs: inlineRuns(node, this.linkOf) });
      return;
    }
    switch (name) {
      case 'br':
        this.lineBreak(ctx);
        return;
      case 'pre':
        this.flush();
        this.blocks.push({ kind: 'code', runs: [{ text: preText(node) }] });
        return;
      case 'blockquote':
        this.flush();
        // A quotation inside a list item stays part of the item; anywhere else its text is quoted.
        this.children(node, ctx.kind === 'item' ? ctx : { kind: 'quote', level: 0 });
        this.flush();
        return;
      case 'ul':
      case 'ol':
        this.list(node, ctx);
        return;
      case 'li':
        // An <li> outside a list (Readability sometimes strips the list around it).
        this.item(node, ctx, '• ', ctx.kind === 'item' ? ctx.level + 1 : 1);
        return;
      case 'table':
        this.table(node, ctx);
        return;
      case 'figure':
        // A figure's text is its caption (and any quotation or table it frames); loose words beside
        // the image are labels for screen readers ("Photo") or credits already in the caption.
        this.flush();
        for (const child of elementChildren(node)) if (isBlockLevel(child)) this.node(child, blockContext(ctx));
        this.flush();
        return;
    }
    if (BLOCK.has(name)) {
      this.flush();
      this.children(node, blockContext(ctx));
      this.flush();
      return;
    }
    const style = INLINE_STYLE[name];
    const link = name === 'a' ? this.linkOf(node) : undefined;
    this.children(node, style || link ? { ...ctx, ...(style ? { style } : {}), ...(link ? { link } : {}) } : ctx);
  }

  private text(raw: string, ctx: Context): void {
    if (!raw) return;
    if (raw.trim()) {
      // The block is what its first words are: white space before them may come from a container.
      if (!this.hasText) this.open = ctx;
      this.hasText = true;
      this.afterBreak = false;
    }
    this.runs.push(run(raw, ctx.style, ctx.link));
  }

  private lineBreak(ctx: Context): void {
    if (this.afterBreak) {
      this.flush();
      return;
    }
    this.text(' ', { ...ctx, style: undefined });
    this.afterBreak = true;
  }

  private list(node: DomNode, ctx: Context): void {
    this.flush();
    const ordered = node.localName === 'ol';
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10);
    let n = Number.isFinite(start) ? start : 1;
    const level = ctx.kind === 'item' ? ctx.level + 1 : 1;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && child.localName === 'li') {
        const value = Number.parseInt(child.getAttribute?.('value') ?? '', 10);
        if (ordered && Number.isFinite(value)) n = value;
        this.item(child, ctx, ordered ? `${n}. ` : '• ', level);
        n += 1;
      } else {
        // Text or markup between the items (invalid, but pages do it) is read as an item's text.
        this.node(child, { kind: 'item', level, ...(ctx.style ? { style: ctx.style } : {}) });
      }
    }
    this.flush();
  }

  private item(node: DomNode, ctx: Context, bullet: string, level: number): void {
    this.flush();
    this.bullet = bullet;
    this.children(node, { kind: 'item', level, ...(ctx.style ? { style: ctx.style } : {}) });
    this.flush();
    this.bullet = '';
  }

  /** A data table reads as rows of cells; a table used for page layout reads as its cells' contents. */
  private table(node: DomNode, ctx: Context): void {
    this.flush();
    const layout = !isDataTable(node);
    const table = this.tables++;
    for (const part of elementChildren(node)) {
      const name = part.localName;
      if (name === 'caption') {
        this.node(part, ctx);
      } else if (name === 'tr') {
        this.row(part, ctx, layout, table, false);
      } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
        for (const tr of elementChildren(part))
          if (tr.localName === 'tr') this.row(tr, ctx, layout, table, name === 'thead');
      }
    }
    this.flush();
  }

  private row(tr: DomNode, ctx: Context, layout: boolean, table: number, inHead: boolean): void {
    const cells = elementChildren(tr).filter((c) => c.localName === 'td' || c.localName === 'th');
    // A row of tables side by side (LWN's statistics) is read one table after the other.
    if (layout || cells.some((c) => someDescendant(c, (n) => n.localName === 'table'))) {
      for (const cell of cells) {
        this.flush();
        this.children(cell, blockContext(ctx));
        this.flush();
      }
      return;
    }
    const cellRuns = cells.map((c) => inlineRuns(c, this.linkOf));
    this.flush();
    if (!cellRuns.some((runs) => runsText(runs).trim())) return;
    const header = inHead || cells.every((c) => c.localName === 'th');
    this.blocks.push({ kind: 'row', runs: [], cells: cellRuns, table, header });
  }

  /** Closes the open block; a block with no visible text is dropped. */
  private flush(): void {
    const { runs, hasText } = this;
    this.runs = [];
    this.hasText = false;
    this.afterBreak = false;
    if (!hasText) return;
    const { kind, level } = this.open;
    if (kind === 'item') {
      const bullet = this.bullet;
      this.bullet = '';
      this.blocks.push({ kind, level, runs: bullet ? [{ text: bullet }, ...runs] : runs });
    } else {
      this.blocks.push({ kind, level, runs });
    }
  }
}

/** Inside a block element the kind of text stays what it was (a paragraph in a quote is quoted). */
function blockContext(ctx: Context): Context {
  return { kind: ctx.kind, level: ctx.level };
}
