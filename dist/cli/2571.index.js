export const id = 2571;
export const ids = [2571];
export const modules = {

/***/ 33328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ createProcessRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const OUTPUT_CAP = 32 * 1024 * 1024;
const KILL_GRACE_MS = 2000;
/**
 * Real processes through `sh -c`, each the leader of its own process group so that a timeout kills
 * the whole tree (npx → node → workers), not just the shell.
 */
function createProcessRunner() {
    return {
        run: (request) => new Promise((resolve) => {
            const started = performance.now();
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', request.command], {
                cwd: request.cwd,
                env: { ...process.env, ...request.env },
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            const stdout = collect(child.stdout);
            const stderr = collect(child.stderr);
            let timedOut = false;
            const killGroup = (signal) => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, signal);
                }
                catch {
                    // Already gone.
                }
            };
            const timer = setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
            }, request.timeoutMs);
            const finish = (exitCode, signal, spawnError) => {
                clearTimeout(timer);
                // Children that outlive the shell would keep running: end the group.
                killGroup('SIGKILL');
                resolve({
                    exitCode,
                    signal,
                    timedOut,
                    notFound: exitCode === 127 ||
                        spawnError?.code === 'ENOENT',
                    stdout: stdout.text(),
                    stderr: spawnError ? `${stderr.text()}${spawnError.message}` : stderr.text(),
                    seconds: (performance.now() - started) / 1000,
                });
            };
            child.on('error', (error) => finish(null, null, error));
            child.on('close', (code, signal) => finish(code, signal));
        }),
    };
}
function collect(stream) {
    const chunks = [];
    let size = 0;
    stream?.on('data', (chunk) => {
        if (size >= OUTPUT_CAP)
            return;
        chunks.push(chunk);
        size += chunk.length;
    });
    return { text: () => Buffer.concat(chunks).toString('utf8') };
}


/***/ }),

/***/ 10845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ readOutcomes),
/* harmony export */   SX: () => (/* binding */ readOutcomesFromFile),
/* harmony export */   jU: () => (/* binding */ findReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59975);
/* harmony import */ var _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29323);





const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * Files matching the patterns (paths or globs, relative to cwd), optionally only those written since
 * `since` (a re-run must not read the previous run's surefire files).
 */
async function findReportFiles(patterns, cwd, since) {
    const found = new Set();
    const globs = [];
    for (const pattern of patterns) {
        if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern).isGlob)
            globs.push(pattern.replace(/^\.\//, ''));
        else {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
            if (info?.isFile() && (since === undefined || info.mtimeMs >= since))
                found.add(file);
        }
    }
    if (globs.length > 0) {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(globs, { dot: true });
        for (const file of await walk(cwd)) {
            if (!isMatch(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')))
                continue;
            if (since !== undefined && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).mtimeMs < since)
                continue;
            found.add(file);
        }
    }
    return [...found].sort();
}
async function walk(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                files.push(...(await walk(full)));
        }
        else if (entry.isFile())
            files.push(full);
    }
    return files;
}
/** Every execution in one result text; throws ReportFormatError in words. */
function readOutcomes(content, file, parserId) {
    if (content.trim() === '')
        throw new _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportFormatError */ .Qs(file, 'the file is empty: no test results in it');
    const parser = (parserId ? (0,_parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .findParser */ .Hz)(parserId) : undefined) ??
        _parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULT_PARSERS */ .d7.find((p) => p.detect(content, file));
    if (!parser)
        throw new _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportFormatError */ .Qs(file, 'not a test report format flaky-rerun reads');
    return parser.parse(content, file);
}
async function readOutcomesFromFile(file, parserId) {
    return readOutcomes(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file, parserId);
}


/***/ }),

/***/ 1860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RW: () => (/* binding */ rerunFailedTests)
});

// UNUSED EXPORTS: FLAKY_SCHEMA_VERSION, MASS_FAILURE_FLOOR, isMassFailure, matchOutcome

// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(83734);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/logger.ts
var logger = __webpack_require__(63255);
// EXTERNAL MODULE: ./src/flaky/aggregate.ts
var aggregate = __webpack_require__(81254);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/flaky/report-files.ts
var report_files = __webpack_require__(10845);
// EXTERNAL MODULE: ./src/flaky/parsers/types.ts
var types = __webpack_require__(29323);
;// CONCATENATED MODULE: ./src/flaky/invoke.ts




async function freshReportDir(tempDir, label) {
    await (0,promises_.mkdir)(tempDir, { recursive: true });
    return (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, `${label}-`));
}
/** Run one invocation in a fresh process and read what it wrote. Never throws for a bad run. */
async function runInvocation(invocation, options) {
    const since = Date.now() - 1000;
    options.logger.info(`$ ${invocation.command}`);
    const result = await options.runner.run({
        command: invocation.command,
        cwd: options.cwd,
        timeoutMs: options.timeoutMs,
        ...(invocation.env ? { env: invocation.env } : {}),
    });
    options.logger.debug(`exit ${String(result.exitCode)} in ${result.seconds.toFixed(2)}s${result.timedOut ? ' (killed at timeout)' : ''}`);
    try {
        const outcomes = await readResults(invocation, options.cwd, result, since);
        return { process: result, outcomes };
    }
    catch (error) {
        const problem = error instanceof types/* ReportFormatError */.Qs ? error.message : error.message;
        return { process: result, outcomes: [], problem };
    }
}
async function readResults(invocation, cwd, result, since) {
    const source = invocation.results;
    if (source.kind === 'stdout')
        return (0,report_files/* readOutcomes */.CE)(result.stdout, '(standard output)', invocation.parser);
    const files = source.kind === 'file' ? [source.path] : await (0,report_files/* findReportFiles */.jU)(source.patterns, cwd, since);
    if (files.length === 0)
        throw new Error(`no result files matching ${source.kind === 'glob' ? source.patterns.join(', ') : ''} were written`);
    const outcomes = [];
    for (const file of files) {
        try {
            outcomes.push(...(await (0,report_files/* readOutcomesFromFile */.SX)(file, invocation.parser)));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                throw new Error(`the result file ${external_node_path_default().basename(file)} was not written`);
            throw error;
        }
    }
    return outcomes;
}
/** The last lines of stderr (or stdout), for messages about a run that went wrong. */
function outputTail(result, lines = 5) {
    const text = (result.stderr.trim() || result.stdout.trim()).split(/\r?\n/);
    return text.slice(-lines).join('\n');
}

