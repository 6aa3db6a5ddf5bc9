/**
 * Unified diff → changed files with their added and removed lines. Reads `git diff` output
 * (with `diff --git` headers, renames, binary markers) and plain `diff -u` output alike.
 * Hunk line counts are honoured, so an added line that happens to start with `--- ` is a line,
 * not a new file header.
 */

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed';

export interface DiffLine {
  /** Line number in the new file (added lines) or the old file (removed lines). */
  line: number;
  text: string;
}

export interface ChangedFile {
  /** Repository-relative path after the change (the old path for a removed file). */
  path: string;
  previousPath?: string;
  status: FileStatus;
  binary: boolean;
  added: DiffLine[];
  removed: DiffLine[];
  /** Counts; may exceed the lines listed when the patch was truncated (GitHub omits large ones). */
  additions: number;
  deletions: number;
}

interface Hunk {
  oldLine: number;
  newLine: number;
  oldLeft: number;
  newLeft: number;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let current: ChangedFile | undefined;
  let hunk: Hunk | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (hunk && current && (hunk.oldLeft > 0 || hunk.newLeft > 0)) {
      if (readHunkLine(line, hunk, current)) continue;
      hunk = undefined;
    }
    if (line.startsWith('diff --git ')) {
      current = newFile(gitHeaderPaths(line));
      files.push(current);
      hunk = undefined;
    } else if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      const oldPath = stripPrefix(line.slice(4));
      const newPath = stripPrefix(lines[i + 1]!.slice(4));
      i++;
      if (!current || current.added.length + current.removed.length > 0 || hunk) {
        current = newFile({ oldPath, newPath });
        files.push(current);
      }
      applyHeaderPaths(current, oldPath, newPath);
      hunk = undefined;
    } else if (current) {
      hunk = readMetadata(line, current) ?? hunk;
    }
  }
  return files;
}

function readHunkLine(line: string, hunk: Hunk, file: ChangedFile): boolean {
  const mark = line[0];
  if (mark === '+') {
    file.added.push({ line: hunk.newLine++, text: line.slice(1) });
    file.additions++;
    hunk.newLeft--;
  } else if (mark === '-') {
    file.removed.push({ line: hunk.oldLine++, text: line.slice(1) });
    file.deletions++;
    hunk.oldLeft--;
  } else if (mark === ' ' || line === '') {
    hunk.oldLine++;
    hunk.newLine++;
    hunk.oldLeft--;
    hunk.newLeft--;
  } else if (mark === '\\') {
    // "\ No newline at end of file": not a line of either side.
  } else {
    return false;
  }
  return true;
}

function readMetadata(line: string, file: ChangedFile): Hunk | undefined {
  const hunk = HUNK.exec(line);
  if (hunk) {
    return {
      oldLine: Number(hunk[1]),
      oldLeft: hunk[2] === undefined ? 1 : Number(hunk[2]),
      newLine: Number(hunk[3]),
      newLeft: hunk[4] === undefined ? 1 : Number(hunk[4]),
    };
  }
  if (line.startsWith('new file mode')) file.status = 'added';
  else if (line.startsWith('deleted file mode')) file.status = 'removed';
  else if (line.startsWith('rename from ')) {
    file.previousPath = unquote(line.slice('rename from '.length));
    file.status = 'renamed';
  } else if (line.startsWith('rename to ')) {
    file.path = unquote(line.slice('rename to '.length));
    file.status = 'renamed';
  } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
    file.binary = true;
  }
  return undefined;
}

function newFile(paths: { oldPath?: string; newPath?: string }): ChangedFile {
  const file: ChangedFile = {
    path: '',
    status: 'modified',
    binary: false,
    added: [],
    removed: [],
    additions: 0,
    deletions: 0,
  };
  applyHeaderPaths(file, paths.oldPath, paths.newPath);
  return file;
}

function applyHeaderPaths(file: ChangedFile, oldPath?: string, newPath?: string): void {
  if (oldPath === undefined && newPath === undefined) return;
  if (oldPath === undefined) {
    file.status = 'added';
    file.path = newPath!;
  } else if (newPath === undefined) {
    file.status = 'removed';
    file.path = oldPath;
  } else {
    file.path = newPath;
    if (oldPath !== newPath && file.status === 'modified') {
      file.status = 'renamed';
      file.previousPath = oldPath;
    }
  }
}

/** `diff --git a/x b/y` → both paths (quoted paths allowed); /dev/null → undefined. */
function gitHeaderPaths(line: string): { oldPath?: string; newPath?: string } {
  const rest = line.slice('diff --git '.length);
  const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(rest);
  if (quoted) return { oldPath: stripPrefix(quoted[1]!), newPath: stripPrefix(quoted[2]!) };
  // Unquoted paths with spaces: `a/x y b/x y` — split in the middle.
  const half = (rest.length - 1) / 2;
  return { oldPath: stripPrefix(rest.slice(0, half)), newPath: stripPrefix(rest.slice(half + 1)) };
}

function stripPrefix(raw: string): string | undefined {
  const value = unquote(raw.split('\t')[0]!.trim());
  if (value === '/dev/null') return undefined;
  return value.replace(/^[ab]\//, '');
}

function unquote(value: string): string {
  if (!value.startsWith('"') || !value.endsWith('"')) return value;
  return value.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c));
}

/** A GitHub "list pull request files" entry → ChangedFile (its `patch` is one file's hunks). */
export function fileFromPullFile(entry: {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
}): ChangedFile {
  const parsed = entry.patch ? parseUnifiedDiff(`--- a/x\n+++ b/x\n${entry.patch}`)[0] : undefined;
  const status: FileStatus =
    entry.status === 'added' || entry.status === 'removed' || entry.status === 'renamed'
      ? entry.status
      : 'modified';
  return {
    path: entry.filename,
    previousPath: entry.previous_filename,
    status,
    // GitHub sends no patch for binary files and reports zero changed lines for them.
    binary: !entry.patch && entry.additions === 0 && entry.deletions === 0 && status !== 'removed',
    added: parsed?.added ?? [],
    removed: parsed?.removed ?? [],
    additions: entry.additions,
    deletions: entry.deletions,
  };
}
