export const id = 674;
export const ids = [674];
export const modules = {

/***/ 46316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export NotImplementedError */
/**
 * A mistake in how the user configured Kintsugi (an input, a file they pointed us at).
 * Reported as a plain message, never with a stack trace: the user can fix it.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Thrown by an action whose domain is not built yet: it must fail, never pretend to succeed. */
class NotImplementedError extends Error {
    name = 'NotImplementedError';
    constructor(what) {
        super(`${what} is not implemented yet in this version of Kintsugi`);
    }
}
/** Message for the user: config errors as they are, anything else (including non-Error throws) described. */
function describeError(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return `non-error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `non-error thrown: ${String(error)}`;
    }
}
function isUserError(error) {
    return error instanceof ConfigError;
}


/***/ }),

/***/ 83734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Or: () => (/* binding */ exceeds),
/* harmony export */   lQ: () => (/* binding */ envInputSource)
/* harmony export */ });
/* unused harmony exports mapInputSource, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);

/** The runner's convention: `INPUT_<NAME>` with spaces as underscores, upper-cased; hyphens kept. */
function envInputSource(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
function mapInputSource(values) {
    return (name) => values[name];
}
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
/**
 * Typed readers over an InputSource. Each throws a ConfigError naming the input, the value and what
 * would be accepted. Empty strings count as "not given", as on the runner.
 */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    raw(name) {
        const value = this.source(name);
        if (value === undefined)
            return undefined;
        const trimmed = value.trim();
        return trimmed === '' ? undefined : trimmed;
    }
    required(name) {
        const value = this.raw(name);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input required and not supplied: ${name}`);
        return value;
    }
    optional(name, fallback) {
        return this.raw(name) ?? fallback;
    }
    bool(name, fallback) {
        const value = this.raw(name);
        if (value === undefined)
            return fallback;
        const lower = value.toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(lower))
            return true;
        if (['false', 'no', 'off', '0'].includes(lower))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: true or false (also on/off, yes/no)`);
    }
    int(name, fallback, range = {}) {
        const value = this.raw(name);
        if (value === undefined)
            return fallback;
        const accepted = describeRange(range);
        if (!/^-?\d+$/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: a whole number${accepted}`);
        const n = Number(value);
        if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: a whole number${accepted}`);
        }
        return n;
    }
    /** One of a fixed set of words, case-insensitive. */
    oneOf(name, choices, fallback) {
        const value = this.raw(name);
        if (value === undefined)
            return fallback;
        const match = choices.find((c) => c.toLowerCase() === value.toLowerCase());
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: ${choices.join(' | ')}`);
        return match;
    }
    /** Newline- or comma-separated list; blank entries and `#` comments dropped. */
    list(name, options = {}) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return value
            .split(options.separator ?? /[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== '' && !item.startsWith('#'));
    }
    /** Newline-separated list (commas kept, for commands and globs with braces). */
    lines(name) {
        return this.list(name, { separator: /\n/ });
    }
    /** A duration such as `90`, `90s`, `5m`, `1h30m`, `250ms`; returned in milliseconds. */
    duration(name, fallbackMs) {
        const value = this.raw(name);
        if (value === undefined)
            return fallbackMs;
        const ms = parseDuration(value);
        if (ms === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: a duration such as 90, 90s, 5m, 1h30m or 250ms`);
        }
        return ms;
    }
    /** A count (`5`) or a percentage (`10%`). */
    countOrPercent(name, fallback) {
        const value = this.raw(name);
        if (value === undefined)
            return fallback;
        const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
        if (pct) {
            const percent = Number(pct[1]);
            if (percent <= 100)
                return { kind: 'percent', value: percent };
        }
        else if (/^\d+$/.test(value)) {
            return { kind: 'count', value: Number(value) };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: a count such as 5 or a percentage such as 10%`);
    }
    /** A JSON value given as a string. */
    json(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        try {
            return JSON.parse(value);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input ${name} got ${show(value)}; accepted: valid JSON (${error.message})`);
        }
    }
}
function exceeds(limit, failed, total) {
    if (limit.kind === 'count')
        return failed > limit.value;
    return total > 0 && (failed / total) * 100 > limit.value;
}
function describeRange(range) {
    if (range.min !== undefined && range.max !== undefined)
        return ` from ${range.min} to ${range.max}`;
    if (range.min !== undefined)
        return ` of at least ${range.min}`;
    if (range.max !== undefined)
        return ` of at most ${range.max}`;
    return '';
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const parts = value.match(/(\d+(?:\.\d+)?)(ms|s|m|h)/g);
    if (!parts || parts.join('') !== value.replace(/\s+/g, ''))
        return undefined;
    let total = 0;
    for (const part of parts) {
        const [, n, unit] = /(\d+(?:\.\d+)?)(ms|s|m|h)/.exec(part);
        total += Number(n) * UNIT_MS[unit];
    }
    return Math.round(total);
}


/***/ }),

/***/ 43674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  coreLogger: () => (/* binding */ coreLogger),
  runOnRunner: () => (/* binding */ runOnRunner),
  runnerIO: () => (/* binding */ runnerIO)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
;// CONCATENATED MODULE: ./src/platform/action.ts


/**
 * The one try/catch around every action: kill switch first, then the action, then the verdict.
 * Never throws; returns the outcome for the caller to turn into an exit status.
 */
async function executeAction(run, io) {
    try {
        const paused = await pausedReason(io);
        if (paused) {
            io.setOutput('paused', true);
            return {
                status: 'neutral',
                message: `Kintsugi is paused (${paused}); ${io.actionName} did nothing.`,
            };
        }
        const outcome = await run(io);
        if (outcome.reportPath && io.artifacts.kind === 'runner')
            await uploadReport(io, outcome.reportPath);
        return outcome;
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error) && error instanceof Error && error.stack)
            io.logger.debug(error.stack);
        return { status: 'failure', message: (0,errors/* describeError */.Uc)(error) };
    }
}
/**
 * On a runner, every report is also the artifact `kintsugi-<action>`, so that the next action (or
 * another run) can take it by name. A failed upload is a warning: the step's work is done.
 */
async function uploadReport(io, reportPath) {
    const name = `kintsugi-${io.actionName}`;
    try {
        const { location } = await io.artifacts.upload(name, [reportPath], external_node_path_default().dirname(reportPath));
        io.logger.info(`report uploaded as ${location}`);
    }
    catch (error) {
        io.logger.warning(`could not upload the report as artifact ${name}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
async function pausedReason(io) {
    if ((io.env.KINTSUGI_PAUSED ?? '').trim().toLowerCase() === 'true')
        return 'KINTSUGI_PAUSED=true';
    if (!io.pauseProbe)
        return undefined;
    try {
        return await io.pauseProbe();
    }
    catch (error) {
        // The switch must not become a new way to fail: say so and go on.
        io.logger.warning(`could not read the kill switch from the dashboard issue: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/platform/annotations.ts
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * GitHub shows a limited number of annotations per step; we choose which: most relevant first,
 * errors before warnings before notices, and report how many were left out.
 */
function selectAnnotations(all, cap = 50) {
    const ordered = all
        .map((annotation, index) => ({ annotation, index }))
        .sort((a, b) => (b.annotation.relevance ?? 0) - (a.annotation.relevance ?? 0) ||
        LEVEL_RANK[a.annotation.level] - LEVEL_RANK[b.annotation.level] ||
        a.index - b.index)
        .map(({ annotation }) => annotation);
    return { shown: ordered.slice(0, cap), omitted: Math.max(0, ordered.length - cap) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/platform/artifacts.ts



/** A directory on disk: what the CLI, the demo and the tests use. */
function directoryArtifactStore(root) {
    return {
        kind: 'directory',
        async upload(name, files, rootDirectory) {
            const target = external_node_path_default().join(root, safeName(name));
            await (0,promises_.mkdir)(target, { recursive: true });
            for (const file of files) {
                const relative = external_node_path_default().relative(rootDirectory, file);
                if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
                    throw new errors/* ConfigError */.xL(`artifact file ${file} is outside its root directory ${rootDirectory}`);
                }
                await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(target, relative)), { recursive: true });
                await (0,promises_.cp)(file, external_node_path_default().join(target, relative), { recursive: true });
            }
            return { location: target };
        },
        async download(name, options) {
            const source = external_node_path_default().join(root, options.runId ? `run-${options.runId}` : '', safeName(name));
            const exists = await (0,promises_.stat)(source).then((s) => s.isDirectory(), () => false);
            if (!exists) {
                const known = await (0,promises_.readdir)(root).catch(() => []);
                throw new errors/* ConfigError */.xL(`artifact ${name} not found in ${root}; known: ${known.join(', ') || 'none'}`);
            }
            await (0,promises_.mkdir)(options.destination, { recursive: true });
            await (0,promises_.cp)(source, options.destination, { recursive: true });
            return options.destination;
        },
    };
}
/** `@actions/artifact`, loaded only when used so that cold start stays small. */
function runnerArtifactStore(options) {
    return {
        kind: 'runner',
        async upload(name, files, rootDirectory) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(780), __webpack_require__.e(548), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 86917));
            const client = new DefaultArtifactClient();
            const result = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: 30 });
            return { location: `artifact:${name}#${result.id ?? '?'}` };
        },
        async download(name, { runId, destination }) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(780), __webpack_require__.e(548), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 86917));
            const client = new DefaultArtifactClient();
            const findBy = runId && options.token && options.repository
                ? {
                    token: options.token,
                    workflowRunId: runId,
                    repositoryOwner: options.repository.owner,
                    repositoryName: options.repository.repo,
                }
                : undefined;
            const { artifact } = await client
                .getArtifact(name, findBy ? { findBy } : {})
                .catch((error) => {
                throw new errors/* ConfigError */.xL(`artifact ${name} not found${runId ? ` in run ${runId}` : ''}: ${error.message}`);
            });
            await client.downloadArtifact(artifact.id, {
                path: destination,
                ...(findBy ? { findBy } : {}),
            });
            return destination;
        },
    };
}
/** On a runner with the artifact service available use it; anywhere else a local directory. */
function chooseArtifactStore(env, localRoot, token, repository) {
    if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
        return runnerArtifactStore({ token, repository });
    return directoryArtifactStore(localRoot);
}
function safeName(name) {
    if (!/^[A-Za-z0-9._-]+$/.test(name)) {
        throw new errors/* ConfigError */.xL(`artifact name ${JSON.stringify(name)} is not accepted; use letters, digits, '.', '_' and '-'`);
    }
    return name;
}

