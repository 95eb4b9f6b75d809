/**
 * What a command reads and writes: lines out, lines of error, and secrets in. A password is
 * read from standard input — typed at a prompt that does not echo it, or piped in — never
 * from the command line, where it would stay in the shell's history and in `ps`.
 */
import { createInterface } from 'node:readline';

export interface CliIo {
  print(line: string): void;
  error(line: string): void;
  /** Reads one secret line from standard input, prompting with `prompt` on a terminal. */
  readSecret(prompt: string): Promise<string>;
  /** Whether a person is typing (a terminal), so that a new password is asked twice. */
  isInteractive: boolean;
}

export function processIo(): CliIo {
  return {
    print: (line) => console.log(line),
    error: (line) => console.error(line),
    readSecret: (prompt) =>
      process.stdin.isTTY ? promptWithoutEcho(prompt) : readFirstLine(process.stdin),
    isInteractive: process.stdin.isTTY,
  };
}

function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stream });
    let isDone = false;
    lines.once('line', (line) => {
      isDone = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!isDone) resolve('');
    });
    lines.once('error', reject);
  });
}

function promptWithoutEcho(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let secret = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(secret);
          return;
        }
        if (char === '\u0003') process.exit(130);
        if (char === '\u007f' || char === '\b') secret = [...secret].slice(0, -1).join('');
        else secret += char;
      }
    };
    stdin.on('data', onData);
  });
}
