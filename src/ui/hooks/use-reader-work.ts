/**
 * The reader's work outside the reducer: the analysis arriving from its worker, the rest of the
 * text wrapped in idle time, and the brief (`B`) written once the analysis it is made of is done.
 */
import { useInput } from 'ink';
import { type Dispatch, useEffect, useEffectEvent } from 'react';
import type { AnalysisJob } from '../../analysis/in-worker.js';
import { collectGarbage, noteInput } from '../../app/gc.js';
import type { LazyLayout } from '../../layout/wrap.js';
import { sanitizeLine } from '../../load/sanitize.js';
import { type Action, type Document, type ViewState, sidebarOrder, sidebarOrderAhead } from '../state.js';
import { prepareRows } from '../components/Sidebar.js';

/** Idle-time wrapping works in slices this long, so a key pressed meanwhile waits at most this. */
const WRAP_SLICE_MS = 4;

/**
 * The analysis's progress, result or failure, as actions. Keys are noted as they come, so the full
 * collection after the analysis arrives (and the one after the first frame) waits for them to stop.
 *
 * A book's entities (tens of thousands) arrive while keys are pressed: the sidebar's order of them
 * and its rows are worked out first, each a step of its own with a turn of the event loop before
 * it, so a key typed meanwhile is drawn between two steps rather than after all of them; the state
 * that shows them then finds both made (issue 14). The events keep their order: one that comes
 * while the steps run waits for them.
 */
export function useAnalysisJob(job: AnalysisJob | null, dispatch: Dispatch<Action>): void {
  useInput(noteInput);
  useEffect(() => {
    if (!job) return undefined;
    // A step that returns true has more to do: it is called again, at the next turn.
    const steps: (() => boolean | void)[] = [];
    let timer: NodeJS.Immediate | null = null;
    const next = () => {
      timer = null;
      if (steps[0]?.() !== true) steps.shift();
      if (steps.length) timer = setImmediate(next);
    };
    const later = (...more: (() => boolean | void)[]) => {
      steps.push(...more);
      timer ??= setImmediate(next);
    };
    const act = (action: Action) => () => dispatch(action);
    const unsubscribe = job.subscribe((event) => {
      if (event.type === 'entities') {
        const found = event.entities;
        later(
          sidebarOrderAhead(found),
          () => prepareRows(sidebarOrder(found)),
          act({ type: 'entitiesFound', entities: found }),
        );
      } else if (event.type === 'done') {
        later(
          sidebarOrderAhead(event.analysis.entities),
          () => prepareRows(sidebarOrder(event.analysis.entities)),
          act({ type: 'analysed', analysis: event.analysis }),
          // The message the analysis came in, and the worker's share of the heap, are garbage now.
          () => {
            setTimeout(collectGarbage, 0).unref();
          },
        );
      } else {
        const action: Action =
          event.type === 'progress'
            ? { type: 'analysisProgress', done: event.done, total: event.total }
            : { type: 'analysisFailed', message: event.message };
        // Progress (and a failure) at once, unless the entities' steps are still to come.
        if (steps.length) later(act(action));
        else dispatch(action);
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearImmediate(timer);
    };
  }, [job, dispatch]);
}

/** The rest of the text is wrapped a slice at a time between keys, so G and the percentage never wait for a whole book. */
export function useIdleWrap(layout: LazyLayout): void {
  useEffect(() => {
    if (layout.complete) return;
    // setImmediate, not setTimeout: the next slice follows the poll for input at once, with no
    // millisecond of idling between slices, so shorter slices cost no wall time.
    let timer: NodeJS.Immediate | null = null;
    const slice = () => {
      timer = layout.extend(WRAP_SLICE_MS) ? null : setImmediate(slice);
    };
    timer = setImmediate(slice);
    return () => {
      if (timer) clearImmediate(timer);
    };
  }, [layout]);
}

/** `B`: the brief is written once the analysis it is made of is done (I/O, so here, not in the reducer). */
export function useBrief(
  state: ViewState,
  onBrief: (doc: Document) => string | Promise<string>,
  dispatch: Dispatch<Action>,
): void {
  const briefDue = state.views.brief && state.analysis.kind !== 'running';
  const writeBrief = useEffectEvent(async () => {
    const message =
      state.analysis.kind === 'failed'
        ? 'brief not written: the analysis failed'
        : await Promise.resolve(onBrief(state.doc)).catch((e: unknown) => `brief not written: ${String(e)}`);
    dispatch({ type: 'briefWritten', message: sanitizeLine(message) });
  });
  useEffect(() => {
    if (briefDue) void writeBrief();
  }, [briefDue]);
}
