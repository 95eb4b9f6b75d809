/**
 * Whether an error says the database cannot be reached or cannot answer now — as opposed to
 * a fault in a query or in Midad. Such a request is answered 503 with `Retry-After` (the
 * site is down for a moment, a proxy or a crawler should come back), not a 500 (a bug).
 *
 * - PostgreSQL: the connection refused, reset, timed out or not found; SQLSTATE class 08
 *   (connection exception), 57P01–57P03 (the server shutting down, crashed or starting),
 *   53300 (too many connections); a connection lost mid-query or a pool that cannot
 *   connect in time (pg says so only in words).
 * - SQLite: the database locked past the busy timeout, or a file that cannot be opened or
 *   read (a full or failing disk).
 */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
const postgresStates = new Set(['57P01', '57P02', '57P03', '53300']);
const sqliteCodes = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)/;
const lostConnection =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (networkCodes.has(code) || postgresStates.has(code) || code.startsWith('08')) return true;
      if (sqliteCodes.test(code)) return true;
    }
    if (lostConnection.test(cause.message)) return true;
    // An AggregateError (a host with several addresses, each refused) or a wrapped cause.
    const inner = (cause as { errors?: unknown[] }).errors?.[0] ?? cause.cause;
    cause = inner;
  }
  return false;
}
