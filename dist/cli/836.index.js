export const id = 836;
export const ids = [836];
export const modules = {

/***/ 19984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findAction),
/* harmony export */   k: () => (/* binding */ ACTIONS)
/* harmony export */ });
const ACTIONS = [
    {
        name: 'diagnose',
        actionYml: 'actions/diagnose/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 1319).then(__webpack_require__.bind(__webpack_require__, 91319))).run,
    },
    {
        name: 'patch',
        actionYml: 'actions/patch/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 9825).then(__webpack_require__.bind(__webpack_require__, 19825))).run,
    },
    {
        name: 'flaky-rerun',
        actionYml: 'actions/flaky-rerun/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 7609).then(__webpack_require__.bind(__webpack_require__, 7609))).run,
    },
    {
        name: 'lean-prove',
        actionYml: 'actions/lean-prove/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 7436).then(__webpack_require__.bind(__webpack_require__, 37436))).run,
    },
    {
        name: 'risk-gate',
        actionYml: 'actions/risk-gate/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 8330).then(__webpack_require__.bind(__webpack_require__, 58330))).run,
    },
    {
        name: 'repo-sync',
        actionYml: 'actions/repo-sync/action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 1531).then(__webpack_require__.bind(__webpack_require__, 21531))).run,
    },
    {
        name: 'self-heal',
        actionYml: 'action.yml',
        load: async () => (await __webpack_require__.e(/* import() */ 7028).then(__webpack_require__.bind(__webpack_require__, 17028))).run,
    },
];
function findAction(name) {
    return ACTIONS.find((entry) => entry.name === name);
}


/***/ }),

/***/ 2126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ readActionMetadata),
/* harmony export */   WF: () => (/* binding */ renderActionTables),
/* harmony export */   eL: () => (/* binding */ resolveInputs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46316);
/* harmony import */ var _platform_package_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95148);





async function readActionMetadata(actionYml) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_platform_package_root_js__WEBPACK_IMPORTED_MODULE_4__/* .packageRoot */ .Z)(), actionYml);
    const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    return {
        name: raw.name ?? actionYml,
        description: raw.description ?? '',
        inputs: Object.entries(raw.inputs ?? {}).map(([name, spec]) => ({
            name,
            description: spec.description ?? '',
            required: spec.required === true,
            default: spec.default === undefined ? undefined : String(spec.default),
        })),
        outputs: Object.entries(raw.outputs ?? {}).map(([name, spec]) => ({
            name,
            description: spec.description ?? '',
        })),
    };
}
/**
 * Inputs as the runner would give them: the user's values over action.yml defaults. A default that is
 * an expression (`${{ github.token }}`) is resolved the way the CLI can: GITHUB_TOKEN or nothing.
 */
function resolveInputs(metadata, given, env) {
    const known = new Set(metadata.inputs.map((input) => input.name));
    for (const name of Object.keys(given)) {
        if (!known.has(name)) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`unknown input --${name}; accepted: ${[...known].map((n) => `--${n}`).join(', ')}`);
        }
    }
    const resolved = {};
    for (const input of metadata.inputs) {
        const fallback = input.default?.includes('${{')
            ? expressionDefault(input.default, env)
            : input.default;
        resolved[input.name] = given[input.name] ?? fallback;
    }
    return resolved;
}
function expressionDefault(expression, env) {
    if (/github\.token/.test(expression))
        return env.GITHUB_TOKEN ?? env.GH_TOKEN;
    return undefined;
}
/** The markdown input and output tables of an action, for its README. */
function renderActionTables(metadata) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const inputs = metadata.inputs.map((i) => `| \`${i.name}\` | ${cell(i.description)} | ${i.required ? 'yes' : 'no'} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`);
    const outputs = metadata.outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
    return [
        '### Inputs',
        '',
        '| name | description | required | default |',
        '| --- | --- | --- | --- |',
        ...inputs,
        '',
        '### Outputs',
        '',
        '| name | description |',
        '| --- | --- |',
        ...outputs,
        '',
    ].join('\n');
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);

