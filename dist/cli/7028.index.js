export const id = 7028;
export const ids = [7028];
export const modules = {

/***/ 17028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/patch/fixers/registry.ts
var registry = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/patch/heal-settings.ts
var heal_settings = __webpack_require__(80158);
// EXTERNAL MODULE: ./src/patch/loop-guard.ts
var loop_guard = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/llm/model-choice.ts
var model_choice = __webpack_require__(45328);
;// CONCATENATED MODULE: ./src/actions/self-heal/settings.ts






function fixersOf(list) {
    if (list.length === 0 || (list.length === 1 && list[0] === 'auto'))
        return 'auto';
    const fixers = list.filter((f) => f !== 'none');
    const unknown = fixers.filter((f) => !registry/* FIXER_IDS */.CJ.includes(f));
    if (unknown.length > 0)
        throw new errors/* ConfigError */.xL(`Input fixers got ${JSON.stringify(unknown.join(', '))}; accepted: auto, none, or a list of ${registry/* FIXER_IDS */.CJ.join(', ')}`);
    return fixers;
}
function runIdOf(io) {
    const given = io.inputs.optional('run-id');
    if (given !== undefined) {
        if (!/^\d+$/.test(given))
            throw new errors/* ConfigError */.xL(`Input run-id got ${JSON.stringify(given)}; accepted: a workflow run id (digits)`);
        return Number(given);
    }
    const run = io.context.payload.workflow_run;
    return typeof run?.id === 'number' ? run.id : undefined;
}
function policiesOf(io) {
    const given = io.inputs.optional('policies');
    return given ? external_node_path_default().resolve(io.context.workspace, given) : undefined;
}
function readSettings(io) {
    const inputs = io.inputs;
    const runId = runIdOf(io);
    const logs = inputs.lines('logs');
    if (runId === undefined && logs.length === 0)
        throw new errors/* ConfigError */.xL('Input required and not supplied: run-id (or logs, or run on a workflow_run event)');
    const branchPrefix = inputs.optional('branch-prefix', heal_settings/* DEFAULT_HEAL_SETTINGS */.t.branchPrefix);
    if (!/^[A-Za-z0-9._/-]+\/$/.test(branchPrefix))
        throw new errors/* ConfigError */.xL(`Input branch-prefix got ${JSON.stringify(branchPrefix)}; accepted: a branch path ending in / such as kintsugi/fix/`);
    const approveBelow = inputs.int('approve-below', 30, { min: 0, max: 101 });
    const deployBelow = inputs.int('deploy-below', 40, { min: 0, max: 101 });
    if (deployBelow < approveBelow)
        throw new errors/* ConfigError */.xL(`Input deploy-below got ${deployBelow}; accepted: a score not below approve-below (${approveBelow})`);
    const anthropicApiKey = inputs.optional('anthropic-api-key');
    const modelChoice = (0,model_choice/* readModelChoice */.Bi)(inputs, io.env);
    const event = io.context.payload.workflow_run;
    return Object.freeze({
        pipeline: {
            heal: {
                ...heal_settings/* DEFAULT_HEAL_SETTINGS */.t,
                fixers: fixersOf(inputs.list('fixers')),
                llm: (0,model_choice/* isModelConfigured */.co)(modelChoice),
                maxAttempts: inputs.int('max-attempts', 3, { min: 1, max: 10 }),
                validate: inputs.lines('validate'),
                openPr: inputs.bool('open-pr', true),
                branchPrefix,
                failedBranch: (0,loop_guard/* failedBranchOf */.dU)(io.env, io.context.payload),
                labels: inputs.list('labels'),
            },
            testCommand: inputs.optional('test-command'),
            reruns: inputs.int('reruns', 3, { min: 1, max: 20 }),
            testTimeoutMs: inputs.int('test-timeout-minutes', 15, { min: 1, max: 360 }) * 60_000,
            approveBelow,
            deployBelow,
            policies: policiesOf(io),
        },
        runId,
        logs,
        testReports: inputs.lines('test-reports'),
        githubToken: inputs.optional('github-token') ?? io.env.GITHUB_TOKEN,
        anthropicApiKey,
        modelChoice,
        model: inputs.optional('model', 'claude-sonnet-5-5'),
        eventConclusion: typeof event?.conclusion === 'string' ? event.conclusion : undefined,
    });
}

;// CONCATENATED MODULE: ./src/actions/self-heal/main.ts

// Cold start: only the settings are read eagerly, so a misconfigured step fails fast; the domain
// code (GitHub client, parsers, model client) loads once the settings are known to be valid.
async function run(io) {
    const settings = readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(4006), __webpack_require__.e(8439), __webpack_require__.e(6780), __webpack_require__.e(2311), __webpack_require__.e(8707), __webpack_require__.e(6218), __webpack_require__.e(5653), __webpack_require__.e(4316), __webpack_require__.e(9975), __webpack_require__.e(3840), __webpack_require__.e(54), __webpack_require__.e(8820), __webpack_require__.e(2571), __webpack_require__.e(656), __webpack_require__.e(1395)]).then(__webpack_require__.bind(__webpack_require__, 81510));
    return execute(io, settings);
}


