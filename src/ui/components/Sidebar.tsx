import { memo } from 'react';
import { Box, Text } from 'ink';
import { type SidebarRow, mentionStrip, sidebarRows } from '../../layout/sidebar.js';
import { quoteCounts } from '../../layout/views.js';
import { truncate } from '../../layout/wrap.js';
import type { Paint } from '../paint.js';
import { paneHeight, sidebarWidth } from '../geometry.js';
import type { ViewState } from '../state.js';
import { pendingNote, stillReading } from '../view.js';

/** Columns kept for a name before the where-it-is-mentioned strip gets any more. */
const NAME_WIDTH = 20;
const MIN_STRIP_CELLS = 6;
const COUNT_WIDTH = 3;

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
  /** Columns to take instead of the sidebar's own width (the full-width list on narrow terminals). */
  readonly width?: number;
}

/**
 * The sidebar for the state: only what it draws is passed on, so scrolling the text (which
 * changes none of it) does not render the sidebar again (issue 14).
 */
export function Sidebar({ state, paint, width }: Props) {
  return (
    <SidebarView
      entities={state.entities}
      selected={state.selected}
      chosen={state.chosen}
      focus={state.focus}
      analysis={state.doc.analysis}
      note={state.entities.length ? '' : sidebarNote(state)}
      paint={paint}
      width={width ?? sidebarWidth(state)}
      height={paneHeight(state)}
    />
  );
}

/** The sidebar's note while it has no entities: once they are known, there are none. */
const sidebarNote = (s: ViewState) => (stillReading(s) ? 'none found' : pendingNote(s));

interface Rows {
  readonly rows: readonly SidebarRow[];
  /** The row of each entity (by its index in the list). */
  readonly rowOf: readonly number[];
}

/**
 * The rows of an entity list, and the quotations each speaker has, kept per list and per analysis
 * rather than in the component: it is mounted again each time an overlay (`T`, `"`, help) closes,
 * and a book's thousands of entities took ~15 ms to list again (issue 14).
 */
const rowsOf = new WeakMap<ViewState['entities'], Rows>();
const quotesOf = new WeakMap<ViewState['doc']['analysis'], ReadonlyMap<string, number>>();

function listRows(entities: ViewState['entities']): Rows {
  let known = rowsOf.get(entities);
  if (!known) {
    const rows = sidebarRows(entities);
    const rowOf: number[] = [];
    rows.forEach((r, k) => {
      if (r.kind === 'entity') rowOf[r.index] = k;
    });
    rowsOf.set(entities, (known = { rows, rowOf }));
  }
  return known;
}

/**
 * Works out (and keeps) the rows of an entity list before the state that shows it is drawn: a
 * book's entities arrive while keys are pressed, and each step of their arrival is done between
 * two keys (ui/hooks/use-reader-work.ts), not all in one frame.
 */
export function prepareRows(entities: ViewState['entities']): void {
  listRows(entities);
}

function speakerQuotes(analysis: ViewState['doc']['analysis']): ReadonlyMap<string, number> {
  let known = quotesOf.get(analysis);
  if (!known) quotesOf.set(analysis, (known = quoteCounts(analysis)));
  return known;
}

/** Each entity's strip as last drawn: a row mounted again draws the same strip without counting its mentions. */
const strips = new WeakMap<ViewState['entities'][number], { textLength: number; cells: number; strip: string }>();

function stripOf(entity: ViewState['entities'][number], textLength: number, cells: number): string {
  const known = strips.get(entity);
  if (known && known.textLength === textLength && known.cells === cells) return known.strip;
  const strip = mentionStrip(entity, textLength, cells);
  strips.set(entity, { textLength, cells, strip });
  return strip;
}

interface ViewProps {
  readonly entities: ViewState['entities'];
  readonly selected: ViewState['selected'];
  readonly chosen: ViewState['chosen'];
  readonly focus: ViewState['focus'];
  /** The analysis (the same object while only the view scrolls): its text's length, its quotations. */
  readonly analysis: ViewState['doc']['analysis'];
  /** What the heading says while there are no entities. */
  readonly note: string;
  readonly paint: Paint;
  readonly width: number;
  readonly height: number;
}