/** `--name value`, `--name=value`, bare `--flag` (= "true"), `--` ends options. */
function parseArgs(argv) {
    const options = {};
    const positionals = [];
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
        }
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            if (eq > 0) {
                options[arg.slice(2, eq)] = arg.slice(eq + 1);
            }
            else {
                const next = argv[i + 1];
                if (next === undefined || next.startsWith('--'))
                    options[arg.slice(2)] = 'true';
                else {
                    options[arg.slice(2)] = next;
                    i++;
                }
            }
        }
        else {
            positionals.push(arg);
        }
    }
    const format = options.format ?? 'text';
    delete options.format;
    if (format !== 'text' && format !== 'json') {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`option --format got ${JSON.stringify(format)}; accepted: text | json`);
    }
    return { options, positionals, help, format };
}


/***/ }),

/***/ 90836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: ./src/actions/registry.ts
var registry = __webpack_require__(19984);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
const COMMANDS = [
    {
        name: 'diagnose',
        summary: 'say why CI failed: one diagnosis per log FILE (--format json: one report per line)',
        load: async () => (await __webpack_require__.e(/* import() */ 8761).then(__webpack_require__.bind(__webpack_require__, 8761))).diagnoseCommand,
    },
    {
        name: 'docs',
        summary: "write each action README's input/output tables from its action.yml",
        load: async () => (await __webpack_require__.e(/* import() */ 3598).then(__webpack_require__.bind(__webpack_require__, 3598))).docsCommand,
    },
    {
        name: 'test-report',
        summary: 'read test result files (JUnit, TRX, NUnit, jest/vitest/mocha JSON, go -json...) and print counts per unique test',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6780), __webpack_require__.e(9975), __webpack_require__.e(4732)]).then(__webpack_require__.bind(__webpack_require__, 4732))).testReportCommand,
    },
    {
        name: 'policy',
        summary: "run a risk-gate policy bundle's own test cases (policy test), or print its digest",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8707), __webpack_require__.e(54), __webpack_require__.e(8334)]).then(__webpack_require__.bind(__webpack_require__, 58334))).policyCommand,
    },
    {
        name: 'redact',
        summary: 'copy standard input to standard output with each secret replaced by [REDACTED:<rule>]',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6218), __webpack_require__.e(2268)]).then(__webpack_require__.bind(__webpack_require__, 32268))).redactCommand,
    },
    {
        name: 'lean-output',
        summary: 'parse recorded Lean/lake output into messages, declarations and build status (one JSON per file)',
        load: async () => (await __webpack_require__.e(/* import() */ 2596).then(__webpack_require__.bind(__webpack_require__, 22596))).leanOutputCommand,
    },
];

// EXTERNAL MODULE: ./src/cli/run-action.ts + 1 modules
var run_action = __webpack_require__(44258);
;// CONCATENATED MODULE: ./src/cli/main.ts




function usage() {
    const actions = registry/* ACTIONS */.k.map((a) => `  ${a.name}`).join('\n');
    const commands = COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
    return [
        'kintsugi <command> [options]',
        '',
        'Actions (the same inputs as their action.yml; `kintsugi <action> --help` lists them):',
        actions,
        '',
        'Other commands:',
        commands,
        '',
        'Common options: --format text|json, --help',
        '',
    ].join('\n');
}
/** Dispatch; returns the exit status. Errors become one line on stderr, never a stack trace. */
async function main(argv, streams) {
    const [name, ...rest] = argv;
    try {
        if (!name || name === '--help' || name === '-h' || name === 'help') {
            streams.stdout.write(usage());
            return name ? 0 : 2;
        }
        const command = COMMANDS.find((c) => c.name === name);
        if (command)
            return await (await command.load())(rest, streams);
        const action = (0,registry/* findAction */.O)(name);
        if (action)
            return await (0,run_action/* runActionCommand */.T)(action, rest, streams);
        streams.stderr.write(`error: unknown command ${JSON.stringify(name)}; accepted: ${[...registry/* ACTIONS */.k.map((a) => a.name), ...COMMANDS.map((c) => c.name)].join(', ')}\n`);
        return 2;
    }
    catch (error) {
        streams.stderr.write(`error: ${(0,errors/* describeError */.Uc)(error)}\n`);
        if (!(0,errors/* isUserError */.iU)(error) && error instanceof Error && streams.env.RUNNER_DEBUG === '1')
            streams.stderr.write(`${error.stack}\n`);
        return (0,errors/* isUserError */.iU)(error) ? 2 : 1;
    }
}


