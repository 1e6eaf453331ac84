/**
 * Keys typed into an ink-testing-library render's stdin one at a time, with a moment between
 * them so that Ink reads each as its own keypress and draws before the next.
 */
export function presser(stdin: { write(data: string): unknown }): (...keys: string[]) => Promise<void> {
  return async (...keys) => {
    for (const k of keys) {
      stdin.write(k);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
}
