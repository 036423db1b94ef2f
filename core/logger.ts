/**
 * One logger factory. CLI commands log to stderr so that stdout stays clean
 * for their JSON output; the server logs to stdout.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, options: { name?: string; stream?: 'stdout' | 'stderr' } = {}): Logger {
  const fd = options.stream === 'stderr' ? 2 : 1;
  return pino({ level, name: options.name ?? 'newsgraph', base: undefined }, pino.destination({ fd, sync: true }));
}

/** A logger that drops everything: for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