/***/ }),

/***/ 44258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ runActionCommand)
});

// EXTERNAL MODULE: ./src/platform/action.ts
var action = __webpack_require__(29841);
// EXTERNAL MODULE: ./src/platform/logger.ts
var logger = __webpack_require__(63255);
// EXTERNAL MODULE: ./src/platform/local-io.ts + 3 modules
var local_io = __webpack_require__(73680);
// EXTERNAL MODULE: ./src/cli/action-metadata.ts
var action_metadata = __webpack_require__(2126);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/help.ts
function formatHelp(command, metadata) {
    const width = Math.max(...metadata.inputs.map((i) => i.name.length), 10) + 4;
    const lines = [
        `kintsugi ${command} [--<input> <value>]... [--format text|json]`,
        '',
        metadata.description,
        '',
        'Inputs:',
    ];
    for (const input of metadata.inputs) {
        const extra = [
            input.required ? 'required' : '',
            input.default !== undefined ? `default: ${input.default}` : '',
        ]
            .filter(Boolean)
            .join('; ');
        lines.push(`  --${input.name.padEnd(width)}${input.description}${extra ? ` (${extra})` : ''}`);
    }
    lines.push('', 'Outputs:');
    for (const output of metadata.outputs)
        lines.push(`  ${output.name.padEnd(width + 2)}${output.description}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/run-action.ts






/**
 * `kintsugi <action> [--<input> <value>]...`: the same run() the runner calls, with a local IO.
 * Text format prints the job summary; json prints the report.
 */
async function runActionCommand(entry, argv, streams) {
    const args = (0,cli_args/* parseArgs */.Z)(argv);
    const metadata = await (0,action_metadata/* readActionMetadata */.Of)(entry.actionYml);
    if (args.help) {
        streams.stdout.write(formatHelp(entry.name, metadata));
        return 0;
    }
    const inputs = (0,action_metadata/* resolveInputs */.eL)(metadata, args.options, streams.env);
    const run = await entry.load();
    const io = (0,local_io/* localIO */.w)(entry.name, {
        inputs,
        env: { ...streams.env, GITHUB_WORKSPACE: streams.env.GITHUB_WORKSPACE ?? streams.cwd },
        logger: (0,logger/* consoleLogger */.kS)({ stream: streams.stderr, verbose: streams.env.RUNNER_DEBUG === '1' }),
        echo: args.format === 'json' ? streams.stderr : streams.stdout,
    });
    const outcome = await (0,action/* executeAction */.y)(run, io);
    if (args.format === 'json' && outcome.report !== undefined) {
        streams.stdout.write(`${JSON.stringify(outcome.report)}\n`);
    }
    if (outcome.status === 'failure') {
        streams.stderr.write(`error: ${outcome.message ?? `${entry.name} failed`}\n`);
        return 1;
    }
    if (outcome.message)
        streams.stderr.write(`${outcome.message}\n`);
    return 0;
}


/***/ }),

/***/ 29841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ executeAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46316);


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
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error) && error instanceof Error && error.stack)
            io.logger.debug(error.stack);
        return { status: 'failure', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error) };
    }
}
/**
 * On a runner, every report is also the artifact `kintsugi-<action>`, so that the next action (or
 * another run) can take it by name. A failed upload is a warning: the step's work is done.
 */
async function uploadReport(io, reportPath) {
    const name = `kintsugi-${io.actionName}`;
    try {
        const { location } = await io.artifacts.upload(name, [reportPath], node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(reportPath));
        io.logger.info(`report uploaded as ${location}`);
    }
    catch (error) {
        io.logger.warning(`could not upload the report as artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
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
        io.logger.warning(`could not read the kill switch from the dashboard issue: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 58708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   Cc: () => (/* binding */ requireRepository)
/* harmony export */ });
/* unused harmony export parseRepository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46316);



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
        tempDir: env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`GITHUB_EVENT_PATH ${file} is not valid JSON: ${error.message}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repository owner/name');
    }
    return context.repository;
}


/***/ }),

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
/* harmony export */   az: () => (/* binding */ mapInputSource)
/* harmony export */ });
/* unused harmony exports envInputSource, parseDuration */
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

