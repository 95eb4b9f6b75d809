/**
 * The one logger (pino): Fastify, the database layer and the job runner share it. JSON lines
 * for a log collector, or — on a terminal — readable lines from pino-pretty, written as they
 * come (no worker thread, so a command's last words are not lost when it exits).
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config/config.js';

export function createLogger(
  level: Config['logLevel'],
  format: Config['logFormat'] = 'json',
): Logger {
  if (format === 'json') return pino({ level });
  return pino(
    { level },
    pretty({
      sync: true,
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      singleLine: true,
    }),
  );
}