// EXTERNAL MODULE: ./src/flaky/process.ts
var process = __webpack_require__(33328);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/flaky/classify.ts
var classify = __webpack_require__(38271);
;// CONCATENATED MODULE: ./src/flaky/report.ts
const FLAKY_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/flaky/signature.ts
const PATTERNS = [
    {
        kind: 'timing',
        pattern: /\b(time(d)?[ -]?out|timeout of \d+|exceeded timeout|deadline exceeded|took too long|ETIMEDOUT)\b/i,
        what: 'a timeout',
    },
    {
        kind: 'network',
        pattern: /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|socket hang up|connection (refused|reset)|getaddrinfo|network (is )?unreachable|50[234] (Bad Gateway|Service Unavailable|Gateway Timeout))\b/i,
        what: 'a network error',
    },
    {
        kind: 'resource',
        pattern: /\b(EMFILE|ENOSPC|ENOMEM|EADDRINUSE|address already in use|too many open files|out of memory|heap out of memory|no space left)\b/i,
        what: 'a resource limit',
    },
    {
        kind: 'concurrency',
        pattern: /\b(DATA RACE|deadlock|race condition|concurrent(ly)? modif\w*|lock (timeout|wait)|mutex|ConcurrentModificationException)\b/i,
        what: 'a concurrency problem',
    },
];
const ORDER = [
    'timing',
    'network',
    'resource',
    'concurrency',
    'randomness',
    'order-dependence',
];
/**
 * Why a test failed (and, when it later passed, why it is likely flaky), with the evidence. The kind
 * is the most specific one found: a named cause beats "failed in the suite, passed alone".
 */