/***/ 73680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ localIO)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
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
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(6780), __webpack_require__.e(2301), __webpack_require__.e(6917)]).then(__webpack_require__.bind(__webpack_require__, 86917));
            const client = new DefaultArtifactClient();
            const result = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: 30 });
            return { location: `artifact:${name}#${result.id ?? '?'}` };
        },
        async download(name, { runId, destination }) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(6780), __webpack_require__.e(2301), __webpack_require__.e(6917)]).then(__webpack_require__.bind(__webpack_require__, 86917));
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
                throw new ConfigError(`artifact ${name} not found${runId ? ` in run ${runId}` : ''}: ${error.message}`);
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
            const cache = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6780), __webpack_require__.e(2301), __webpack_require__.e(2088), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
            if (!cache.isFeatureAvailable())
                return undefined;
            return cache.restoreCache(paths, key, restoreKeys);
        },
        async save(paths, key) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6780), __webpack_require__.e(2301), __webpack_require__.e(2088), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
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

// EXTERNAL MODULE: ./src/platform/context.ts
var platform_context = __webpack_require__(58708);
// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(83734);
// EXTERNAL MODULE: ./src/platform/logger.ts
var logger = __webpack_require__(63255);
;// CONCATENATED MODULE: ./src/platform/local-io.ts







/** The ActionIO of the CLI, the demo and the tests: everything in memory and on local disk. */
function localIO(actionName, options) {
    const env = options.env ?? process.env;
    const context = (0,platform_context/* readRunContext */.$p)(env);
    const state = options.stateDirectory ?? external_node_path_default().join(context.workspace, '.kintsugi');
    const outputs = {};
    const summaries = [];
    const annotations = [];
    return {
        actionName,
        inputs: new inputs/* Inputs */.G0((0,inputs/* mapInputSource */.az)(options.inputs)),
        logger: options.logger ?? (0,logger/* consoleLogger */.kS)({ verbose: env.RUNNER_DEBUG === '1' }),
        context,
        env,
        artifacts: directoryArtifactStore(external_node_path_default().join(state, 'artifacts')),
        cache: directoryCacheStore(external_node_path_default().join(state, 'cache')),
        outputs,
        summaries,
        annotations,
        setOutput(name, value) {
            if (value !== undefined)
                outputs[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
        },
        async writeSummary(summary) {
            if (summary.isEmpty())
                return;
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


/***/ }),

/***/ 63255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
function consoleLogger(options = {}) {
    const out = options.stream ?? process.stderr;
    const write = (line) => out.write(`${line}\n`);
    return {
        debug: (m) => options.verbose && write(`debug: ${m}`),
        info: (m) => write(m),
        warning: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        async group(title, body) {
            write(`▸ ${title}`);
            return body();
        },
    };
}
/** Collects lines; for tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        debug: (m) => void lines.push(`debug: ${m}`),
        info: (m) => void lines.push(m),
        warning: (m) => void lines.push(`warning: ${m}`),
        error: (m) => void lines.push(`error: ${m}`),
        async group(title, body) {
            lines.push(`group: ${title}`);
            return body();
        },
    };
}
const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    error: () => { },
    group: (_t, body) => body(),
};


/***/ }),

/***/ 95148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



let cached;
/**
 * The directory of Kintsugi's own package.json, found by walking up from this file, so that the
 * same code finds `actions/`, `policies/` and `examples/` from `src/` (tsx) and from `dist/` (ncc).
 */
function packageRoot() {
    if (cached)
        return cached;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'kintsugi')
                    return (cached = dir);
            }
            catch {
                // a package.json that ncc writes next to a bundle has no name; keep walking
            }
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return (cached = process.cwd());
        dir = parent;
    }
}


/***/ })

};
