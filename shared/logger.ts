/** Structured JSON logs, one line per entry. Secrets never reach a line: see `redact`. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

const SECRET_KEY = /api[-_]?key|authorization|secret|password|token/i;
// API keys (`shared/accounts/api-keys.ts`) and webhook secrets (`shared/webhooks/signing.ts`): anything
// shaped like one is hidden wherever it hides.
const SECRET_VALUE = /\b(?:sk_[A-Za-z0-9_-]{20,}|whsec_[A-Za-z0-9+/=]{20,})/g;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SECRET_VALUE, '[redacted]');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redact(value.message), stack: value.stack };
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(inner, depth + 1);
  }
  return copy;
}

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type LogSink = (line: string) => void;

export function createLogger(options: { level?: LogLevel; sink?: LogSink; fields?: LogFields } = {}): Logger {
  const level = options.level ?? 'info';
  const sink = options.sink ?? ((line: string) => process.stdout.write(`${line}\n`));
  const base = options.fields ?? {};
  const write = (entryLevel: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (rank[entryLevel] < rank[level]) return;
    const entry = { level: entryLevel, time: new Date().toISOString(), message, ...base, ...fields };
    sink(JSON.stringify(redact(entry)));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger({ level, sink, fields: { ...base, ...fields } }),
  };
}

export const logLevelFrom = (value: string | undefined): LogLevel =>
  value && value in rank ? (value as LogLevel) : 'info';