function failureSignature(input) {
    const failed = input.attempts.filter((a) => a.status === 'failed');
    if (failed.length === 0)
        return null;
    const found = new Map();
    const add = (kind, evidence) => found.set(kind, [...(found.get(kind) ?? []), evidence]);
    timingEvidence(input, failed, add);
    const text = input.failureTexts.join('\n');
    for (const { kind, pattern, what } of PATTERNS) {
        const match = pattern.exec(text);
        if (match)
            add(kind, `failure output shows ${what}: "${match[0]}"`);
    }
    randomnessEvidence(failed, add);
    const passedAlone = input.attempts.find((a) => a.status === 'passed' && a.isolated);
    if (passedAlone && failed.some((a) => !a.isolated)) {
        add('order-dependence', `failed inside the full suite, passed when re-run alone (re-run ${passedAlone.run ?? '?'})`);
    }
    const kind = ORDER.find((k) => found.has(k)) ?? 'unknown';
    const evidence = ORDER.flatMap((k) => found.get(k) ?? []);
    return {
        kind,
        evidence: evidence.length > 0
            ? evidence
            : [
                `failed ${failed.length} of ${input.attempts.length} attempts; no known cause in the output`,
            ],
    };
}
function timingEvidence(input, failed, add) {
    const killed = failed.find((a) => a.timedOut);
    if (killed)
        add('timing', `killed at the timeout after ${killed.seconds.toFixed(1)}s`);
    const passed = input.attempts.filter((a) => a.status === 'passed' && a.seconds > 0);
    const norm = passed.length > 0 ? median(passed.map((a) => a.seconds)) : input.suiteMedianSeconds;
    const slow = failed.find((a) => !a.timedOut && norm > 0 && a.seconds > Math.max(5 * norm, norm + 1));
    if (slow)
        add('timing', `the failing attempt took ${slow.seconds.toFixed(2)}s against a norm of ${norm.toFixed(2)}s`);
}
/** Assertion values that change from attempt to attempt point at randomness. */
function randomnessEvidence(failed, add) {
    const messages = failed
        .filter((a) => !a.missing)
        .map((a) => normalise(a.message ?? ''))
        .filter(Boolean);
    const distinct = new Set(messages);
    if (messages.length >= 2 && distinct.size > 1) {
        add('randomness', `the assertion differs across attempts: ${[...distinct]
            .slice(0, 3)
            .map((m) => JSON.stringify(m.slice(0, 80)))
            .join(' vs ')}`);
    }
}
/** Drop what changes between identical failures (durations, addresses, ports, temp paths). */
function normalise(message) {
    return message
        .replace(/\b\d+(\.\d+)?\s?(ms|s)\b/g, '<time>')
        .replace(/0x[0-9a-f]+/gi, '<addr>')
        .replace(/\/tmp\/\S+/g, '<tmp>')
        .trim();
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

;// CONCATENATED MODULE: ./src/flaky/verdict.ts




/** Quarantine entries match a test's name, `classname.name`, or `file::name`; globs allowed. */
function isQuarantined(test, quarantine = []) {
    if (quarantine.length === 0)
        return false;
    const candidates = [
        test.name,
        `${test.classname}.${test.name}`,
        `${test.classname} ${test.name}`,
        ...(test.file ? [`${test.file}::${test.name}`] : []),
    ];
    return quarantine.some((entry) => {
        const match = picomatch_default()(entry, { dot: true, bash: true });
        return candidates.some((candidate) => candidate === entry || match(candidate));
    });
}
function buildReport(input) {
    const suiteMedian = median(input.tests.flatMap((t) => t.attempts.filter((a) => a.status === 'passed' && a.run === 0).map((a) => a.seconds)));
    const tests = input.tests.map((tracked) => {
        const verdict = (0,classify/* classifyAttempts */.P)(tracked.attempts.map((a) => a.status));
        const quarantined = (verdict === 'failed' || verdict === 'flaky') && isQuarantined(tracked.ref, input.quarantine);
        const signature = verdict === 'failed' || verdict === 'flaky'
            ? failureSignature({
                attempts: tracked.attempts,
                failureTexts: tracked.failureTexts,
                suiteMedianSeconds: suiteMedian,
            })
            : null;
        return {
            ...tracked.ref,
            status: quarantined ? 'quarantined' : verdict,
            verdict,
            attempts: tracked.attempts,
            signature,
        };
    });
    const count = (status) => tests.filter((t) => t.status === status).length;
    const summary = {
        tests: tests.length,
        passed: count('passed'),
        failed: count('failed'),
        flaky: count('flaky'),
        skipped: count('skipped'),
        quarantined: count('quarantined'),
        reruns: input.reruns,
        seconds: Number(((Date.now() - input.started) / 1000).toFixed(3)),
    };
    const verdict = input.broken
        ? 'broken'
        : summary.failed > 0
            ? 'failed'
            : summary.flaky + summary.quarantined > 0
                ? 'flaky'
                : 'passed';
    // Interesting tests first: real failures, then flaky, quarantined; the rest keep their order.
    const rank = {
        failed: 0,
        flaky: 1,
        quarantined: 2,
        passed: 3,
        skipped: 4,
    };
    tests.sort((a, b) => rank[a.status] - rank[b.status]);
    return {
        schemaVersion: FLAKY_SCHEMA_VERSION,
        framework: input.framework,
        verdict,
        ...(input.broken ? { reason: input.broken } : {}),
        summary,
        tests,
        audit: {
            time: new Date(input.started).toISOString(),
            action: 'flaky-rerun',
            tokensIn: 0,
            tokensOut: 0,
            estimatedCostUsd: 0,
            durationMs: Date.now() - input.started,
            outcome: verdict === 'passed' || verdict === 'flaky' ? 'success' : 'failure',
            links: [],
            ...input.audit,
        },
    };
}

;// CONCATENATED MODULE: ./src/flaky/attempts.ts


/* The re-run rounds: only tests still failing, each round fresh processes, results matched back. */
function attemptOf(outcome, run, isolated) {
    return {
        status: outcome.status,
        seconds: outcome.seconds,
        ...(outcome.message ? { message: outcome.message } : {}),
        run,
        isolated,
    };
}
/** Failed in every attempt so far (a report may already carry surefire re-runs that passed). */
function isFailing(test) {
    return (test.attempts.some((a) => a.status === 'failed') &&
        !test.attempts.some((a) => a.status === 'passed'));
}
async function rerunUntilDecided(adapter, failing, options) {
    let processes = 0;
    for (let run = 1; run <= options.reruns; run++) {
        const pending = failing.filter(isFailing);
        if (pending.length === 0)
            break;
        options.logger.info(`re-run ${run} of ${options.reruns}: ${pending.length} test(s) still failing`);
        processes += await runRound(adapter, pending, options, run, 'rerun');
    }
    return processes;
}
/**
 * A new test that passed once may still be flaky: run it `runs` more times (all new tests in one
 * process per round); a single failure makes it flaky before it ever reaches the main branch.
 */
async function runNewTests(adapter, tests, options, newTests) {
    const chosen = tests.filter((t) => newTests.isNew(t.ref) && t.attempts.every((a) => a.status === 'passed'));
    if (chosen.length === 0)
        return 0;
    options.logger.info(`detect-new-flakes: running ${chosen.length} new test(s) ${newTests.runs} more time(s)`);
    let processes = 0;
    for (let round = 1; round <= newTests.runs; round++)
        processes += await runRound(adapter, chosen, options, round, 'new');
    return processes;
}
/**
 * One round: the adapter's re-run of `tests`, in fresh processes with a fresh report directory;
 * each test gets the attempt its outcome (or its absence) says. Returns the processes started. A
 * command that cannot be started is a configuration error, not a failure of every test in it.
 */
async function runRound(adapter, tests, options, round, label) {
    const reportDir = await freshReportDir(options.tempDir, `${label}-${round}`);
    const invocations = adapter.rerun(options.command ?? adapter.defaultCommand, tests.map((t) => t.ref), { cwd: options.cwd, reportDir });
    const outcomes = [];
    const timedOut = [];
    for (const invocation of invocations) {
        const result = await runInvocation(invocation, {
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            runner: options.processRunner,
            logger: options.logger,
        });
        if (result.process.notFound)
            throw new errors/* ConfigError */.xL(`The re-run command could not be started (exit 127): ${invocation.command}\n${outputTail(result.process, 2)}`);
        if (result.process.timedOut)
            timedOut.push(result.process.seconds);
        outcomes.push(...result.outcomes);
    }
    for (const test of tests) {
        const attempt = rerunAttempt(test, outcomes, round, timedOut);
        test.attempts.push(attempt);
        if (attempt.status === 'failed' && !attempt.missing)
            test.failureTexts.push(attempt.message ?? '');
    }
    return invocations.length;
}
function rerunAttempt(test, outcomes, run, timedOut) {
    const found = matchOutcome(test.ref, outcomes);
    if (found)
        return attemptOf(found, run, true);
    if (timedOut.length > 0) {
        return {
            status: 'failed',
            seconds: timedOut[0],
            message: 'killed at the timeout before reporting this test',
            run,
            isolated: true,
            timedOut: true,
            missing: true,
        };
    }
    // Never let a filter that selected nothing pass for a pass: count it as a failure.
    return {
        status: 'failed',
        seconds: 0,
        message: 'the re-run did not report this test (its filter selected nothing?)',
        run,
        isolated: true,
        missing: true,
    };
}
/** Same test in another result file: same key; else same name in a file of the same base name. */
function matchOutcome(ref, outcomes) {
    const usable = outcomes.filter((o) => o.status !== 'skipped');
    const base = (file) => (file ? file.split(/[\\/]/).pop() : undefined);
    return (usable.find((o) => o.name === ref.name && o.classname === ref.classname && o.file === ref.file) ??
        usable.find((o) => o.name === ref.name && o.classname === ref.classname) ??
        usable.find((o) => o.name === ref.name && base(o.file) === base(ref.file)));
}

// EXTERNAL MODULE: ./src/flaky/runners/registry.ts + 3 modules
var registry = __webpack_require__(84949);
;// CONCATENATED MODULE: ./src/flaky/rerun.ts














/**
 * Run (or read) the suite, re-run only the failed tests with the framework's own filter, each attempt
 * a fresh process, and say which failures are flaky and which are real. Mass failures (above
 * max-failures) are not re-run: the run is broken.
 */
async function rerunFailedTests(given) {
    const started = Date.now();
    const options = {
        ...given,
        processRunner: given.processRunner ?? (0,process/* createProcessRunner */.E)(),
        logger: given.logger ?? logger/* silentLogger */.qq,
        tempDir: given.tempDir ?? external_node_path_default().join(external_node_os_default().tmpdir(), 'kintsugi-flaky'),
    };
    if (!options.command && (!options.reports || options.reports.length === 0)) {
        throw new errors/* ConfigError */.xL('Input required and not supplied: command (or reports)');
    }
    const frameworkId = options.framework === 'auto'
        ? (0,registry/* detectFramework */.yl)(options.command, options.cwd)
        : options.framework;
    const adapter = (0,registry/* adapterFor */.fA)(frameworkId);
    const context = { ...options, started, framework: frameworkId };
    const initial = options.command
        ? await runSuite(options.command, adapter, options)
        : await readGivenReports(options);
    if ('broken' in initial)
        return buildReport({ ...context, tests: [], broken: initial.broken, reruns: 0 });
    const tests = withoutContainers(trackOutcomes(initial.outcomes), frameworkId);
    const failing = tests.filter((test) => isFailing(test));
    if (isMassFailure(options.maxFailures, failing.length, tests.length)) {
        const limit = options.maxFailures.kind === 'percent'
            ? `${options.maxFailures.value}%`
            : String(options.maxFailures.value);
        const broken = `${failing.length} of ${tests.length} tests failed, above max-failures ${limit}: a mass failure is treated as broken, not flaky, and nothing was re-run`;
        options.logger.warning(broken);
        return buildReport({ ...context, tests, broken, reruns: 0 });
    }
    const reruns = await rerunUntilDecided(adapter, failing, options);
    const extra = options.newTests ? await runNewTests(adapter, tests, options, options.newTests) : 0;
    return buildReport({ ...context, tests, reruns: reruns + extra });
}
async function runSuite(command, adapter, options) {
    const reportDir = await freshReportDir(options.tempDir, 'suite');
    const invocation = options.reports?.length
        ? { command, results: { kind: 'glob', patterns: [...options.reports] } }
        : adapter.suite(command, { cwd: options.cwd, reportDir });
    const run = await runInvocation(invocation, {
        cwd: options.cwd,
        timeoutMs: options.timeoutMs,
        runner: options.processRunner,
        logger: options.logger,
    });
    if (run.process.notFound) {
        throw new errors/* ConfigError */.xL(`Input command ${JSON.stringify(command)} could not be started: the shell did not find the program (exit 127): ${outputTail(run.process, 2)}`);
    }
    if (run.process.timedOut) {
        return {
            broken: `the test command was killed at the timeout (${Math.round(options.timeoutMs / 1000)}s): a test hangs or the suite is slower than the timeout; ${run.outcomes.length} results were written before that`,
        };
    }
    if (run.outcomes.length === 0) {
        return {
            broken: `the test command exited with ${String(run.process.exitCode)} and reported no test results (${run.problem ?? 'no tests ran'}); last output:\n${outputTail(run.process)}`,
        };
    }
    return { outcomes: run.outcomes };
}
async function readGivenReports(options) {
    const patterns = options.reports ?? [];
    const files = await (0,report_files/* findReportFiles */.jU)(patterns, options.cwd);
    if (files.length === 0)
        throw new errors/* ConfigError */.xL(`Input reports got ${JSON.stringify(patterns.join('\n'))}: no files match it in ${options.cwd}; accepted: paths or globs of result files (JUnit XML, TRX, NUnit, jest/vitest/mocha JSON, go test -json)`);
    const outcomes = [];
    for (const file of files) {
        try {
            outcomes.push(...(await (0,report_files/* readOutcomesFromFile */.SX)(file)));
        }
        catch (error) {
            if (error instanceof types/* ReportFormatError */.Qs)
                throw new errors/* ConfigError */.xL(`Input reports: ${error.message}`);
            throw error;
        }
    }
    if (outcomes.length === 0)
        throw new errors/* ConfigError */.xL(`Input reports: ${files.length} file(s) matched but none holds a test result`);
    return { outcomes };
}
function trackOutcomes(outcomes) {
    const byKey = new Map();
    for (const outcome of outcomes) {
        const key = (0,aggregate/* testKey */.S8)(outcome);
        const test = byKey.get(key) ?? { ref: toRef(outcome), attempts: [], failureTexts: [] };
        test.attempts.push(attemptOf(outcome, 0, false));
        if (outcome.status === 'failed')
            test.failureTexts.push(outcome.details ?? outcome.message ?? '');
        byKey.set(key, test);
    }
    return [...byKey.values()];
}
/**
 * go reports a parent test as failed when a subtest fails: the parent is a container, not a second
 * test, so it is left out (it would otherwise double every flaky subtest).
 */
function withoutContainers(tests, framework) {
    if (framework !== 'go')
        return tests;
    const names = new Set(tests.map((t) => `${t.ref.classname}\u0000${t.ref.name}`));
    const parents = new Set([...names].flatMap((key) => {
        const cut = key.lastIndexOf('/');
        return cut > key.indexOf('\u0000') ? [key.slice(0, cut)] : [];
    }));
    return tests.filter((t) => !parents.has(`${t.ref.classname}\u0000${t.ref.name}`));
}
function toRef(outcome) {
    return {
        name: outcome.name,
        classname: outcome.classname,
        ...(outcome.file || outcome.failureFile
            ? { file: (outcome.file ?? outcome.failureFile) }
            : {}),
        ...(outcome.line ? { line: outcome.line } : {}),
    };
}
/** A percentage needs more than this many failures: 1 of 5 failing is 20%, but not a mass failure. */
const MASS_FAILURE_FLOOR = 5;
function isMassFailure(limit, failed, total) {
    if (limit.kind === 'percent' && failed <= MASS_FAILURE_FLOOR)
        return false;
    return (0,inputs/* exceeds */.Or)(limit, failed, total);
}




/***/ }),

