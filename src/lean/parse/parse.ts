/**
 * Reads everything `lake build`, `lake env lean` and `lean [--json]` print into messages, build
 * progress and `#print axioms` results. Lines are classified one at a time; a line that is none of
 * the known shapes continues the open message, or, when none is open, is a header-less info line
 * (`#eval` / `#check` output and goal states that Lean prints without a position).
 */
import type { BuildTarget, LeanMessage, ParsedLeanOutput, Severity } from '../types.js';
import { parseAxioms } from './axioms.js';
import { parseJsonMessage } from './json.js';
import {
  BUILD_FAILED,
  BUILD_OK,
  FAILURE_ITEM,
  FAILURE_LIST,
  classifyMessage,
  matchLakeLevel,
  matchLakeReprint,
  matchLeanHeader,
  matchProgress,
} from './lines.js';

interface Open {
  message: LeanMessage;
  lines: string[];
  /** Lake's own messages continue only on indented lines; Lean's on anything not recognised. */
  indentedOnly: boolean;
}

class OutputReader {
  readonly messages: LeanMessage[] = [];
  readonly targets = new Map<string, BuildTarget>();
  readonly failedTargets: string[] = [];
  verdict: boolean | undefined;
  private open: Open | undefined;
  private inFailureList = false;

  read(line: string): void {
    if (this.inFailureList) {
      const item = FAILURE_ITEM.exec(line);
      if (item?.groups) {
        this.failedTargets.push(item.groups.target!);
        return;
      }
      this.inFailureList = false;
    }
    if (this.readStructured(line)) return;
    this.readFreeText(line);
  }

  /** Lines with a recognisable shape; each closes the open message. */
  private readStructured(line: string): boolean {
    const message = parseJsonMessage(line) ?? matchLeanHeader(line) ?? matchLakeReprint(line);
    if (message) {
      this.start(message, message.origin === 'json' ? undefined : false);
      return true;
    }
    const progress = matchProgress(line);
    if (progress) {
      this.close();
      const { status, job, jobs, target, seconds } = progress;
      this.targets.set(target, {
        name: target,
        status,
        job,
        jobs,
        ...(seconds === undefined ? {} : { seconds }),
      });
      return true;
    }
    if (BUILD_OK.test(line)) {
      this.close();
      this.verdict = true;
      return true;
    }
    if (BUILD_FAILED.test(line)) this.verdict = false;
    if (FAILURE_LIST.test(line)) {
      this.close();
      this.inFailureList = true;
      return true;
    }
    const lake = matchLakeLevel(line);
    if (!lake) return false;
    if (lake.severity === 'trace') this.close();
    else this.start({ severity: lake.severity as Severity, text: lake.text, origin: 'lake' }, true);
    return true;
  }

  private readFreeText(line: string): void {
    const open = this.open;
    const continues = open && (!open.indentedOnly || /^\s+\S/.test(line) || line.trim() === '');
    if (open && continues) {
      open.lines.push(line);
      return;
    }
    this.close();
    if (line.trim() === '') return;
    this.start({ severity: 'info', text: line, origin: 'headerless' }, false);
  }

  /** `indentedOnly` undefined: the message is complete on its line (JSON). */
  private start(message: LeanMessage, indentedOnly: boolean | undefined): void {
    this.close();
    const complete = indentedOnly === undefined || classifyMessage(message).sorry === true;
    if (complete) {
      this.messages.push(classifyMessage(message));
      return;
    }
    this.open = { message, lines: [message.text], indentedOnly };
  }

  close(): void {
    if (!this.open) return;
    const { message, lines } = this.open;
    while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
    this.messages.push(classifyMessage({ ...message, text: lines.join('\n') }));
    this.open = undefined;
  }
}

export function parseLeanOutput(text: string): ParsedLeanOutput {
  const reader = new OutputReader();
  for (const raw of text.split('\n')) reader.read(raw.replace(/\r$/, ''));
  reader.close();
  const hasErrors = reader.messages.some((m) => m.severity === 'error');
  const failed =
    reader.failedTargets.length > 0 ||
    [...reader.targets.values()].some((t) => t.status === 'failed');
  return {
    messages: reader.messages,
    build: {
      ok: reader.verdict ?? !(hasErrors || failed),
      targets: [...reader.targets.values()],
      failedTargets: reader.failedTargets,
    },
    axioms: parseAxioms(text),
  };
}
