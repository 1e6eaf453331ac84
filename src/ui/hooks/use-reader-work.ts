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
import type { Action, Document, ViewState } from '../state.js';

/** Idle-time wrapping works in slices this long, so a key pressed meanwhile waits at most this. */
const WRAP_SLICE_MS = 4;

/**
 * The analysis's progress, result or failure, as actions. Keys are noted as they come, so the full
 * collection after the analysis arrives (and the one after the first frame) waits for them to stop.
 */
export function useAnalysisJob(job: AnalysisJob | null, dispatch: Dispatch<Action>): void {
  useInput(noteInput);
  useEffect(
    () =>
      job?.subscribe((event) => {
        if (event.type === 'progress') dispatch({ type: 'analysisProgress', done: event.done, total: event.total });
        else if (event.type === 'entities') dispatch({ type: 'entitiesFound', entities: event.entities });
        else if (event.type === 'done') {
          dispatch({ type: 'analysed', analysis: event.analysis });
          // The message the analysis came in, and the worker's share of the heap, are garbage now.
          setTimeout(collectGarbage, 0).unref();
        } else dispatch({ type: 'analysisFailed', message: event.message });
      }),
    [job, dispatch],
  );
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