/***/ 84949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* binding */ adapterFor),
  yl: () => (/* binding */ detectFramework)
});

// UNUSED EXPORTS: FRAMEWORK_ADAPTERS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/flaky/shell.ts
var shell = __webpack_require__(76719);
// EXTERNAL MODULE: ./src/flaky/runners/types.ts
var types = __webpack_require__(70032);
;// CONCATENATED MODULE: ./src/flaky/runners/javascript.ts



/** One anchored alternation of full test names: `^(?:a|b)$`. */
function fullNamePattern(tests) {
    const names = (0,types/* unique */.Am)(tests.map((test) => (0,shell/* escapeRegex */.$f)(test.name)));
    return names.length === 1 ? `^${names[0]}$` : `^(?:${names.join('|')})$`;
}
function testFiles(tests, cwd) {
    return (0,types/* unique */.Am)(tests.flatMap((test) => (test.file ? [(0,types/* relativeTo */.Mf)(cwd, test.file)] : [])));
}
/** vitest: results as jest-compatible JSON; `-t` matches the full name (suites and title, spaced). */
const vitestAdapter = {
    id: 'vitest',
    defaultCommand: 'npx vitest run',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'vitest'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'vitest.json');
        return {
            command: withVitestJson(command, file, []),
            results: { kind: 'file', path: file },
            parser: 'jest-json',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'vitest.json');
        const args = [...testFiles(tests, cwd), '-t', fullNamePattern(tests)];
        return [
            {
                command: withVitestJson((0,types/* withoutTestPaths */.l4)(command, cwd), file, args),
                results: { kind: 'file', path: file },
                parser: 'jest-json',
            },
        ];
    },
};
/**
 * The user's command plus our JSON reporter. vitest refuses two plain `--outputFile` values, so the
 * user's reporter keeps its file through the per-reporter form (`--outputFile.junit=...`).
 */
