/**
 * SIGINT and SIGTERM as a request to stop, not a kill: the command or server
 * finishes (or rolls back) the article it is writing, closes the store and
 * then exits with the conventional code (130 for SIGINT, 143 for SIGTERM).
 * Dying inside a write would leave the embedded database's write-ahead log or
 * a half-built index behind; the store is only consistent when closed.
 */

export const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof EXIT_CODES;

export interface StopRequest {
  /** Aborted on the first SIGINT or SIGTERM; long work checks it between articles. */
  readonly signal: AbortSignal;
  /** The signal received, or null. */
  received(): StopSignal | null;
  /** The exit code for the signal received (130 / 143), or undefined. */
  exitCode(): number | undefined;
  /** Stops listening (tests, and after cleanup). */
  dispose(): void;
}

/** Thrown (as the abort reason) where work stops because a signal asked it to. */
export class StopRequested extends Error {
  constructor(readonly stopSignal: StopSignal) {
    super(`stopped by ${stopSignal}`);
    this.name = 'StopRequested';
  }
}

/**
 * Listens for SIGINT and SIGTERM. The first one aborts `signal` and calls
 * `onStop`; later ones are reported and ignored, since the cleanup is already
 * under way (SIGKILL still ends the process at once, which the store survives
 * as well: every article is one transaction).
 */
export function listenForStop(
  onStop: (signal: StopSignal) => void,
  onRepeat?: (signal: StopSignal) => void,
): StopRequest {
  const controller = new AbortController();
  let received: StopSignal | null = null;
  const handler = (signal: StopSignal) => {
    if (received) {
      onRepeat?.(signal);
      return;
    }
    received = signal;
    controller.abort(new StopRequested(signal));
    onStop(signal);
  };
  const onInt = () => handler('SIGINT');
  const onTerm = () => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: () => (received ? EXIT_CODES[received] : undefined),
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