;// CONCATENATED MODULE: ./src/platform/cache.ts


const noCache = {
    kind: 'none',
    restore: async () => undefined,
    save: async () => { },
};
/** A local directory store: one folder per key, prefix lookups as `@actions/cache` does them. */
function directoryCacheStore(root) {
    const folder = (key) => external_node_path_default().join(root, encodeURIComponent(key));
    return {
        kind: 'directory',
        async restore(paths, key, restoreKeys = []) {
            const keys = await (0,promises_.readdir)(root).then((names) => names.map(decodeURIComponent), () => []);
            const hit = keys.includes(key) ? key : findByPrefix(keys, restoreKeys);
            if (!hit)
                return undefined;
            for (const [index, target] of paths.entries()) {
                const source = external_node_path_default().join(folder(hit), String(index));
                if (await (0,promises_.stat)(source).then(() => true, () => false)) {
                    await (0,promises_.rm)(target, { recursive: true, force: true });
                    await (0,promises_.cp)(source, target, { recursive: true });
                }
            }
            return hit;
        },
        async save(paths, key) {
            const target = folder(key);
            if (await (0,promises_.stat)(target).then(() => true, () => false))
                return; // keys are immutable, as on GitHub
            for (const [index, source] of paths.entries()) {
                if (await (0,promises_.stat)(source).then(() => true, () => false)) {
                    await (0,promises_.mkdir)(target, { recursive: true });
                    await (0,promises_.cp)(source, external_node_path_default().join(target, String(index)), { recursive: true });
                }
            }
        },
    };
}
function findByPrefix(keys, prefixes) {
    for (const prefix of prefixes) {
        const matches = keys.filter((k) => k.startsWith(prefix)).sort();
        if (matches.length > 0)
            return matches[matches.length - 1];
    }
    return undefined;
}
/** `@actions/cache`, loaded lazily; falls back to no cache where the service is unavailable. */
function runnerCacheStore() {
    return {
        kind: 'runner',
        async restore(paths, key, restoreKeys) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(548), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
            if (!cache.isFeatureAvailable())
                return undefined;
            return cache.restoreCache(paths, key, restoreKeys);
        },
        async save(paths, key) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(548), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
            if (!cache.isFeatureAvailable())
                return;
            try {
                await cache.saveCache(paths, key);
            }
            catch (error) {
                // Another job saving the same key first is not a failure of ours.
                if (error.name !== 'ReserveCacheError')
                    throw error;
            }
        },
    };
}
function chooseCacheStore(env, localRoot) {
    if (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)
        return runnerCacheStore();
    return localRoot ? directoryCacheStore(localRoot) : noCache;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/platform/context.ts



function readRunContext(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return {
        repository: owner && repo ? { owner, repo } : undefined,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        actor: env.GITHUB_ACTOR,
        eventName: env.GITHUB_EVENT_NAME,
        payload: readPayload(env.GITHUB_EVENT_PATH),
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: env.RUNNER_TEMP ?? external_node_os_default().tmpdir(),
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        graphqlUrl: env.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql',
    };
}
function readPayload(file) {
    if (!file)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`GITHUB_EVENT_PATH ${file} is not valid JSON: ${error.message}`);
    }
}
/** `owner/repo` as given by the user, validated. */
function parseRepository(input, inputName = 'repository') {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(input.trim());
    if (!match)
        throw new ConfigError(`Input ${inputName} got ${JSON.stringify(input)}; accepted: owner/name`);
    return { owner: match[1], repo: match[2] };
}
function requireRepository(context) {
    if (!context.repository) {
        throw new ConfigError('GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repository owner/name');
    }
    return context.repository;
}

