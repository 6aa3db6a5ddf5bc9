import { createHash } from 'node:crypto';
import type { Upgrade } from './ecosystem.js';
import type { UpgradeResult } from './upgrade.js';

export const PLAN_MARKER = 'kintsugi:upgrade-plan';

/** Identifies a plan (what would be upgraded, from what, to what); equal plans need no new run. */
export function planFingerprint(upgrades: Upgrade[]): string {
  const canonical = upgrades
    .map((u) => `${u.name}@${u.from}->${u.to}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export function fingerprintIn(body: string | undefined): string | undefined {
  return body ? new RegExp(`<!-- ${PLAN_MARKER} ([0-9a-f]+) -->`).exec(body)?.[1] : undefined;
}

export interface HeldBackSummary {
  group: string;
  upgrades: Upgrade[];
  category: string;
  summary: string;
  excerpt: string;
  adapted?: { files: string[]; explanation: string };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(u: Upgrade): string {
  return `| \`${u.name}\` | ${u.from} | ${u.to} | ${u.bump}${u.dev ? ' (dev)' : ''} | ${u.changelog ? `[releases](${u.changelog})` : ''} |`;
}

/** The PR body: the upgrades that pass, then each held-back one with the failure it causes. */
export function upgradeBody(
  result: UpgradeResult,
  heldBack: HeldBackSummary[],
  fingerprint: string,
  runs: number,
): string {
  const adapted = heldBack.filter((h) => h.adapted);
  const parts = [
    `<!-- ${PLAN_MARKER} ${fingerprint} -->`,
    `Kintsugi upgraded ${result.upgraded.length} dependenc${result.upgraded.length === 1 ? 'y' : 'ies'}; every one below passes the checks.`,
    '',
    '| package | from | to | bump | changelog |',
    '| --- | --- | --- | --- | --- |',
    ...result.upgraded.map(row),
  ];
  if (adapted.length > 0) {
    parts.push('', '### Upgraded with an adapting change', '');
    for (const h of adapted) {
      parts.push(
        `- ${h.upgrades.map((u) => `\`${u.name}\` ${u.from} → ${u.to}`).join(', ')}: ${cell(h.adapted!.explanation)} (files: ${h.adapted!.files.join(', ')}); validated.`,
      );
    }
  }
  const held = heldBack.filter((h) => !h.adapted);
  if (held.length > 0) {
    parts.push('', '### Held back', '');
    for (const h of held) {
      parts.push(
        `<details><summary>${h.upgrades.map((u) => `${u.name} ${u.from} → ${u.to}`).join(', ')}: ${cell(h.summary)} (${h.category})</summary>`,
        '',
        '```',
        h.excerpt.replace(/```/g, "'''"),
        '```',
        '',
        '</details>',
      );
    }
  }
  parts.push('', `Test runs spent: ${runs} (including the baseline run before any upgrade).`);
  return parts.join('\n');
}
