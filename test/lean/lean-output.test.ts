import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { sharedDataDir } from '../support/shared-data.js';

describe('kintsugi lean-output', () => {
  it('prints one JSON object per file, with messages, declarations and build', async () => {
    const dir = path.join(sharedDataDir(), 'lean', 'elab_fail');
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const { code, stdout } = await runCli(['lean-output', '--format', 'json', ...files]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            file: string;
            messages: { severity: string; name: string | null; endLine: number | null }[];
            build: { ok: boolean };
          },
      );
    expect(lines.map((l) => l.file)).toEqual(files);
    const named = lines.find((l) => l.file.endsWith('1576.lean.out.expected'))!;
    expect(named.messages.map((m) => m.name)).toEqual([
      'lean.unknownIdentifier',
      'lean.unknownIdentifier',
      null,
    ]);
    expect(lines.every((l) => l.build.ok === false)).toBe(true);
  });

  it('names declarations from the project sources', async () => {
    const project = path.resolve(__dirname, 'projects', 'demo');
    const fixture = path.resolve(__dirname, 'fixtures', 'demo-sorry.out');
    const { stdout } = await runCli([
      'lean-output',
      '--format',
      'json',
      '--project',
      project,
      fixture,
    ]);
    expect(JSON.parse(stdout).declarations).toEqual([
      { name: "Demo.zero_add'", status: 'proved' },
      { name: 'Demo.half', status: 'sorry' },
      { name: 'Demo.odd', status: 'sorry' },
    ]);
  });

  it('says how to use it', async () => {
    const { code, stderr } = await runCli(['lean-output']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: kintsugi lean-output/);
  });
});