// EXTERNAL MODULE: ./src/platform/inputs.ts
var platform_inputs = __webpack_require__(83734);
;// CONCATENATED MODULE: ./src/platform/runner-io.ts









const coreLogger = {
    debug: (m) => core/* debug */.Yz(m),
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    error: (m) => core/* error */.z3(m),
    group: (title, body) => core/* group */.Os(title, body),
};
/** The ActionIO of a real runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
function runnerIO(actionName, env = process.env) {
    const context = readRunContext(env);
    const inputs = new platform_inputs/* Inputs */.G0((0,platform_inputs/* envInputSource */.lQ)(env));
    const token = inputs.optional('github-token') ?? env.GITHUB_TOKEN;
    const localRoot = external_node_path_default().join(context.tempDir, 'kintsugi');
    return {
        actionName,
        inputs,
        logger: coreLogger,
        context,
        env,
        artifacts: chooseArtifactStore(env, external_node_path_default().join(localRoot, 'artifacts'), token, context.repository),
        cache: chooseCacheStore(env, external_node_path_default().join(localRoot, 'cache')),
        setOutput: (name, value) => {
            if (value !== undefined)
                core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : value);
        },
        writeSummary: async (summary) => {
            if (summary.isEmpty() || !env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(summary.toMarkdown(), true).write();
        },
        annotate: (annotations, cap = 50) => {
            const { shown, omitted } = selectAnnotations(annotations, cap);
            for (const a of shown) {
                const props = {
                    title: a.title,
                    file: a.file,
                    startLine: a.line,
                    endLine: a.endLine,
                    startColumn: a.column,
                    endColumn: a.endColumn,
                };
                if (a.level === 'error')
                    core/* error */.z3(a.message, props);
                else if (a.level === 'warning')
                    core/* warning */.$e(a.message, props);
                else
                    core/* notice */.lm(a.message, props);
            }
            if (omitted > 0)
                core/* info */.pq(`${omitted} more annotation(s) not shown; see the report.`);
        },
        pauseProbe: token && context.repository
            ? async () => {
                const { dashboardPauseProbe } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 80299));
                return dashboardPauseProbe({
                    token,
                    repository: context.repository,
                    apiUrl: context.apiUrl,
                });
            }
            : undefined,
    };
}
/** Entry for `dist/<action>/index.js`: run, then set the step's result. Never throws. */
async function runOnRunner(actionName, run) {
    let outcome;
    try {
        outcome = await executeAction(run, runnerIO(actionName));
    }
    catch (error) {
        // Building the IO itself failed (an unreadable event payload, say).
        outcome = { status: 'failure', message: (0,errors/* describeError */.Uc)(error) };
    }
    if (outcome.reportPath)
        core/* setOutput */.uH('report', outcome.reportPath);
    if (outcome.status === 'failure')
        core/* setFailed */.C1(outcome.message ?? `${actionName} failed`);
    else if (outcome.status === 'neutral' && outcome.message)
        core/* notice */.lm(outcome.message);
    return outcome;
}


/***/ })

};
