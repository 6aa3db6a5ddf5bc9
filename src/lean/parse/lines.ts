/**
 * The shapes of single lines that Lean and lake print. Each matcher is tried on one line with the
 * trailing `\r` removed; the parser decides what a line continues.
 */
import type { LeanMessage, Severity, TargetStatus } from '../types.js';

const POSITION = String.raw`(?<path>[^\s:][^:]*?):(?<line>\d+):(?<col>\d+)(?:-(?<endLine>\d+):(?<endCol>\d+))?`;
const LEVEL = String.raw`(?<sev>error|warning|info|information)(?:\((?<name>[^)\s]+)\))?`;

/** `file:line:col[-line:col]: error[(name)]: message` */
const LEAN_HEADER = new RegExp(String.raw`^${POSITION}: ${LEVEL}:(?: (?<text>.*))?$`);

/** lake's re-print `error: file:line:col: message` (GitHub may prefix `Error: `); the inner level is optional. */
const LAKE_REPRINT = new RegExp(
  String.raw`^(?:(?:Error|Warning|Notice): )?(?<lakeSev>error|warning|info): ${POSITION}:(?: ${LEVEL}:)?(?: (?<text>.*))?$`,
);

/** A lake line with a level and no position: `error: build failed`, `info: Bark!`. */
const LAKE_LEVEL = /^(?:(?:Error|Warning|Notice): )?(?<sev>error|warning|info|trace): (?<text>.*)$/;

/** `✔ [4/6] Built Dep (1.2s)`, `✖ [5000/9999] Building X`, and the older `[1/2] Compiling Hello`. */
const PROGRESS =
  /^(?:(?<icon>[✔✖⚠ℹ])\s+)?\[(?<job>\d+)\/(?<jobs>\d+)\]\s+(?<verb>[A-Z][a-z]+)\s+(?<target>\S+)(?:\s+\((?<time>[\d.]+)(?<unit>ms|s|m)\))?\s*$/u;

const ICON_STATUS: Record<string, TargetStatus> = {
  '✔': 'built',
  '✖': 'failed',
  '⚠': 'warning',
  ℹ: 'info',
};

export const BUILD_OK = /^Build completed successfully\b|^Nothing to build\.?$/;
export const BUILD_FAILED = /^(?:(?:Error): )?error: build failed\s*$/;
export const FAILURE_LIST = /^Some required (?:builds|targets) logged failures:\s*$/;
export const FAILURE_ITEM = /^- (?<target>\S+)\s*$/;

const SORRY = /^declaration uses ['`]sorry['`]/;
const HEARTBEATS = /\(deterministic\) timeout|maximum number of heartbeats/;

export function severityOf(word: string): Severity {
  if (word === 'error') return 'error';
  if (word === 'warning') return 'warning';
  return 'info';
}

/** Leading `./` segments are lake's way of joining paths; they name the same file. */
export function normalisePath(file: string): string {
  return file.replace(/^(?:\.\/)+/, '');
}

function positioned(groups: Record<string, string | undefined>): Partial<LeanMessage> {
  const n = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    path: normalisePath(groups.path!),
    line: n(groups.line),
    column: n(groups.col),
    endLine: n(groups.endLine),
    endColumn: n(groups.endCol),
  };
}

export function matchLeanHeader(line: string): LeanMessage | undefined {
  const m = LEAN_HEADER.exec(line);
  if (!m?.groups) return undefined;
  return withName(
    {
      ...positioned(m.groups),
      severity: severityOf(m.groups.sev!),
      text: m.groups.text ?? '',
      origin: 'lean',
    },
    m.groups.name,
  );
}

export function matchLakeReprint(line: string): LeanMessage | undefined {
  const m = LAKE_REPRINT.exec(line);
  if (!m?.groups) return undefined;
  return withName(
    {
      ...positioned(m.groups),
      severity: severityOf(m.groups.sev ?? m.groups.lakeSev!),
      text: m.groups.text ?? '',
      origin: 'lake-reprint',
    },
    m.groups.name,
  );
}

export function matchLakeLevel(
  line: string,
): { severity: Severity | 'trace'; text: string } | undefined {
  const m = LAKE_LEVEL.exec(line);
  if (!m?.groups) return undefined;
  const sev = m.groups.sev!;
  return { severity: sev === 'trace' ? 'trace' : severityOf(sev), text: m.groups.text ?? '' };
}

export interface ProgressLine {
  status: TargetStatus;
  job: number;
  jobs: number;
  verb: string;
  target: string;
  seconds?: number;
}

export function matchProgress(line: string): ProgressLine | undefined {
  const m = PROGRESS.exec(line);
  if (!m?.groups) return undefined;
  const { icon, verb, time, unit } = m.groups;
  const seconds =
    time === undefined ? undefined : Number(time) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  const inProgress = /ing$/.test(verb!);
  return {
    status: icon ? ICON_STATUS[icon]! : inProgress ? 'building' : 'built',
    job: Number(m.groups.job),
    jobs: Number(m.groups.jobs),
    verb: verb!,
    target: m.groups.target!,
    ...(seconds === undefined ? {} : { seconds }),
  };
}

function withName(message: LeanMessage, name: string | undefined): LeanMessage {
  return name ? { ...message, name } : message;
}

/** Marks sorry warnings and heartbeat timeouts once the message text is complete. */
export function classifyMessage(message: LeanMessage): LeanMessage {
  const out = { ...message };
  if (message.severity === 'warning' && SORRY.test(message.text)) out.sorry = true;
  if (HEARTBEATS.test(message.text)) out.heartbeatTimeout = true;
  return out;
}

export function isSorryText(text: string): boolean {
  return SORRY.test(text);
}