const SidebarView = memo(function SidebarView({
  entities,
  selected,
  chosen,
  focus,
  analysis,
  note,
  paint,
  width,
  height,
}: ViewProps) {
  const inner = width - 2;
  // A book can have tens of thousands of entities: the rows are rebuilt only when they change.
  const { rows, rowOf } = listRows(entities);
  const quotes = speakerQuotes(analysis);
  const textLength = analysis.text.length;
  const heading = focus === 'sidebar' ? paint.style('accent', 'Entities') : paint.style('bold', 'Entities');
  const body = height - 1;
  // Keep the selected entity in view, with its group heading when there is room.
  const selectedRow = rowOf[selected] ?? -1;
  const first = Math.max(0, Math.min(selectedRow - Math.floor(body / 2), rows.length - body));
  const fixed = 2 + COUNT_WIDTH + 1;
  const stripCells = Math.max(MIN_STRIP_CELLS, inner - fixed - NAME_WIDTH);
  const nameWidth = inner - fixed - stripCells;
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="single"
      borderTop={false}
      borderBottom={false}
      borderRight={false}
      paddingLeft={1}
      flexShrink={0}
    >
      <Text wrap="truncate-end">
        {heading}
        {entities.length ? '' : paint.style('dim', `  ${note}`)}
      </Text>
      {rows.slice(first, first + body).map((row) => {
        if (row.kind === 'group')
          return (
            <Text key={`g:${row.label}`} wrap="truncate-end">
              {paint.style('dim', `${row.label} (${row.count})`)}
            </Text>
          );
        const { entity, index } = row;
        return (
          <EntityRow
            key={entity.id}
            entity={entity}
            selected={index === selected && focus === 'sidebar'}
            chosen={index === chosen}
            quotes={quotes.get(entity.id) ?? 0}
            nameWidth={nameWidth}
            stripCells={stripCells}
            textLength={textLength}
            paint={paint}
          />
        );
      })}
    </Box>
  );
});

interface RowProps {
  readonly entity: ViewState['entities'][number];
  /** The sidebar's cursor is on it (the sidebar has the focus). */
  readonly selected: boolean;
  /** The entity whose mentions the text marks. */
  readonly chosen: boolean;
  readonly quotes: number;
  readonly nameWidth: number;
  readonly stripCells: number;
  readonly textLength: number;
  readonly paint: Paint;
}

/**
 * One entity's row. Memoised on what it draws: moving the cursor down the list re-renders the two
 * rows whose look changed, not all of them (issue 14: Tab+↓).
 */
const EntityRow = memo(function EntityRow({
  entity,
  selected,
  chosen,
  quotes,
  nameWidth,
  stripCells,
  textLength,
  paint,
}: RowProps) {
  // Without styling the cursor's reverse video is invisible: it is a `>` instead.
  const cursor = selected && paint.mode === 'none';
  const marker = (cursor ? '>' : chosen ? '▸' : ' ') + (cursor && chosen ? '▸' : ' ');
  const [name, said, count] = nameAndCounts(entity.name, entity.mentions.length, quotes, nameWidth + COUNT_WIDTH);
  const strip = stripOf(entity, textLength, stripCells);
  const look = (s: string) => (selected ? paint.style('inverse', s) : chosen ? paint.style('accent', s) : s);
  return (
    <Text wrap="truncate-end">
      {look(`${marker}${name}`)}
      {said && (selected ? look(said) : paint.style('dim', said))}
      {look(count)} {paint.style('dim', strip)}
    </Text>
  );
});

/** A name shorter than this is not cut further to make room for its quotations' count. */
const MIN_NAME = 4;

/**
 * The name and count columns (`width` together) of an entity's row: its name, and its mentions
 * counted at the right. A speaker also shows how many quotations are theirs (`2”`) just before
 * the mentions; a long name gives way to it, never the count.
 */
export function nameAndCounts(name: string, mentions: number, quotes: number, width: number): [string, string, string] {
  const count = String(mentions);
  const said = quotes > 0 ? `${quotes}” ` : '';
  const room = width - count.length - said.length - 1;
  if (!said || room < MIN_NAME) {
    const plain = Math.max(0, width - COUNT_WIDTH);
    return [truncate(name, plain).padEnd(plain), '', count.padStart(width - plain)];
  }
  return [`${truncate(name, room).padEnd(room)} `, said, count];
}
