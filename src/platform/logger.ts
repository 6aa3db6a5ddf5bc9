/** The logger every piece of Kintsugi is given; the runner and the CLI each provide one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Fold long output; on a runner this is a collapsible group. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export function consoleLogger(
  options: { verbose?: boolean; stream?: NodeJS.WritableStream } = {},
): Logger {
  const out = options.stream ?? process.stderr;
  const write = (line: string) => out.write(`${line}\n`);
  return {
    debug: (m) => options.verbose && write(`debug: ${m}`),
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    async group(title, body) {
      write(`▸ ${title}`);
      return body();
    },
  } as Logger;
}

/** Collects lines; for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    async group(title, body) {
      lines.push(`group: ${title}`);
      return body();
    },
  };
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_t, body) => body(),
};