function withVitestJson(command, file, args) {
    const words = (0,shell/* splitCommand */.GW)(command);
    const ours = ['--reporter=json', `--outputFile.json=${file}`];
    if (!words)
        return (0,shell/* appendArgs */.cn)(command, [...args, '--reporter=default', ...ours]);
    const reporters = [];
    let outputFile;
    const kept = [];
    for (let i = 0; i < words.length; i++) {
        const option = /^--(reporter|outputFile)(?:=(.*))?$/.exec(words[i]);
        if (!option) {
            kept.push(words[i]);
            continue;
        }
        const value = option[2] ?? words[++i] ?? '';
        if (option[1] === 'reporter')
            reporters.push(value);
        else
            outputFile = value;
    }
    const theirs = reporters.filter((r) => r !== 'json');
    const userArgs = theirs.length > 0 ? theirs.map((r) => `--reporter=${r}`) : ['--reporter=default'];
    if (outputFile && theirs.length === 1)
        userArgs.push(`--outputFile.${theirs[0]}=${outputFile}`);
    return (0,shell/* appendArgs */.cn)((0,shell/* shellJoin */.nZ)(kept), [...args, ...userArgs, ...ours]);
}
/** jest: `--runTestsByPath` takes files literally (no regex), `-t` the full name. */
const jestAdapter = {
    id: 'jest',
    defaultCommand: 'npx jest',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'jest'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'jest.json');
        return {
            command: (0,shell/* appendArgs */.cn)(command, ['--json', `--outputFile=${file}`]),
            results: { kind: 'file', path: file },
            parser: 'jest-json',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'jest.json');
        const files = testFiles(tests, cwd);
        const args = [
            ...(files.length > 0 ? ['--runTestsByPath', ...files] : []),
            '-t',
            fullNamePattern(tests),
            '--json',
            `--outputFile=${file}`,
        ];
        return [
            {
                command: (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), args),
                results: { kind: 'file', path: file },
                parser: 'jest-json',
            },
        ];
    },
};
/** mocha: `--grep` matches the full title. */
const mochaAdapter = {
    id: 'mocha',
    defaultCommand: 'npx mocha',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'mocha', '_mocha'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'mocha.json');
        return {
            command: (0,shell/* appendArgs */.cn)(command, ['--reporter', 'json', '--reporter-option', `output=${file}`]),
            results: { kind: 'file', path: file },
            parser: 'mocha-json',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'mocha.json');
        const args = [
            ...testFiles(tests, cwd),
            '--grep',
            fullNamePattern(tests),
            '--reporter',
            'json',
            '--reporter-option',
            `output=${file}`,
        ];
        return [
            {
                command: (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), args),
                results: { kind: 'file', path: file },
                parser: 'mocha-json',
            },
        ];
    },
};
/**
 * node:test: TAP on stdout (node 20's JUnit reporter reports name-filtered tests as passed). node 20
 * matches `--test-name-pattern` against the test's own name, later versions against the full name:
 * the pattern accepts both.
 */
