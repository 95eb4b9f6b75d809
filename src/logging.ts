/** The one logger (pino, JSON lines): Fastify, the database layer and the job runner share it. */
import { pino, type Logger } from 'pino';
import type { Config } from './config/config.js';

export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level });
}
