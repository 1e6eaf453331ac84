import { useEffect } from 'react';
import { useStdout } from 'ink';

/** Reports the terminal's size whenever it changes. */
export function useTerminalSize(onResize: (cols: number, rows: number) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const handler = () => onResize(stdout.columns ?? 80, stdout.rows ?? 24);
    stdout.on('resize', handler);
    return () => {
      stdout.off('resize', handler);
    };
  }, [stdout, onResize]);
}