/***/ }),

/***/ 45328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ readModelChoice),
/* harmony export */   UB: () => (/* binding */ DEFAULT_MODEL),
/* harmony export */   Z6: () => (/* binding */ MODEL_NOT_CONFIGURED),
/* harmony export */   co: () => (/* binding */ isModelConfigured)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);
// Reading which model to use loads nothing heavy: every action's settings import this, and the
// model client (zod, providers) loads only when a model is actually used (cold start, issue 2).

const DEFAULT_MODEL = 'claude-sonnet-5-5';
const PROVIDERS = ['anthropic', 'openai-compatible'];
/**
 * The same four inputs on every action that can use a model: `model-provider`, `anthropic-api-key`
 * (the self-hosted server's key, if it wants one), `model` and `model-base-url`; the environment
 * (KINTSUGI_MODEL_PROVIDER, KINTSUGI_MODEL_BASE_URL, ANTHROPIC_BASE_URL, OPENAI_BASE_URL) fills gaps.
 */
function readModelChoice(inputs, env) {
    const fromEnv = env.KINTSUGI_MODEL_PROVIDER?.trim();
    const provider = inputs.oneOf('model-provider', PROVIDERS, PROVIDERS.includes(fromEnv ?? '')
        ? fromEnv
        : 'anthropic');
    const baseUrl = inputs.optional('model-base-url') ??
        env.KINTSUGI_MODEL_BASE_URL ??
        (provider === 'anthropic' ? env.ANTHROPIC_BASE_URL : env.OPENAI_BASE_URL) ??
        undefined;
    if (baseUrl && !/^https?:\/\/\S+$/.test(baseUrl)) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input model-base-url got ${JSON.stringify(baseUrl)}; accepted: an http(s) URL`);
    }
    return {
        provider,
        apiKey: inputs.optional('anthropic-api-key'),
        model: inputs.optional('model', DEFAULT_MODEL),
        baseUrl,
    };
}
/** Anthropic needs a key; a self-hosted server needs its URL. */
function isModelConfigured(choice) {
    return choice.provider === 'anthropic' ? Boolean(choice.apiKey) : Boolean(choice.baseUrl);
}
const MODEL_NOT_CONFIGURED = 'no model is configured; accepted: anthropic-api-key, or model-provider: openai-compatible with model-base-url';


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ blamedFiles),
/* harmony export */   CJ: () => (/* binding */ FIXER_IDS),
/* harmony export */   JO: () => (/* binding */ chooseFixers)
/* harmony export */ });
/* unused harmony export FIXERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9015);


/** A tool that rewrites files in place, called with the files (or `.`) after fixed arguments. */
function fileTool(options) {
    return {
        id: options.id,
        source: options.source,
        tools: options.tools,
        appliesTo: async (diagnosis) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .mentions */ .wy)(diagnosis, options.tools, options.command),
        async run(workspace, runner) {
            const tool = await (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findTool */ .SG)(workspace.root, options.binary, runner, options.places);
            if (!tool)
                return {
                    status: 'skipped',
                    reason: `${options.binary} is not installed in the project or on PATH`,
                };
            const files = options.extensions
                ? workspace.files.filter((f) => options.extensions.test(f))
                : workspace.files;
            const args = options.wholeProject
                ? options.args
                : [...options.args, ...(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .targets */ .zV)({ ...workspace, files })];
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runTool */ .qI)(runner, workspace, tool, args);
        },
    };
}
const PYTHON_PLACES = ['.venv/bin', 'venv/bin'];
const LOCKFILE_DRIFT = /package\.json and package-lock\.json .*in sync|Missing: .* from lock file|Invalid: lock file|lockfile needs to be updated|lock file .*out of (date|sync)|ERR_PNPM_OUTDATED_LOCKFILE/i;
function lockfileDrift(diagnosis) {
    const text = [diagnosis.summary, ...diagnosis.excerpts.map((e) => e.text)].join('\n');
    return LOCKFILE_DRIFT.test(text);
}
const npmLockfile = {
    id: 'npm-lockfile',
    source: 'lockfile',
    tools: ['npm'],
    appliesTo: async (diagnosis, root) => (diagnosis.category === 'dependency' || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .mentions */ .wy)(diagnosis, ['npm'])) &&
        lockfileDrift(diagnosis) &&
        (await (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'package.json'))),
    async run(workspace, runner) {
        const npm = await runner.which('npm');
        if (!npm)
            return { status: 'skipped', reason: 'npm is not on PATH' };
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runTool */ .qI)(runner, workspace, npm, [
            'install',
            '--package-lock-only',
            '--ignore-scripts',
            '--no-audit',
            '--no-fund',
        ]);
    },
};
/** Every deterministic fixer, in the order they are tried: formatters, then lint autofix, then lockfiles. */
const FIXERS = [
    fileTool({
        id: 'prettier',
        source: 'formatter',
        tools: ['prettier'],
        binary: 'prettier',
        args: ['--write'],
        command: /\bprettier\b/,
    }),
    fileTool({
        id: 'ruff-format',
        source: 'formatter',
        tools: ['ruff', 'ruff-format'],
        binary: 'ruff',
        args: ['format'],
        places: PYTHON_PLACES,
        extensions: /\.pyi?$/,
        command: /\bruff format\b/,
    }),
    fileTool({
        id: 'black',
        source: 'formatter',
        tools: ['black'],
        binary: 'black',
        args: ['--quiet'],
        places: PYTHON_PLACES,
        extensions: /\.pyi?$/,
        command: /\bblack\b/,
    }),
    fileTool({
        id: 'gofmt',
        source: 'formatter',
        tools: ['gofmt'],
        binary: 'gofmt',
        args: ['-w'],
        extensions: /\.go$/,
        command: /\bgofmt\b/,
    }),
    fileTool({
        id: 'rustfmt',
        source: 'formatter',
        tools: ['rustfmt', 'cargo-fmt'],
        binary: 'cargo',
        args: ['fmt', '--all'],
        wholeProject: true,
        command: /\bcargo fmt\b|\brustfmt\b/,
    }),
    fileTool({
        id: 'eslint',
        source: 'lint-fix',
        tools: ['eslint'],
        binary: 'eslint',
        args: ['--fix'],
        extensions: /\.[cm]?[jt]sx?$/,
        command: /\beslint\b/,
    }),
    fileTool({
        id: 'ruff-fix',
        source: 'lint-fix',
        tools: ['ruff'],
        binary: 'ruff',
        args: ['check', '--fix'],
        places: PYTHON_PLACES,
        extensions: /\.pyi?$/,
        command: /\bruff check\b/,
    }),
    fileTool({
        id: 'clippy',
        source: 'lint-fix',
        tools: ['clippy'],
        binary: 'cargo',
        args: ['clippy', '--fix', '--allow-dirty', '--allow-staged', '--allow-no-vcs'],
        wholeProject: true,
        command: /\bclippy\b/,
    }),
    npmLockfile,
];
const FIXER_IDS = FIXERS.map((f) => f.id);
/** `auto`: every fixer the diagnosis calls for; a list: those, in registry order, if they apply. */
async function chooseFixers(requested, diagnosis, root) {
    const pool = requested === 'auto' ? FIXERS : FIXERS.filter((f) => requested.includes(f.id));
    const chosen = [];
    for (const fixer of pool)
        if (await fixer.appliesTo(diagnosis, root))
            chosen.push(fixer);
    return chosen;
}
/** The files the diagnosis blamed on a fixer's tools, relative to the workspace. */
function blamedFiles(diagnosis, fixer) {
    const files = diagnosis.locations
        .filter((l) => l.tool === undefined || fixer.tools.includes(l.tool))
        .map((l) => l.file);
    return [...new Set(files)].filter((f) => !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(f) && !f.split(/[\\/]/).includes('..'));
}


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ findTool),
/* harmony export */   qI: () => (/* binding */ runTool),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wy: () => (/* binding */ mentions),
/* harmony export */   zV: () => (/* binding */ targets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The diagnosis names one of these tools: in its tools, a job's tools, a location, or a job's command. */
function mentions(diagnosis, ids, command) {
    const named = new Set([
        ...diagnosis.tools,
        ...diagnosis.jobs.flatMap((j) => j.tools),
        ...diagnosis.locations.flatMap((l) => (l.tool ? [l.tool] : [])),
    ]);
    if (ids.some((id) => named.has(id)))
        return true;
    return (command !== undefined &&
        diagnosis.jobs.some((j) => j.command !== undefined && command.test(j.command)));
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file).then(() => true, () => false);
}
async function executable(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/** The project's own copy of a tool (node_modules/.bin, a virtualenv), else the runner's PATH. */
async function findTool(root, name, runner, places = ['node_modules/.bin']) {
    for (const place of places) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, place, name);
        if (await executable(file))
            return file;
    }
    return runner.which(name);
}
/** Runs a tool on the blamed files (or the whole project) and reports what it did. */
async function runTool(runner, workspace, tool, args) {
    const result = await runner.exec(tool, args, {
        cwd: workspace.root,
        timeoutMs: workspace.timeoutMs,
    });
    if (result.timedOut)
        return {
            status: 'ran',
            command: result.command,
            exitCode: null,
            output: `timed out\n${result.output}`,
        };
    return {
        status: 'ran',
        command: result.command,
        exitCode: result.exitCode,
        output: result.output,
    };
}
function targets(workspace) {
    return workspace.files.length > 0 ? workspace.files : ['.'];
}


/***/ }),

/***/ 80158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DEFAULT_HEAL_SETTINGS)
/* harmony export */ });
// The settings' shape and defaults without the healing code: actions read their inputs against
// these before anything heavy loads (cold start, issue 2).
const DEFAULT_HEAL_SETTINGS = Object.freeze({
    mode: 'fix',
    fixers: 'auto',
    llm: false,
    maxAttempts: 3,
    maxDiffLines: 200,
    allowedPaths: [],
    deniedPaths: [],
    validate: [],
    validationTimeoutMs: 10 * 60_000,
    openPr: true,
    branchPrefix: 'kintsugi/fix/',
    draft: false,
    labels: [],
    reviewers: [],
    budgetTokens: 16_000,
    maxRunsPerDay: 5,
});


/***/ }),

/***/ 47410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ ownBranchRefusal),
/* harmony export */   UZ: () => (/* binding */ attemptsToday),
/* harmony export */   dU: () => (/* binding */ failedBranchOf),
/* harmony export */   fh: () => (/* binding */ recordAttempt)
/* harmony export */ });
/* unused harmony export ATTEMPT_EVENT */
const ATTEMPT_EVENT = 'patch-attempt';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Kintsugi never heals a branch it created: that is how a fix loop would start. */
function ownBranchRefusal(failedBranch, prefix) {
    if (!failedBranch)
        return undefined;
    const branch = failedBranch.replace(/^refs\/heads\//, '');
    if (branch.startsWith(prefix)) {
        return `the failing branch ${branch} is one Kintsugi created (under ${prefix}); it never heals its own branches`;
    }
    return undefined;
}
/** The branch that failed: a PR's head, the workflow_run's head branch, or the pushed ref. */
function failedBranchOf(env, payload) {
    const run = payload.workflow_run;
    if (run && typeof run.head_branch === 'string' && run.head_branch)
        return run.head_branch;
    if (env.GITHUB_HEAD_REF)
        return env.GITHUB_HEAD_REF;
    const ref = env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
/** How many heal attempts this PR branch had in the last 24 hours, per the dashboard. */
async function attemptsToday(dashboard, branch, now = Date.now()) {
    const events = await dashboard.readEvents(ATTEMPT_EVENT);
    return events.filter((e) => {
        const data = e.data;
        return data?.branch === branch && now - Date.parse(e.at) < DAY_MS;
    }).length;
}
async function recordAttempt(dashboard, branch, outcome) {
    await dashboard.appendEvent(ATTEMPT_EVENT, { branch, outcome });
}


/***/ })

};