const nodeTestAdapter = {
    id: 'node',
    defaultCommand: 'node --test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'node') && words.includes('--test'),
    suite: (command) => ({
        command: insertNodeOptions(command, ['--test-reporter=tap']),
        results: { kind: 'stdout' },
        parser: 'tap',
    }),
    rerun: (command, tests, { cwd }) => {
        // Files are known for failures (node locates them): run only those files, not the whole tree.
        const files = tests.every((test) => test.file) ? testFiles(tests, cwd) : [];
        const base = files.length > 0 ? (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), files) : command;
        const leaves = (0,types/* unique */.Am)(tests.map((test) => (0,shell/* escapeRegex */.$f)(test.classname && test.name.startsWith(`${test.classname} `)
            ? test.name.slice(test.classname.length + 1)
            : test.name)));
        const pattern = `(?:^|\\s)(?:${leaves.join('|')})$`;
        return [
            {
                command: insertNodeOptions(base, ['--test-reporter=tap', `--test-name-pattern=${pattern}`]),
                results: { kind: 'stdout' },
                parser: 'tap',
            },
        ];
    },
};
/** node options must come before the file arguments: put them right after `--test`. */
function insertNodeOptions(command, options) {
    const quoted = options.map((option) => `'${option.replace(/'/g, `'\\''`)}'`).join(' ');
    return /(^|\s)--test(\s|$)/.test(command)
        ? command.replace(/(^|\s)--test(?=\s|$)/, (_match, before) => `${before}--test ${quoted}`)
        : (0,shell/* appendArgs */.cn)(command, options);
}
/** Playwright: `-g` is a regex over the title path; JUnit through its reporter, to a file we name. */
const playwrightAdapter = {
    id: 'playwright',
    defaultCommand: 'npx playwright test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'playwright'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'playwright.xml');
        return {
            command: (0,shell/* appendArgs */.cn)(command, ['--reporter=junit']),
            env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: file },
            results: { kind: 'file', path: file },
            parser: 'junit',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'playwright.xml');
        const titles = (0,types/* unique */.Am)(tests.map((test) => (0,shell/* escapeRegex */.$f)(test.name)));
        const args = [...testFiles(tests, cwd), '-g', `(?:${titles.join('|')})$`, '--reporter=junit'];
        return [
            {
                command: (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), args),
                env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: file },
                results: { kind: 'file', path: file },
                parser: 'junit',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/flaky/runners/jvm-and-more.ts



/** surefire's method part: `[`, `(` start a parameter suffix it cannot match literally. */
function javaMethod(name) {
    return name.replace(/[[(].*$/, '').trim();
}
const SUREFIRE = ['**/target/surefire-reports/TEST-*.xml'];
const GRADLE = ['**/build/test-results/**/TEST-*.xml'];
const mavenAdapter = {
    id: 'maven',
    defaultCommand: 'mvn -B test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'mvn', 'mvnw'),
    suite: (command) => ({ command, results: { kind: 'glob', patterns: SUREFIRE }, parser: 'junit' }),
    rerun: (command, tests) => {
        const byClass = new Map();
        for (const test of tests)
            byClass.set(test.classname, (0,types/* unique */.Am)([...(byClass.get(test.classname) ?? []), javaMethod(test.name)]));
        const selection = [...byClass].map(([cls, methods]) => `${cls}#${methods.join('+')}`).join(',');
        return [
            {
                command: (0,shell/* appendArgs */.cn)(command, [
                    `-Dtest=${selection}`,
                    '-Dsurefire.failIfNoSpecifiedTests=false',
                    '-DfailIfNoTests=false',
                ]),
                results: { kind: 'glob', patterns: SUREFIRE },
                parser: 'junit',
            },
        ];
    },
};
const gradleAdapter = {
    id: 'gradle',
    defaultCommand: './gradlew test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'gradle', 'gradlew'),
    suite: (command) => ({ command, results: { kind: 'glob', patterns: GRADLE }, parser: 'junit' }),
    rerun: (command, tests) => {
        const args = (0,types/* unique */.Am)(tests.map((test) => `${test.classname}.${javaMethod(test.name)}`)).flatMap((filter) => ['--tests', filter]);
        return [
            {
                command: (0,shell/* appendArgs */.cn)(command, args),
                results: { kind: 'glob', patterns: GRADLE },
                parser: 'junit',
            },
        ];
    },
};
/** rspec: `file:line` is exact; `-e` (full description substring) when the line is unknown. */
const rspecAdapter = {
    id: 'rspec',
    defaultCommand: 'bundle exec rspec',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'rspec'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'rspec.json');
        return {
            command: (0,shell/* appendArgs */.cn)(command, ['--format', 'progress', '--format', 'json', '--out', file]),
            results: { kind: 'file', path: file },
            parser: 'rspec-json',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'rspec.json');
        const selectors = (0,types/* unique */.Am)(tests.flatMap((test) => test.file && test.line ? [`${(0,types/* relativeTo */.Mf)(cwd, test.file)}:${test.line}`] : ['-e', test.name]));
        return [
            {
                command: (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), [
                    ...selectors,
                    '--format',
                    'json',
                    '--out',
                    file,
                ]),
                results: { kind: 'file', path: file },
                parser: 'rspec-json',
            },
        ];
    },
};
/** phpunit: `--filter` is a PCRE over `Class::method` (data sets follow as ` with data set ...`). */
const phpunitAdapter = {
    id: 'phpunit',
    defaultCommand: 'vendor/bin/phpunit',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'phpunit'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'phpunit.xml');
        return {
            command: (0,shell/* appendArgs */.cn)(command, ['--log-junit', file]),
            results: { kind: 'file', path: file },
            parser: 'junit',
        };
    },
    rerun: (command, tests, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'phpunit.xml');
        const names = (0,types/* unique */.Am)(tests.map((test) => `${(0,shell/* escapeRegex */.$f)(test.classname.split('.').pop() ?? '')}::${(0,shell/* escapeRegex */.$f)(test.name.replace(/ with data set .*$/, ''))}`));
        return [
            {
                command: (0,shell/* appendArgs */.cn)(command, [
                    '--filter',
                    `/(?:${names.join('|')})(?: with data set .*)?$/`,
                    '--log-junit',
                    file,
                ]),
                results: { kind: 'file', path: file },
                parser: 'junit',
            },
        ];
    },
};
/** dotnet test: `--filter FullyQualifiedName=...` joined by `|`, filter metacharacters escaped. */
function dotnetFilterValue(name) {
    return name.replace(/[\\()&|=!~]/g, '\\$&');
}
const dotnetAdapter = {
    id: 'dotnet',
    defaultCommand: 'dotnet test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'dotnet') && words.includes('test'),
    suite: (command, { reportDir }) => ({
        command: (0,shell/* appendArgs */.cn)(command, [
            '--logger',
            'trx;LogFileName=results.trx',
            '--results-directory',
            reportDir,
        ]),
        results: { kind: 'file', path: external_node_path_default().join(reportDir, 'results.trx') },
        parser: 'trx',
    }),
    rerun: (command, tests, { reportDir }) => {
        const filter = (0,types/* unique */.Am)(tests.map((test) => `FullyQualifiedName=${dotnetFilterValue(test.classname ? `${test.classname}.${test.name}` : test.name)}`)).join('|');
        return [
            {
                command: (0,shell/* appendArgs */.cn)(command, [
                    '--filter',
                    filter,
                    '--logger',
                    'trx;LogFileName=results.trx',
                    '--results-directory',
                    reportDir,
                ]),
                results: { kind: 'file', path: external_node_path_default().join(reportDir, 'results.trx') },
                parser: 'trx',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/flaky/runners/native.ts




/** pytest node id (`tests/test_x.py::TestClass::test_y[a-b]`) from a JUnit testcase. */
function pytestNodeId(test, cwd) {
    const parts = test.classname.split('.').filter(Boolean);
    let file = test.file?.split((external_node_path_default()).sep).join('/');
    let classes = [];
    if (file) {
        const module = file.replace(/\.py$/, '').split('/');
        // The classname starts with the module path as pytest saw it; what follows are classes.
        const start = parts.findIndex((_, i) => parts.slice(i, i + module.length).join('/') === module.join('/'));
        classes = start >= 0 ? parts.slice(start + module.length) : parts.slice(module.length);
    }
    else {
        // xunit2 names no file: the longest classname prefix that is a file on disk is the module.
        for (let n = parts.length; n > 0; n--) {
            const candidate = `${parts.slice(0, n).join('/')}.py`;
            if ((0,external_node_fs_.existsSync)(external_node_path_default().resolve(cwd, candidate))) {
                file = candidate;
                classes = parts.slice(n);
                break;
            }
        }
    }
    return [file ?? parts.join('/'), ...classes, test.name].join('::');
}
const pytestAdapter = {
    id: 'pytest',
    defaultCommand: 'python3 -m pytest',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'pytest', 'py.test') || words.includes('pytest'),
    suite: (command, { reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'pytest.xml');
        // xunit1 records each test's file and line, which node ids need.
        return {
            command: (0,shell/* appendArgs */.cn)(command, [`--junitxml=${file}`, '-o', 'junit_family=xunit1']),
            results: { kind: 'file', path: file },
            parser: 'junit',
        };
    },
    rerun: (command, tests, { cwd, reportDir }) => {
        const file = external_node_path_default().join(reportDir, 'pytest.xml');
        const ids = (0,types/* unique */.Am)(tests.map((test) => pytestNodeId(test, cwd)));
        const args = [
            ...ids,
            `--junitxml=${file}`,
            '-o',
            'junit_family=xunit1',
            '-p',
            'no:cacheprovider',
        ];
        return [
            {
                command: (0,shell/* appendArgs */.cn)((0,types/* withoutTestPaths */.l4)(command, cwd), args),
                results: { kind: 'file', path: file },
                parser: 'junit',
            },
        ];
    },
};
/** `-run` for go: one anchored, QuoteMeta'd regex per subtest level (`^TestX$/^case_1$`). */
function goRunPattern(names) {
    const levels = [];
    for (const name of names) {
        name.split('/').forEach((part, i) => {
            (levels[i] ??= []).push((0,shell/* quoteMetaGo */.Ko)(part));
        });
    }
    return levels
        .map((parts) => {
        const alternatives = (0,types/* unique */.Am)(parts);
        return alternatives.length === 1 ? `^${alternatives[0]}$` : `^(${alternatives.join('|')})$`;
    })
        .join('/');
}
const goAdapter = {
    id: 'go',
    defaultCommand: 'go test ./...',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'go') && words.includes('test'),
    suite: (command) => ({
        command: addGoFlags(command, ['-json']),
        results: { kind: 'stdout' },
        parser: 'go-json',
    }),
    rerun: (command, tests, { cwd }) => {
        const base = (0,types/* withoutTestPaths */.l4)(command, cwd, (word) => word.includes('...') || /^\.\.?(\/|$)/.test(word));
        const failedNames = new Set(tests.map((test) => `${test.classname}\u0000${test.name}`));
        // A parent fails because a subtest failed: re-run just the failing subtests.
        const leaves = tests.filter((test) => ![...failedNames].some((key) => key.startsWith(`${test.classname}\u0000${test.name}/`)));
        const invocations = [];
        for (const pkg of (0,types/* unique */.Am)(leaves.map((test) => test.classname))) {
            const inPackage = leaves.filter((test) => test.classname === pkg);
            // Tests with different depths cannot share one -run pattern without widening it.
            for (const group of groupBy(inPackage, (test) => test.name.includes('/') ? test.name.split('/')[0] : '')) {
                const pattern = goRunPattern(group.map((test) => test.name));
                invocations.push({
                    command: addGoFlags(base, ['-json', '-count=1', '-run', pattern, pkg]),
                    results: { kind: 'stdout' },
                    parser: 'go-json',
                });
            }
        }
        return invocations;
    },
};
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return [...groups.values()];
}
/** Flags go after `go test` (and before any `-args`). */
function addGoFlags(command, flags) {
    const words = (0,shell/* splitCommand */.GW)(command);
    const at = words?.indexOf('test') ?? -1;
    if (!words || at < 0)
        return (0,shell/* appendArgs */.cn)(command, flags);
    const argsAt = words.indexOf('-args');
    const insertAt = argsAt >= 0 ? argsAt : words.length;
    return (0,shell/* shellJoin */.nZ)([...words.slice(0, insertAt), ...flags, ...words.slice(insertAt)]);
}
/** cargo test: libtest text on stdout; `-- --exact a::b c::d` selects by exact path. */
const cargoAdapter = {
    id: 'cargo',
    defaultCommand: 'cargo test',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'cargo') && words.includes('test'),
    suite: (command) => ({ command, results: { kind: 'stdout' }, parser: 'libtest' }),
    rerun: (command, tests) => {
        const names = (0,types/* unique */.Am)(tests.map((test) => test.name));
        const hasSeparator = ((0,shell/* splitCommand */.GW)(command) ?? []).includes('--');
        const args = [...(hasSeparator ? [] : ['--']), '--exact', ...names];
        return [
            {
                command: `${command.trimEnd()} ${(0,shell/* shellJoin */.nZ)(args)}`,
                results: { kind: 'stdout' },
                parser: 'libtest',
            },
        ];
    },
};
/** cargo-nextest: JUnit where the profile writes it; filtersets select exact names by regex. */
const nextestAdapter = {
    id: 'nextest',
    defaultCommand: 'cargo nextest run',
    matchesCommand: (words) => (0,types/* runsProgram */.jv)(words, 'cargo', 'cargo-nextest') && words.includes('nextest'),
    suite: (command) => ({
        command,
        results: { kind: 'glob', patterns: ['target/nextest/*/junit.xml'] },
        parser: 'junit',
    }),
    rerun: (command, tests) => {
        const filterset = (0,types/* unique */.Am)(tests.map((test) => `test(/^${(0,shell/* escapeRegex */.$f)(test.name)}$/)`)).join(' | ');
        return [
            {
                command: (0,shell/* appendArgs */.cn)(command, ['--no-fail-fast', '-E', filterset]),
                results: { kind: 'glob', patterns: ['target/nextest/*/junit.xml'] },
                parser: 'junit',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/flaky/runners/registry.ts







/** Every framework flaky-rerun can re-run; order matters for detection (nextest before cargo). */
const FRAMEWORK_ADAPTERS = [
    vitestAdapter,
    jestAdapter,
    mochaAdapter,
    playwrightAdapter,
    nodeTestAdapter,
    pytestAdapter,
    goAdapter,
    nextestAdapter,
    cargoAdapter,
    mavenAdapter,
    gradleAdapter,
    rspecAdapter,
    phpunitAdapter,
    dotnetAdapter,
];
function adapterFor(id) {
    return FRAMEWORK_ADAPTERS.find((adapter) => adapter.id === id);
}
/** `auto`: from the command's words, then from `npm test`'s script, then from the project files. */
function detectFramework(command, cwd) {
    if (command) {
        const words = (0,types/* commandWords */.Bl)(command);
        const direct = FRAMEWORK_ADAPTERS.find((adapter) => adapter.matchesCommand(words));
        if (direct)
            return direct.id;
        const script = npmScript(words, cwd);
        const viaScript = script && FRAMEWORK_ADAPTERS.find((adapter) => adapter.matchesCommand((0,types/* commandWords */.Bl)(script)));
        if (viaScript)
            return viaScript.id;
    }
    const fromFiles = fromProjectFiles(cwd);
    if (fromFiles)
        return fromFiles;
    throw new errors/* ConfigError */.xL(`Input framework is auto but the framework could not be told from ${command ? `the command ${JSON.stringify(command)}` : 'the reports'} or the project files in ${cwd}; accepted: ${types/* FRAMEWORKS */.i.join(' | ')}`);
}
function npmScript(words, cwd) {
    if (!['npm', 'pnpm', 'yarn'].includes(words[0] ?? ''))
        return undefined;
    const name = words[1] === 'run' || words[1] === 'run-script'
        ? words[2]
        : words[1] === 't'
            ? 'test'
            : words[1];
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(cwd, 'package.json'), 'utf8'));
        return name ? pkg.scripts?.[name] : undefined;
    }
    catch {
        return undefined;
    }
}
function fromProjectFiles(cwd) {
    const has = (file) => (0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, file));
    if (has('package.json')) {
        const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(cwd, 'package.json'), 'utf8');
        for (const id of ['vitest', 'jest', 'mocha', '@playwright/test']) {
            if (text.includes(`"${id}"`))
                return id === '@playwright/test' ? 'playwright' : id;
        }
    }
    if (has('go.mod'))
        return 'go';
    if (has('Cargo.toml'))
        return has('.config/nextest.toml') ? 'nextest' : 'cargo';
    if (has('pytest.ini') || has('pyproject.toml') || has('setup.cfg') || has('conftest.py'))
        return 'pytest';
    if (has('pom.xml'))
        return 'maven';
    if (has('build.gradle') || has('build.gradle.kts'))
        return 'gradle';
    if (has('.rspec'))
        return 'rspec';
    if (has('phpunit.xml') || has('phpunit.xml.dist'))
        return 'phpunit';
    return undefined;
}


/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ })

};
