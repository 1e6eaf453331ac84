import { useEffect } from 'react';
import type { OpenRequest } from '../links-view.js';

/** Opens an address and reports, once or more, one line for the status bar (src/app/opener.ts). */
export type Opener = (url: string, report: (message: string) => void) => void;

/**
 * Carries out the reducer's requests to open a link (`state.open`): each new request is opened
 * once, and what the opener reports goes back to the reducer as an `opened` action.
 */
export function useOpener(
  request: OpenRequest | null,
  opener: Opener,
  dispatch: (action: { readonly type: 'opened'; readonly message: string }) => void,
): void {
  useEffect(() => {
    if (!request) return;
    let live = true;
    opener(request.href, (message) => {
      if (live) dispatch({ type: 'opened', message });
    });
    // A later answer for a request the reader has left (another article) is not shown.
    return () => {
      live = false;
    };
  }, [request, opener, dispatch]);
}
