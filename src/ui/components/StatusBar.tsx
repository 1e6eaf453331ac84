import { Text } from 'ink';
import type { Paint } from '../paint.js';
import type { ViewState } from '../state.js';
import { statusText } from '../view.js';

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function StatusBar({ state, paint }: Props) {
  return <Text wrap="truncate-end">{paint.style('inverse', statusText(state, state.cols - 1))}</Text>;
}
