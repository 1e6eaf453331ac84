/** Rewrites a built script so that V8 reads it as a one-byte string; throws where it cannot. */
export function makeOneByte(file: string): void;
