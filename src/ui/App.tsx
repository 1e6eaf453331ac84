import React, { useCallback, useEffect, useReducer } from 'react';
import { Box, useApp } from 'ink';
import { ArticlePane } from './components/ArticlePane.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { OutlineOverlay } from './components/OutlineOverlay.js';
import { Sidebar } from './components/Sidebar.js';
import { StatusBar } from './components/StatusBar.js';
import { useKeys } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Paint } from './paint.js';
import { type Document, SIDEBAR_MAX_WIDTH, createInitialState, paneHeight, reducer, sidebarVisible } from './state.js';

export interface AppProps {
  readonly doc: Document;
  readonly paint: Paint;
  readonly cols: number;
  readonly rows: number;
  readonly width?: number | null;
}

export function App({ doc, paint, cols, rows, width }: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, undefined, () => createInitialState(doc, { cols, rows, width }));
  useKeys(dispatch);
  useTerminalSize(useCallback((c: number, r: number) => dispatch({ type: 'resize', cols: c, rows: r }), []));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const body =
    state.overlay === 'help' ? (
      <HelpOverlay state={state} paint={paint} />
    ) : state.overlay === 'outline' ? (
      <OutlineOverlay state={state} paint={paint} />
    ) : state.focus === 'sidebar' && !sidebarVisible(state) ? (
      <Sidebar state={state} paint={paint} width={Math.min(state.cols - 1, SIDEBAR_MAX_WIDTH * 2)} />
    ) : (
      <Box flexDirection="row" height={paneHeight(state)}>
        <ArticlePane state={state} paint={paint} />
        <Box flexGrow={1} />
        {sidebarVisible(state) && <Sidebar state={state} paint={paint} />}
      </Box>
    );
  // One row short of the terminal: Ink clears and redraws everything once output fills it.
  return (
    <Box flexDirection="column" width={state.cols} height={Math.max(1, state.rows - 1)}>
      {body}
      <StatusBar state={state} paint={paint} />
    </Box>
  );
}
