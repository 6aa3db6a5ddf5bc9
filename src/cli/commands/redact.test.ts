import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plantedSecrets } from '../../secrets/corpus.js';
import { main } from '../main.js';

async function run(argv: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(argv, {
    stdin: Readable.from([input]),
    stdout,
    stderr,
    env: {},
    cwd: process.cwd(),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('kintsugi redact', () => {
  it('copies stdin to stdout with each secret replaced by a marker naming its rule', async () => {
    const [pat, npm] = [
      plantedSecrets(5).find((p) => p.rule === 'github-pat')!,
      plantedSecrets(5).find((p) => p.rule === 'npm-token')!,
    ];
    const input = `line one\n${pat.text}\ntoken: \${{ secrets.NPM }}\n${npm.text}\n`;
    const result = await run(['redact', '--findings'], input);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(pat.secret);
    expect(result.stdout).not.toContain(npm.secret);
    expect(result.stdout.split('\n')).toEqual([
      'line one',
      pat.text.replace(pat.secret, '[REDACTED:github-pat]'),
      'token: ${{ secrets.NPM }}',
      npm.text.replace(npm.secret, '[REDACTED:npm-token]'),
      '',
    ]);
    expect(result.stderr).toMatch(/^2:\d+ github-pat ghp_…\(40 chars\)$/m);
    expect(result.stderr).toContain('2 secret(s) redacted');
  });

  it('passes text without secrets through unchanged', async () => {
    const input = 'commit 3b18e512dba79e4c8300dd08aeb37f8e728b8dad\nno secrets here\n';
    expect(await run(['redact'], input)).toEqual({ code: 0, stdout: input, stderr: '' });
  });
});
