/** Quote one argument for `sh -c`: single quotes, with embedded ones closed, escaped and reopened. */
export function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(args: readonly string[]): string {
  return args.map(shellQuote).join(' ');
}

/** Escape every regex metacharacter (JavaScript, Go RE2 and PCRE agree on this set). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Go's regexp.QuoteMeta: the same set, without escaping `/` (go test splits -run on it). */
export function quoteMetaGo(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Split a simple command line into words (quotes and backslashes honoured). Returns undefined when
 * the line uses shell syntax (pipes, `&&`, `;`, redirections, substitutions) that a rewrite could break.
 */
export function splitCommand(command: string): string[] | undefined {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return undefined;
      current += command.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if (command[j] === '\\' && j + 1 < command.length) j++;
        if (command[j] === '$' || command[j] === '`') return undefined;
      }
      if (j >= command.length) return undefined;
      current += command.slice(i + 1, j).replace(/\\(["\\$`])/g, '$1');
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else if (/[|&;<>()`$]/.test(c)) {
      return undefined;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/**
 * Add arguments to the user's command: directly for a plain command, after `--` for `npm test` /
 * `npm run x` (npm would swallow them otherwise).
 */
export function appendArgs(command: string, args: readonly string[]): string {
  if (args.length === 0) return command;
  const words = splitCommand(command) ?? [];
  const viaNpm =
    words[0] === 'npm' &&
    (words[1] === 'test' || words[1] === 't' || words[1] === 'run' || words[1] === 'run-script');
  const separator = viaNpm && !words.includes('--') ? ' --' : '';
  return `${command.trimEnd()}${separator} ${shellJoin(args)}`;
}
