import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosis } from '../../test/patch/shop.js';
import { directoryArtifactStore } from '../platform/artifacts.js';
import { parseDiagnosis, readDiagnosis } from './diagnosis.js';

function dir(): string {
  return mkdtempSync(path.join(tmpdir(), 'kintsugi-diagnosis-'));
}

describe('readDiagnosis', () => {
  it('reads a report by path, relative to the workspace', async () => {
    const workspace = dir();
    mkdirSync(path.join(workspace, 'reports'));
    writeFileSync(path.join(workspace, 'reports/d.json'), JSON.stringify(diagnosis()));
    const report = await readDiagnosis('reports/d.json', { workspace, tempDir: dir() });
    expect(report.tools).toEqual(['prettier', 'eslint']);
  });

  it('reads a report from an artifact of this run', async () => {
    const store = dir();
    mkdirSync(path.join(store, 'kintsugi-diagnose'));
    writeFileSync(
      path.join(store, 'kintsugi-diagnose', 'diagnose-report.json'),
      JSON.stringify(diagnosis()),
    );
    const report = await readDiagnosis('kintsugi-diagnose', {
      workspace: dir(),
      tempDir: dir(),
      artifacts: directoryArtifactStore(store),
    });
    expect(report.category).toBe('lint');
  });

  it('says what is wrong: not JSON, wrong version, wrong shape', async () => {
    const workspace = dir();
    writeFileSync(path.join(workspace, 'bad.json'), '{ nope');
    await expect(readDiagnosis('bad.json', { workspace, tempDir: dir() })).rejects.toThrow(
      /bad\.json is not valid JSON/,
    );
    expect(() => parseDiagnosis({ ...diagnosis(), schemaVersion: undefined }, 'r.json')).toThrow(
      /r\.json has schemaVersion null; this patch reads diagnose reports with schemaVersion 1/,
    );
    expect(() => parseDiagnosis([], 'r.json')).toThrow(/not a diagnose report/);
    expect(() =>
      parseDiagnosis({ ...diagnosis(), confidence: 7, locations: [{ file: 'a' }] }, 'r.json'),
    ).toThrow(/confidence: .*; locations\.0\.line: /);
  });
});
