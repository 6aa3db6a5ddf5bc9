import path from 'node:path';
import type { ActionIO, OutputValue } from './action.js';
import type { Annotation } from './annotations.js';
import { selectAnnotations } from './annotations.js';
import { directoryArtifactStore } from './artifacts.js';
import { directoryCacheStore } from './cache.js';
import { readRunContext } from './context.js';
import { Inputs, mapInputSource } from './inputs.js';
import type { Logger } from './logger.js';
import { consoleLogger } from './logger.js';

export interface LocalIO extends ActionIO {
  readonly outputs: Record<string, string>;
  readonly summaries: string[];
  readonly annotations: Annotation[];
}

export interface LocalIOOptions {
  inputs: Record<string, string | undefined>;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Where artifacts and the cache live; default `<workspace>/.kintsugi`. */
  stateDirectory?: string;
  /** Print the summary and annotations here as they come (the CLI); tests leave it unset. */
  echo?: NodeJS.WritableStream;
  pauseProbe?: () => Promise<string | undefined>;
}

/** The ActionIO of the CLI, the demo and the tests: everything in memory and on local disk. */
export function localIO(actionName: string, options: LocalIOOptions): LocalIO {
  const env = options.env ?? process.env;
  const context = readRunContext(env);
  const state = options.stateDirectory ?? path.join(context.workspace, '.kintsugi');
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const annotations: Annotation[] = [];
  return {
    actionName,
    inputs: new Inputs(mapInputSource(options.inputs)),
    logger: options.logger ?? consoleLogger({ verbose: env.RUNNER_DEBUG === '1' }),
    context,
    env,
    artifacts: directoryArtifactStore(path.join(state, 'artifacts')),
    cache: directoryCacheStore(path.join(state, 'cache')),
    outputs,
    summaries,
    annotations,
    setOutput(name: string, value: OutputValue) {
      if (value !== undefined)
        outputs[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
    },
    async writeSummary(summary) {
      if (summary.isEmpty()) return;
      summaries.push(summary.toMarkdown());
      options.echo?.write(`${summary.toMarkdown()}\n`);
    },
    annotate(list, cap = 50) {
      const { shown } = selectAnnotations(list, cap);
      annotations.push(...shown);
      for (const a of shown) {
        const where = a.file
          ? `${a.file}${a.line ? `:${a.line}` : ''}${a.column ? `:${a.column}` : ''}: `
          : '';
        options.echo?.write(`${where}${a.level}: ${a.message}\n`);
      }
    },
    pauseProbe: options.pauseProbe,
  };
}
