import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

/** Calls `onLine` for each line of a file split on `\n` only (as line numbers count them). */
export async function forEachLine(
  file: string,
  onLine: (line: string) => boolean | void,
): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(1 << 20);
    let rest = '';
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, bytesRead));
      let start = 0;
      let at = text.indexOf('\n');
      while (at !== -1) {
        if (onLine(text.slice(start, at)) === false) return;
        start = at + 1;
        at = text.indexOf('\n', start);
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') onLine(rest);
  } finally {
    await handle.close();
  }
}
