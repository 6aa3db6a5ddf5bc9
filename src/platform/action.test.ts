import { describe, expect, it } from 'vitest';
import { executeAction } from './action.js';
import { ConfigError } from './errors.js';
import { localIO } from './local-io.js';
import { memoryLogger } from './logger.js';
import { Summary } from './summary.js';

const io = (env: NodeJS.ProcessEnv = {}, pauseProbe?: () => Promise<string | undefined>) =>
  localIO('diagnose', {
    inputs: { logs: 'a.log' },
    env: { GITHUB_WORKSPACE: '/tmp', ...env },
    logger: memoryLogger(),
    pauseProbe,
  });

describe('executeAction', () => {
  it('returns the action outcome and collects outputs and the summary', async () => {
    const local = io();
    const outcome = await executeAction(async (x) => {
      x.setOutput('category', 'lint');
      x.setOutput('failing-tests', [{ name: 't' }]);
      await x.writeSummary(new Summary().heading('Done').table(['a'], [['1|2']]));
      return { status: 'success', report: { ok: true } };
    }, local);
    expect(outcome).toEqual({ status: 'success', report: { ok: true } });
    expect(local.outputs).toEqual({ category: 'lint', 'failing-tests': '[{"name":"t"}]' });
    expect(local.summaries[0]).toContain('| 1\\|2 |');
  });

  it('turns a thrown ConfigError into a failure with its message', async () => {
    const outcome = await executeAction(async () => {
      throw new ConfigError('Input logs got "x"; accepted: a file');
    }, io());
    expect(outcome).toEqual({ status: 'failure', message: 'Input logs got "x"; accepted: a file' });
  });

  it('fails on a non-Error throw instead of passing', async () => {
    const outcome = await executeAction(async () => {
      throw { code: 42 };
    }, io());
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toBe('non-error thrown: {"code":42}');
  });

  it('stops early with a neutral result when KINTSUGI_PAUSED=true', async () => {
    let ran = false;
    const local = io({ KINTSUGI_PAUSED: 'TRUE' });
    const outcome = await executeAction(async () => {
      ran = true;
      return { status: 'success' };
    }, local);
    expect(ran).toBe(false);
    expect(outcome.status).toBe('neutral');
    expect(outcome.message).toContain('KINTSUGI_PAUSED=true');
    expect(local.outputs.paused).toBe('true');
  });

  it('honours the dashboard label probe, and survives a probe that fails', async () => {
    const paused = await executeAction(
      async () => ({ status: 'success' }),
      io({}, async () => 'label kintsugi:pause on #1'),
    );
    expect(paused).toMatchObject({
      status: 'neutral',
      message: expect.stringContaining('kintsugi:pause'),
    });
    const logger = memoryLogger();
    const local = localIO('patch', {
      inputs: {},
      env: {},
      logger,
      pauseProbe: async () => Promise.reject(new Error('503')),
    });
    const outcome = await executeAction(async () => ({ status: 'success' }), local);
    expect(outcome.status).toBe('success');
    expect(logger.lines.join('\n')).toContain('could not read the kill switch');
  });

  it('uploads the report as the artifact kintsugi-<action> on a runner, and only warns if that fails', async () => {
    const uploads: string[] = [];
    const logger = memoryLogger();
    const local = localIO('diagnose', { inputs: {}, env: {}, logger });
    const runnerStore = {
      kind: 'runner' as const,
      upload: async (name: string, files: string[]) => {
        uploads.push(`${name}:${files.join(',')}`);
        if (uploads.length > 1) throw new Error('409 artifact exists');
        return { location: `artifact:${name}` };
      },
      download: async () => '',
    };
    const io = { ...local, artifacts: runnerStore };
    const ok = await executeAction(
      async () => ({ status: 'success', reportPath: '/tmp/r/diagnose-report.json' }),
      io,
    );
    expect(ok.status).toBe('success');
    const again = await executeAction(
      async () => ({ status: 'success', reportPath: '/tmp/r/diagnose-report.json' }),
      io,
    );
    expect(again.status).toBe('success');
    expect(uploads).toEqual([
      'kintsugi-diagnose:/tmp/r/diagnose-report.json',
      'kintsugi-diagnose:/tmp/r/diagnose-report.json',
    ]);
    expect(logger.lines.join('\n')).toContain(
      'could not upload the report as artifact kintsugi-diagnose: 409 artifact exists',
    );
  });
});
