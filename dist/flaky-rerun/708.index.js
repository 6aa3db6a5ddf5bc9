export const id = 708;
export const ids = [708];
export const modules = {

/***/ 4708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
;// CONCATENATED MODULE: ./src/platform/report.ts


function emptyUsage() {
    return { tokensIn: 0, tokensOut: 0, estimatedCostUsd: 0 };
}
function addUsage(a, b) {
    return {
        model: b.model ?? a.model,
        promptHash: b.promptHash ?? a.promptHash,
        tokensIn: a.tokensIn + b.tokensIn,
        tokensOut: a.tokensOut + b.tokensOut,
        estimatedCostUsd: Number((a.estimatedCostUsd + b.estimatedCostUsd).toFixed(6)),
    };
}
async function writeJsonReport(file, report) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    return file;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/flaky/process.ts

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
            const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', request.command], {
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

;// CONCATENATED MODULE: ./src/flaky/junit-writer.ts
/**
 * One JUnit XML for the whole run, in surefire's re-run vocabulary so that JUnit-reading tools
 * (mikepenz/action-junit-report, dorny/test-reporter, Jenkins) understand it: a flaky test passes
 * and carries one `<flakyFailure>` per failed attempt; a real failure is a `<failure>` with
 * `<rerunFailure>` for each failed re-run; a quarantined one is skipped, its failures in system-out.
 */
function mergedJunitXml(report) {
    const suites = new Map();
    for (const test of report.tests) {
        const name = test.classname || test.file || report.framework;
        suites.set(name, [...(suites.get(name) ?? []), test]);
    }
    const body = [...suites].map(([name, tests]) => suiteXml(name, tests)).join('\n');
    const count = (status) => report.tests.filter((t) => t.status === status).length;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="kintsugi flaky-rerun (${escapeXml(report.framework)})" tests="${report.tests.length}" failures="${count('failed')}" errors="0" skipped="${count('skipped') + count('quarantined')}" flaky="${count('flaky')}" time="${report.summary.seconds}">`,
        body,
        '</testsuites>',
        '',
    ].join('\n');
}
function suiteXml(name, tests) {
    const failures = tests.filter((t) => t.status === 'failed').length;
    const skipped = tests.filter((t) => t.status === 'skipped' || t.status === 'quarantined').length;
    const time = tests.reduce((sum, t) => sum + (t.attempts[0]?.seconds ?? 0), 0);
    return [
        `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">`,
        ...tests.map(testcaseXml),
        '  </testsuite>',
    ].join('\n');
}
function testcaseXml(test) {
    const last = test.attempts[test.attempts.length - 1];
    const attrs = [
        `name="${escapeXml(test.name)}"`,
        `classname="${escapeXml(test.classname)}"`,
        ...(test.file ? [`file="${escapeXml(test.file)}"`] : []),
        ...(test.line ? [`line="${test.line}"`] : []),
        `time="${(last?.seconds ?? 0).toFixed(3)}"`,
    ].join(' ');
    const failed = test.attempts.filter((a) => a.status === 'failed');
    const children = [];
    if (test.status === 'flaky')
        children.push(...failed.map((a) => failureXml('flakyFailure', a)));
    else if (test.status === 'failed') {
        children.push(failureXml('failure', failed[0]), ...failed.slice(1).map((a) => failureXml('rerunFailure', a)));
    }
    else if (test.status === 'quarantined') {
        children.push(`      <skipped message="quarantined: ${escapeXml(test.verdict)} (${failed.length} of ${test.attempts.length} attempts failed)"/>`);
        // Kept as output, not as failure elements: readers must see a skip, not a failure.
        const messages = failed
            .map((a) => `attempt ${a.run ?? 0}: ${a.message ?? 'failed'}`)
            .join('\n');
        children.push(`      <system-out>${escapeXml(messages)}</system-out>`);
    }
    else if (test.status === 'skipped')
        children.push('      <skipped/>');
    if (test.signature) {
        children.push(`      <properties><property name="kintsugi.signature" value="${escapeXml(test.signature.kind)}"/></properties>`);
    }
    return children.length === 0
        ? `    <testcase ${attrs}/>`
        : [`    <testcase ${attrs}>`, ...children, '    </testcase>'].join('\n');
}
function failureXml(element, attempt) {
    const message = attempt.message ?? 'failed';
    const run = attempt.run === undefined || attempt.run === 0 ? 'the suite run' : `re-run ${attempt.run}`;
    return `      <${element} message="${escapeXml(message)}" type="${attempt.timedOut ? 'timeout' : 'failure'}" time="${attempt.seconds.toFixed(3)}"><stackTrace>${escapeXml(`${message} (${run})`)}</stackTrace></${element}>`;
}
/** XML 1.0 text: the five entities, and control characters (illegal in XML) dropped. */
function escapeXml(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;'));
}

;// CONCATENATED MODULE: ./src/flaky/registry.ts
const RUN_EVENT = 'flaky-run';
const QUARANTINE_EVENT = 'flaky-quarantine';
const MAX_COMMITS = 20;
/** The event a run appends: one comment, so concurrent runs never overwrite each other. */
function runEvent(report, commit) {
    return {
        ...(commit ? { commit } : {}),
        framework: report.framework,
        tests: report.tests
            .filter((t) => t.verdict === 'flaky' || t.verdict === 'failed')
            .map((t) => ({
            name: t.name,
            classname: t.classname,
            ...(t.file ? { file: t.file } : {}),
            status: t.verdict,
            ...(t.signature ? { signature: t.signature.kind } : {}),
        })),
    };
}
/** Fold every run and quarantine event, oldest first, into per-test counts and the quarantine list. */
function foldRegistry(runs, quarantines = []) {
    const entries = new Map();
    for (const event of [...runs].sort((a, b) => a.at.localeCompare(b.at))) {
        for (const test of event.data.tests ?? []) {
            const key = `${test.classname}\u0000${test.name}`;
            const entry = entries.get(key) ?? {
                name: test.name,
                classname: test.classname,
                ...(test.file ? { file: test.file } : {}),
                flaky: 0,
                failed: 0,
                firstSeen: event.at,
                lastSeen: event.at,
                commits: [],
            };
            entry[test.status === 'flaky' ? 'flaky' : 'failed']++;
            entry.lastSeen = event.at;
            if (test.signature)
                entry.signature = test.signature;
            const commit = event.data.commit;
            if (commit && !entry.commits.includes(commit))
                entry.commits = [...entry.commits, commit].slice(-MAX_COMMITS);
            entries.set(key, entry);
        }
    }
    const quarantine = new Map();
    for (const event of [...quarantines].sort((a, b) => a.at.localeCompare(b.at)))
        quarantine.set(event.data.test, event.data.quarantined);
    return {
        tests: [...entries.values()].sort((a, b) => b.flaky - a.flaky || b.failed - a.failed || a.name.localeCompare(b.name)),
        quarantine: [...quarantine].filter(([, on]) => on).map(([test]) => test),
    };
}
async function readRegistry(log) {
    const [runs, quarantines] = await Promise.all([
        log.readEvents(RUN_EVENT),
        log.readEvents(QUARANTINE_EVENT),
    ]);
    return foldRegistry(runs, quarantines);
}
/** Append this run's failures; nothing to record when nothing failed. */
async function recordRun(log, report, commit) {
    const event = runEvent(report, commit);
    if (event.tests.length === 0)
        return false;
    await log.appendEvent(RUN_EVENT, event);
    return true;
}
async function setQuarantine(log, event) {
    await log.appendEvent(QUARANTINE_EVENT, event);
}

// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(83734);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/platform/logger.ts
var logger = __webpack_require__(63255);
;// CONCATENATED MODULE: ./src/flaky/aggregate.ts

/** Same test = same file, class and name; a repeat of it is another attempt, not another test. */
function testKey(test) {
    return `${test.file ?? ''}\u0000${test.suite ?? ''}\u0000${test.classname}\u0000${test.name}`;
}
/** Group executions into unique tests, attempts in the order they appear. */
function aggregate_groupOutcomes(outcomes) {
    const byKey = new Map();
    for (const outcome of outcomes) {
        const key = testKey(outcome);
        const entry = byKey.get(key);
        if (entry)
            entry.outcomes.push(outcome);
        else
            byKey.set(key, { outcomes: [outcome] });
    }
    return [...byKey.values()].map(({ outcomes: runs }) => toCase(runs));
}
function toCase(runs) {
    const first = runs[0];
    const verdict = classifyAttempts(runs.map((run) => run.status));
    const failures = runs.filter((run) => run.status === 'failed');
    const lastFailure = failures[failures.length - 1];
    let status = verdict;
    if (verdict === 'failed' && lastFailure?.errored)
        status = 'errored';
    const result = {
        name: first.name,
        classname: first.classname,
        status,
        attempts: runs.map((run) => ({
            status: run.status,
            seconds: run.seconds,
            ...(run.message !== undefined ? { message: run.message } : {}),
        })),
    };
    if (first.file !== undefined)
        result.file = first.file;
    const line = runs.find((run) => run.line !== undefined)?.line;
    if (line !== undefined)
        result.line = line;
    const message = lastFailure?.message ?? runs.find((run) => run.message)?.message;
    if (message !== undefined)
        result.message = message;
    return result;
}
/** Disjoint counts over unique tests: tests = passed + failed + errored + skipped + flaky. */
function countCases(cases) {
    const counts = {
        tests: cases.length,
        passed: 0,
        failed: 0,
        errored: 0,
        skipped: 0,
        flaky: 0,
    };
    for (const test of cases)
        counts[test.status]++;
    return counts;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/flaky/parsers/types.ts
/** A result file that cannot be read: says which file and what is wrong with it, in words. */
class types_ReportFormatError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = 'ReportFormatError';
    }
}
function seconds(value) {
    const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
    return Number.isFinite(n) ? n : 0;
}
/** First non-empty line, trimmed and capped: what a summary table or annotation title can show. */
function firstLine(text, cap = 500) {
    if (typeof text !== 'string')
        return undefined;
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '');
    if (line === undefined)
        return undefined;
    return line.length > cap ? `${line.slice(0, cap - 1)}…` : line;
}
function capText(text, cap = 4000) {
    if (typeof text !== 'string' || text.trim() === '')
        return undefined;
    return text.length > cap ? `${text.slice(0, cap - 1)}…` : text;
}
function asArray(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}

;// CONCATENATED MODULE: ./src/flaky/parsers/xml.ts


const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    removeNSPrefix: true,
    // Every element may repeat: readers then never have to ask "one or many?".
    isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});
/** Root element name of an XML document, cheaply, for format detection. */
function xmlRootName(text) {
    const body = text
        .replace(/^\uFEFF/, '')
        .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
    return /^\s*<([A-Za-z_][\w.:-]*)/.exec(body)?.[1]?.replace(/^.*:/, '');
}
/** Parse after validating, so a truncated or broken file gives its line and column, not garbage. */
function parseXml(text, file) {
    const verdict = fxp/* XMLValidator */.iI.validate(text);
    if (verdict !== true) {
        const { msg, line, col } = verdict.err;
        // The validator reports unclosed elements as a JSON-ish list at 1:1; say what it means.
        const unclosed = /^Invalid '\[([\s\S]*)\]' found/.exec(msg);
        if (unclosed) {
            const names = unclosed[1].replace(/[\s"]/g, '').split(',').filter(Boolean);
            throw new types_ReportFormatError(file, `malformed XML: the file ends before <${names.join('>, <')}> are closed (truncated or still being written?)`);
        }
        throw new types_ReportFormatError(file, `malformed XML at line ${line}, column ${col}: ${msg}`);
    }
    return parser.parse(text);
}
function children(node, name) {
    if (!node || typeof node !== 'object')
        return [];
    const value = node[name];
    return Array.isArray(value) ? value : [];
}
function attr(node, name) {
    const value = node[`@${name}`];
    return typeof value === 'string' ? value : undefined;
}
/** Text content of an element (string child or `#text`), joined. */
function xml_text(node) {
    if (typeof node === 'string')
        return node;
    if (!node || typeof node !== 'object')
        return undefined;
    const value = node['#text'];
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.join('');
    return undefined;
}

;// CONCATENATED MODULE: ./src/flaky/parsers/dotnet.ts


/** Visual Studio TRX (`dotnet test --logger trx`). */
const trxParser = {
    id: 'trx',
    description: 'Visual Studio TRX (dotnet test --logger trx)',
    detect: (content) => xmlRootName(content) === 'TestRun',
    parse: (content, file) => {
        const run = children(parseXml(content, file), 'TestRun')[0] ?? {};
        const classOf = new Map();
        for (const definitions of children(run, 'TestDefinitions')) {
            for (const unitTest of children(definitions, 'UnitTest')) {
                const method = children(unitTest, 'TestMethod')[0];
                const id = attr(unitTest, 'id');
                if (id && method)
                    classOf.set(id, attr(method, 'className') ?? '');
            }
        }
        const outcomes = [];
        for (const results of children(run, 'Results')) {
            for (const result of children(results, 'UnitTestResult')) {
                outcomes.push(trxOutcome(result, classOf));
            }
        }
        return outcomes;
    },
};
function trxOutcome(result, classOf) {
    const classname = classOf.get(attr(result, 'testId') ?? '') ?? '';
    let name = attr(result, 'testName') ?? '';
    if (classname && name.startsWith(`${classname}.`))
        name = name.slice(classname.length + 1);
    const outcome = (attr(result, 'outcome') ?? '').toLowerCase();
    const status = outcome === 'passed'
        ? 'passed'
        : ['failed', 'error', 'timeout', 'aborted'].includes(outcome)
            ? 'failed'
            : 'skipped';
    const errorInfo = children(children(result, 'Output')[0], 'ErrorInfo')[0];
    const message = xml_text(children(errorInfo, 'Message')[0]);
    const stack = xml_text(children(errorInfo, 'StackTrace')[0]);
    const first = firstLine(message);
    const details = capText([message, stack].filter(Boolean).join('\n'));
    return {
        name,
        classname,
        status,
        ...(outcome === 'error' ? { errored: true } : {}),
        seconds: timeSpan(attr(result, 'duration')),
        ...(first ? { message: first } : {}),
        ...(details ? { details } : {}),
    };
}
/** `hh:mm:ss.fffffff` to seconds. */
function timeSpan(value) {
    const match = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value ?? '');
    if (!match)
        return 0;
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
/** NUnit 3 (`<test-run>`) and NUnit 2 (`<test-results>`) XML. */
const nunitParser = {
    id: 'nunit',
    description: 'NUnit 2/3 XML',
    detect: (content) => {
        const root = xmlRootName(content);
        return root === 'test-run' || root === 'test-results';
    },
    parse: (content, file) => {
        const doc = parseXml(content, file);
        const outcomes = [];
        for (const root of [...children(doc, 'test-run'), ...children(doc, 'test-results')])
            collectNunit(root, outcomes);
        return outcomes;
    },
};
function collectNunit(node, out) {
    for (const testCase of children(node, 'test-case'))
        out.push(nunitOutcome(testCase));
    for (const suite of children(node, 'test-suite'))
        collectNunit(suite, out);
    for (const results of children(node, 'results'))
        collectNunit(results, out);
}
function nunitOutcome(testCase) {
    const fullname = attr(testCase, 'fullname') ?? attr(testCase, 'name') ?? '';
    const methodname = attr(testCase, 'methodname') ?? attr(testCase, 'name') ?? fullname;
    let classname = attr(testCase, 'classname') ?? '';
    let name = methodname;
    if (!classname) {
        // NUnit 2 has only the full name: Namespace.Class.Method.
        const dot = fullname.lastIndexOf('.', fullname.indexOf('(') >= 0 ? fullname.indexOf('(') : undefined);
        classname = dot > 0 ? fullname.slice(0, dot) : '';
        name = dot > 0 ? fullname.slice(dot + 1) : fullname;
    }
    else if (fullname.startsWith(`${classname}.`)) {
        name = fullname.slice(classname.length + 1);
    }
    const result = (attr(testCase, 'result') ?? '').toLowerCase();
    const executed = attr(testCase, 'executed');
    const status = executed === 'False'
        ? 'skipped'
        : ['passed', 'success'].includes(result)
            ? 'passed'
            : ['failed', 'failure', 'error'].includes(result)
                ? 'failed'
                : 'skipped';
    const failure = children(testCase, 'failure')[0];
    const message = xml_text(children(failure, 'message')[0]);
    const stack = xml_text(children(failure, 'stack-trace')[0]);
    const first = firstLine(message);
    const details = capText([message, stack].filter(Boolean).join('\n'));
    return {
        name,
        classname,
        status,
        ...(attr(testCase, 'label') === 'Error' || result === 'error'
            ? { errored: status === 'failed' }
            : {}),
        seconds: seconds(attr(testCase, 'duration') ?? attr(testCase, 'time')),
        ...(first ? { message: first } : {}),
        ...(details ? { details } : {}),
    };
}

;// CONCATENATED MODULE: ./src/flaky/parsers/json-reports.ts

function parseJsonObject(content, file) {
    try {
        const value = JSON.parse(content);
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch (error) {
        throw new types_ReportFormatError(file, `malformed JSON: ${error.message}`);
    }
    throw new types_ReportFormatError(file, 'expected a JSON object at the top level');
}
function looksLikeJson(content, ...keys) {
    const head = content.trimStart();
    if (!head.startsWith('{'))
        return false;
    const prefix = head.slice(0, 4000);
    return (keys.every((key) => prefix.includes(`"${key}"`)) ||
        keys.every((key) => head.includes(`"${key}"`)));
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function outcome(fields, failure) {
    const message = firstLine(stripAnsi(failure ?? ''));
    const details = capText(stripAnsi(failure ?? ''));
    return { ...fields, ...(message ? { message } : {}), ...(details ? { details } : {}) };
}
function stripAnsi(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\u001b\[[0-9;]*m/g, '');
}
/** jest `--json` and vitest `--reporter=json` (the same jest-compatible shape). */
const jestJsonParser = {
    id: 'jest-json',
    description: 'jest --json / vitest --reporter=json',
    detect: (content) => looksLikeJson(content, 'testResults'),
    parse: (content, file) => {
        const report = parseJsonObject(content, file);
        const outcomes = [];
        for (const suite of asArray(report.testResults)) {
            const path = str(suite.name) ?? str(suite.testFilePath) ?? '';
            const assertions = asArray(suite.assertionResults);
            for (const test of assertions) {
                const ancestors = asArray(test.ancestorTitles);
                const title = str(test.title) ?? '';
                const state = str(test.status) ?? '';
                const status = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
                const duration = typeof test.duration === 'number' ? test.duration / 1000 : 0;
                const loc = test.location;
                outcomes.push(outcome({
                    name: str(test.fullName) ?? [...ancestors, title].join(' '),
                    classname: ancestors.join(' '),
                    file: path,
                    ...(typeof loc?.line === 'number' ? { line: loc.line } : {}),
                    status,
                    seconds: duration,
                }, asArray(test.failureMessages).join('\n')));
            }
            // A file that failed to load has no tests but is a failure all the same.
            if (assertions.length === 0 && str(suite.status) === 'failed') {
                outcomes.push(outcome({
                    name: '(test file failed to run)',
                    classname: '',
                    file: path,
                    status: 'failed',
                    errored: true,
                    seconds: 0,
                }, str(suite.message)));
            }
        }
        return outcomes;
    },
};
/** mocha `--reporter json`. */
const mochaJsonParser = {
    id: 'mocha-json',
    description: 'mocha --reporter json',
    detect: (content) => looksLikeJson(content, 'stats', 'passes', 'failures', 'pending'),
    parse: (content, file) => {
        const report = parseJsonObject(content, file);
        const key = (t) => `${str(t.file) ?? ''}\u0000${str(t.fullTitle) ?? ''}`;
        const pending = new Set(asArray(report.pending).map(key));
        const failed = new Map(asArray(report.failures).map((t) => [key(t), t]));
        return asArray(report.tests).map((test) => {
            const failure = failed.get(key(test));
            const err = (failure?.err ?? test.err);
            const status = pending.has(key(test))
                ? 'skipped'
                : failure || (err && Object.keys(err).length > 0)
                    ? 'failed'
                    : 'passed';
            const fullTitle = str(test.fullTitle) ?? str(test.title) ?? '';
            const title = str(test.title) ?? '';
            const classname = fullTitle.endsWith(title)
                ? fullTitle.slice(0, fullTitle.length - title.length).trim()
                : '';
            return outcome({
                name: fullTitle,
                classname,
                ...(str(test.file) ? { file: str(test.file) } : {}),
                status,
                seconds: (Number(test.duration) || 0) / 1000,
            }, status === 'failed'
                ? [str(err?.message), str(err?.stack)].filter(Boolean).join('\n')
                : undefined);
        });
    },
};
/** rspec `--format json`. */
const rspecJsonParser = {
    id: 'rspec-json',
    description: 'rspec --format json',
    detect: (content) => looksLikeJson(content, 'examples', 'summary_line'),
    parse: (content, file) => {
        const report = parseJsonObject(content, file);
        return asArray(report.examples).map((example) => {
            const state = str(example.status);
            const status = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
            const exception = example.exception;
            const description = str(example.description) ?? '';
            const full = str(example.full_description) ?? description;
            return outcome({
                name: full,
                classname: full.endsWith(description)
                    ? full.slice(0, full.length - description.length).trim()
                    : '',
                ...(str(example.file_path) ? { file: str(example.file_path) } : {}),
                ...(typeof example.line_number === 'number' ? { line: example.line_number } : {}),
                status,
                seconds: Number(example.run_time) || 0,
            }, exception
                ? [str(exception.message), asArray(exception.backtrace).join('\n')]
                    .filter(Boolean)
                    .join('\n')
                : undefined);
        });
    },
};

;// CONCATENATED MODULE: ./src/flaky/parsers/event-streams.ts


/** Line-delimited JSON; a broken line names its number. Non-JSON lines (build chatter) are kept out. */
function jsonLines(content, file) {
    const events = [];
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue;
        try {
            events.push(JSON.parse(line));
        }
        catch (error) {
            throw new types_ReportFormatError(file, `malformed JSON on line ${i + 1}: ${error.message}`);
        }
    }
    return events;
}
function firstJsonLine(content) {
    return content.trimStart().split(/\r?\n/, 1)[0] ?? '';
}
function failureFields(output) {
    const clean = stripAnsi(output);
    const meaningful = clean
        .split(/\r?\n/)
        .filter((line) => !/^\s*(=== (RUN|PAUSE|CONT)|--- (FAIL|PASS|SKIP):)/.test(line))
        .join('\n');
    const message = firstLine(meaningful);
    const details = capText(meaningful);
    return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
}
/** `go test -json` (test2json): one event per line; subtests are `Parent/sub`. */
const goJsonParser = {
    id: 'go-json',
    description: 'go test -json',
    detect: (content) => /^\{"(Time|Action)":/.test(firstJsonLine(content)) && content.includes('"Action"'),
    parse: (content, file) => {
        const outputs = new Map();
        const outcomes = [];
        const packagesWithTests = new Set();
        for (const event of jsonLines(content, file)) {
            const pkg = typeof event.Package === 'string' ? event.Package : '';
            const test = typeof event.Test === 'string' ? event.Test : undefined;
            const key = `${pkg}\u0000${test ?? ''}`;
            const action = event.Action;
            if (action === 'output' && typeof event.Output === 'string') {
                const list = outputs.get(key) ?? [];
                list.push(event.Output);
                outputs.set(key, list);
                continue;
            }
            if (action !== 'pass' && action !== 'fail' && action !== 'skip')
                continue;
            if (test === undefined) {
                // A package that failed without any failing test did not build or crashed outside tests.
                if (action === 'fail' && !packagesWithTests.has(pkg)) {
                    outcomes.push({
                        name: '(package failed to build or run)',
                        classname: pkg,
                        status: 'failed',
                        errored: true,
                        seconds: Number(event.Elapsed) || 0,
                        ...failureFields((outputs.get(key) ?? []).join('')),
                    });
                }
                continue;
            }
            packagesWithTests.add(pkg);
            const status = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
            outcomes.push({
                name: test,
                classname: pkg,
                status,
                seconds: Number(event.Elapsed) || 0,
                ...(status === 'failed' ? failureFields((outputs.get(key) ?? []).join('')) : {}),
            });
            outputs.delete(key);
        }
        return outcomes;
    },
};
/** `dart test --reporter json` / `flutter test --machine`: hidden (loading) tests are not tests. */
const dartJsonParser = {
    id: 'dart-json',
    description: 'dart test --reporter json',
    detect: (content) => /^\{"protocolVersion":/.test(firstJsonLine(content)),
    parse: (content, file) => {
        const tests = new Map();
        const suites = new Map();
        const outcomes = [];
        for (const event of jsonLines(content, file)) {
            if (event.type === 'suite') {
                const suite = event.suite;
                suites.set(Number(suite.id), String(suite.path ?? ''));
            }
            else if (event.type === 'testStart') {
                const test = event.test;
                tests.set(Number(test.id), {
                    name: String(test.name ?? ''),
                    suite: suites.get(Number(test.suiteID)) ?? '',
                    ...(typeof test.line === 'number' ? { line: test.line } : {}),
                    errors: [],
                });
            }
            else if (event.type === 'error') {
                tests.get(Number(event.testID))?.errors.push(String(event.error ?? ''));
            }
            else if (event.type === 'testDone' && !event.hidden) {
                const test = tests.get(Number(event.testID));
                if (!test)
                    continue;
                const status = event.skipped
                    ? 'skipped'
                    : event.result === 'success'
                        ? 'passed'
                        : 'failed';
                outcomes.push({
                    name: test.name,
                    classname: '',
                    file: test.suite,
                    ...(test.line !== undefined ? { line: test.line } : {}),
                    status,
                    ...(event.result === 'error' ? { errored: true } : {}),
                    seconds: 0,
                    ...(status === 'failed' ? failureFields(test.errors.join('\n')) : {}),
                });
            }
        }
        return outcomes;
    },
};
/** A panic's message and its left/right values, without the thread id that changes every run. */
function panicFields(output) {
    const lines = output.split(/\r?\n/);
    const at = lines.findIndex((line) => /^thread '.*' .*panicked at /.test(line));
    if (at < 0)
        return failureFields(output);
    const inline = /panicked at '(.*)', /.exec(lines[at])?.[1];
    const rest = lines.slice(at + 1).map((line) => line.trim());
    const message = inline ?? rest.find((line) => line !== '' && !line.startsWith('note:'));
    const values = rest.filter((line) => /^(left|right):/.test(line));
    const details = capText(stripAnsi(output));
    return {
        ...(message ? { message: [message, ...values].join('; ') } : {}),
        ...(details ? { details } : {}),
    };
}
/** cargo test's own text output (libtest): `test path::name ... ok|FAILED|ignored`. */
const libtestParser = {
    id: 'libtest',
    description: 'cargo test text output',
    detect: (content) => /^running \d+ tests?$/m.test(content) && /^test .+ \.\.\. (ok|FAILED|ignored)/m.test(content),
    parse: (content) => {
        const failureOutput = new Map();
        const sections = content.split(/^---- (.+?) stdout ----$/m);
        for (let i = 1; i + 1 < sections.length; i += 2) {
            failureOutput.set(sections[i], sections[i + 1].split(/^\s*(failures:|successes:)\s*$/m)[0] ?? '');
        }
        const outcomes = [];
        let binary = '';
        for (const line of content.split(/\r?\n/)) {
            const running = /^\s*Running (?:unittests )?(\S+)/.exec(line);
            if (running)
                binary = running[1];
            const match = /^test (.+?) \.\.\. (ok|FAILED|ignored)/.exec(line);
            if (!match)
                continue;
            const name = match[1].replace(/ - should panic$/, '');
            const status = match[2] === 'ok' ? 'passed' : match[2] === 'FAILED' ? 'failed' : 'skipped';
            outcomes.push({
                name,
                classname: binary,
                status,
                seconds: 0,
                ...(status === 'failed' ? panicFields(failureOutput.get(name) ?? '') : {}),
            });
        }
        return outcomes;
    },
};

;// CONCATENATED MODULE: ./src/flaky/parsers/junit.ts


/**
 * JUnit XML in the dialects found in the wild: Ant/surefire (with `<flakyFailure>`/`<rerunFailure>`
 * for re-runs), jest-junit, pytest xunit1/xunit2, go-junit-report, cargo-nextest, phpunit (nested
 * suites), gtest (`status="disabled"`), catch2, nette tester, swift, cunit. A repeated testcase is
 * another attempt of the same test.
 */
const junitParser = {
    id: 'junit',
    description: 'JUnit XML (surefire, jest-junit, pytest, go-junit-report, nextest, phpunit, ...)',
    detect: (content) => {
        const root = xmlRootName(content);
        return root === 'testsuites' || root === 'testsuite';
    },
    parse: (content, file) => {
        const doc = parseXml(content, file);
        const roots = [...children(doc, 'testsuites'), ...children(doc, 'testsuite')];
        if (roots.length === 0)
            throw new types_ReportFormatError(file, 'no <testsuites> or <testsuite> element');
        const outcomes = [];
        for (const root of roots)
            collectSuite(root, {}, outcomes);
        return outcomes;
    },
};
/** jest-junit and similar name the suite after the test file: that is the file to re-run. */
const TEST_FILE = /\.(m?[jt]sx?|py|rb|php|phpt|dart)$/;
function collectSuite(suite, outer, out) {
    const name = attr(suite, 'name');
    const context = {
        file: attr(suite, 'file') ??
            fileProperty(suite) ??
            outer.file ??
            (name && TEST_FILE.test(name) ? name : undefined),
        suiteName: name ?? outer.suiteName,
        suitePath: [outer.suitePath, name].filter(Boolean).join(' › '),
    };
    for (const testcase of children(suite, 'testcase'))
        out.push(...readTestcase(testcase, context));
    for (const nested of children(suite, 'testsuite'))
        collectSuite(nested, context, out);
}
/** web-test-runner names the file in a property, not an attribute. */
function fileProperty(suite) {
    for (const properties of children(suite, 'properties')) {
        for (const property of children(properties, 'property')) {
            if (attr(property, 'name') === 'test.fileName')
                return attr(property, 'value');
        }
    }
    return undefined;
}
const RERUN_ELEMENTS = ['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError'];
function readTestcase(testcase, context) {
    const name = attr(testcase, 'name') ?? '';
    const base = {
        name,
        classname: attr(testcase, 'classname') || attr(testcase, 'class') || context.suiteName || '',
        ...(context.suitePath ? { suite: context.suitePath } : {}),
        seconds: seconds(attr(testcase, 'time')),
    };
    const file = attr(testcase, 'file') ?? context.file;
    const line = Number.parseInt(attr(testcase, 'line') ?? '', 10);
    const where = {
        ...(file ? { file } : {}),
        ...(Number.isFinite(line) ? { line } : {}),
    };
    // surefire re-runs: each flaky/rerun element is an earlier failed attempt of this same testcase.
    const earlier = [];
    for (const element of RERUN_ELEMENTS) {
        for (const failure of children(testcase, element)) {
            earlier.push({
                ...base,
                ...where,
                status: 'failed',
                errored: element.endsWith('Error'),
                seconds: seconds(attr(failure, 'time')),
                ...failureText(failure),
            });
        }
    }
    return [...earlier, { ...base, ...where, ...finalOutcome(testcase) }];
}
function finalOutcome(testcase) {
    const status = (attr(testcase, 'status') ?? attr(testcase, 'result') ?? '').toLowerCase();
    if (['disabled', 'notrun', 'skipped', 'suppressed'].includes(status))
        return { status: 'skipped' };
    const skipped = children(testcase, 'skipped');
    const failures = children(testcase, 'failure');
    const errors = children(testcase, 'error');
    if (failures.length > 0 || errors.length > 0) {
        const all = [...failures, ...errors].map(failureText);
        return {
            status: 'failed',
            errored: failures.length === 0,
            ...(all[0]?.message !== undefined ? { message: all[0].message } : {}),
            ...joinDetails(all),
        };
    }
    if (skipped.length > 0) {
        const message = firstLine(attr(skipped[0], 'message') ?? xml_text(skipped[0]));
        return { status: 'skipped', ...(message ? { message } : {}) };
    }
    return { status: 'passed' };
}
function failureText(failure) {
    if (typeof failure === 'string') {
        const message = firstLine(failure);
        const details = capText(failure);
        return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
    }
    const body = xml_text(failure) ?? xml_text(children(failure, 'stackTrace')[0]) ?? '';
    const message = firstLine(attr(failure, 'message')) ?? firstLine(body) ?? firstLine(attr(failure, 'type'));
    const details = capText(body);
    return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
}
function joinDetails(all) {
    const details = all
        .map((a) => a.details)
        .filter((d) => d !== undefined)
        .join('\n---\n');
    return details ? { details: capText(details) } : {};
}

;// CONCATENATED MODULE: ./src/flaky/parsers/tap.ts

/**
 * TAP 13 as node:test prints it (`--test-reporter=tap`): nested subtests by indentation, a YAML
 * block after each result. A result with results nested under it is a suite, not a test. node 20's
 * JUnit reporter loses "skipped because the name did not match", which TAP keeps; hence TAP.
 */
const tapParser = {
    id: 'tap',
    description: 'TAP (node --test --test-reporter=tap)',
    detect: (content) => /^TAP version \d+/m.test(content.slice(0, 2000)) ||
        (/^\s*(not )?ok \d+ - /m.test(content.slice(0, 2000)) && /^\s*# Subtest: /m.test(content)),
    parse: (content) => {
        const lines = content.split(/\r?\n/);
        const outcomes = [];
        const stack = [];
        const deepestResultIndent = [];
        let pending;
        const flush = () => {
            if (pending)
                outcomes.push(toOutcome(pending, stack));
            pending = undefined;
        };
        for (const line of lines) {
            const indent = line.length - line.trimStart().length;
            const subtest = /^\s*# Subtest: (.*)$/.exec(line);
            if (subtest) {
                flush();
                stack.length = indent / 4;
                stack.push(unescapeTap(subtest[1]));
                continue;
            }
            const result = /^\s*(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
            if (result) {
                flush();
                const level = indent / 4;
                const isSuite = (deepestResultIndent[level + 1] ?? 0) > 0;
                deepestResultIndent[level + 1] = 0;
                deepestResultIndent[level] = (deepestResultIndent[level] ?? 0) + 1;
                const name = unescapeTap(result[2]);
                if (isSuite)
                    continue;
                const status = result[3]
                    ? 'skipped'
                    : result[1] === 'ok'
                        ? 'passed'
                        : 'failed';
                pending = { indent, name, status, yaml: [] };
                continue;
            }
            if (pending && indent > pending.indent)
                pending.yaml.push(line.trim());
            else if (pending && line.trim() !== '')
                flush();
        }
        flush();
        return outcomes;
    },
};
function unescapeTap(name) {
    return name.replace(/\\#/g, '#').replace(/\\\\/g, '\\');
}
function toOutcome(test, stack) {
    const parents = stack.slice(0, test.indent / 4).filter(Boolean);
    const field = (key) => {
        const line = test.yaml.find((l) => l.startsWith(`${key}:`));
        return line
            ?.slice(key.length + 1)
            .trim()
            .replace(/^'(.*)'$/, '$1');
    };
    const message = test.status === 'failed' ? firstLine(field('error')) : undefined;
    const location = /^(.*):\d+:\d+$/.exec(field('location') ?? '')?.[1]?.replace(/^file:\/\//, '');
    const details = test.status === 'failed' ? capText(test.yaml.join('\n')) : undefined;
    return {
        name: [...parents, test.name].join(' '),
        classname: parents.join(' '),
        // node prints a location only for failures: a hint for re-runs, not part of the test's key.
        ...(location ? { failureFile: location } : {}),
        status: test.status,
        seconds: Number(field('duration_ms') ?? 0) / 1000,
        ...(message ? { message } : {}),
        ...(details ? { details } : {}),
    };
}

;// CONCATENATED MODULE: ./src/flaky/parsers/registry.ts







/** Every result format flaky-rerun reads, in the order detection tries them. */
const RESULT_PARSERS = [
    junitParser,
    trxParser,
    nunitParser,
    jestJsonParser,
    mochaJsonParser,
    rspecJsonParser,
    goJsonParser,
    dartJsonParser,
    libtestParser,
    tapParser,
];
function findParser(id) {
    return RESULT_PARSERS.find((parser) => parser.id === id);
}
/**
 * Read one result file into unique tests. Throws ReportFormatError, in words, for an empty file,
 * broken XML/JSON, a format no reader knows, or a report without a single test.
 */
function parseReport(content, file, format) {
    if (content.trim() === '')
        throw new ReportFormatError(file, 'the file is empty: no test results in it');
    const parser = format ? findParser(format) : RESULT_PARSERS.find((p) => p.detect(content, file));
    if (!parser) {
        throw new ReportFormatError(file, `not a test report format flaky-rerun reads (accepted: ${RESULT_PARSERS.map((p) => p.description).join('; ')})`);
    }
    const cases = groupOutcomes(parser.parse(content, file));
    if (cases.length === 0) {
        throw new ReportFormatError(file, `a ${parser.description} report with no test cases in it (0 tests ran)`);
    }
    return { format: parser.id, cases };
}


;// CONCATENATED MODULE: ./src/flaky/report-files.ts





const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * Files matching the patterns (paths or globs, relative to cwd), optionally only those written since
 * `since` (a re-run must not read the previous run's surefire files).
 */
async function findReportFiles(patterns, cwd, since) {
    const found = new Set();
    const globs = [];
    for (const pattern of patterns) {
        if (picomatch_default().scan(pattern).isGlob)
            globs.push(pattern.replace(/^\.\//, ''));
        else {
            const file = external_node_path_default().resolve(cwd, pattern);
            const info = await (0,promises_.stat)(file).catch(() => undefined);
            if (info?.isFile() && (since === undefined || info.mtimeMs >= since))
                found.add(file);
        }
    }
    if (globs.length > 0) {
        const isMatch = picomatch_default()(globs, { dot: true });
        for (const file of await walk(cwd)) {
            if (!isMatch(external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/')))
                continue;
            if (since !== undefined && (await (0,promises_.stat)(file)).mtimeMs < since)
                continue;
            found.add(file);
        }
    }
    return [...found].sort();
}
async function walk(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
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
        throw new types_ReportFormatError(file, 'the file is empty: no test results in it');
    const parser = (parserId ? findParser(parserId) : undefined) ??
        RESULT_PARSERS.find((p) => p.detect(content, file));
    if (!parser)
        throw new types_ReportFormatError(file, 'not a test report format flaky-rerun reads');
    return parser.parse(content, file);
}
async function readOutcomesFromFile(file, parserId) {
    return readOutcomes(await (0,promises_.readFile)(file, 'utf8'), file, parserId);
}

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
        const problem = error instanceof types_ReportFormatError ? error.message : error.message;
        return { process: result, outcomes: [], problem };
    }
}
async function readResults(invocation, cwd, result, since) {
    const source = invocation.results;
    if (source.kind === 'stdout')
        return readOutcomes(result.stdout, '(standard output)', invocation.parser);
    const files = source.kind === 'file' ? [source.path] : await findReportFiles(source.patterns, cwd, since);
    if (files.length === 0)
        throw new Error(`no result files matching ${source.kind === 'glob' ? source.patterns.join(', ') : ''} were written`);
    const outcomes = [];
    for (const file of files) {
        try {
            outcomes.push(...(await readOutcomesFromFile(file, invocation.parser)));
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

;// CONCATENATED MODULE: ./src/flaky/classify.ts
/**
 * The verdict over a test's attempts, in the order they ran. Skipped attempts say nothing about the
 * test, so they are ignored unless they are all there is. A test that both failed and passed is
 * flaky whatever the order; one that failed every attempt it ran is failed. Pure and total: the Lean
 * helper proves "never both flaky and failed" against the vectors file this function produces.
 */
function classify_classifyAttempts(attempts) {
    let passed = false;
    let failed = false;
    for (const status of attempts) {
        if (status === 'passed')
            passed = true;
        else if (status === 'failed')
            failed = true;
    }
    if (passed && failed)
        return 'flaky';
    if (failed)
        return 'failed';
    if (passed)
        return 'passed';
    return 'skipped';
}

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
        const verdict = classify_classifyAttempts(tracked.attempts.map((a) => a.status));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
        processRunner: given.processRunner ?? createProcessRunner(),
        logger: given.logger ?? logger/* silentLogger */.qq,
        tempDir: given.tempDir ?? external_node_path_default().join(external_node_os_default().tmpdir(), 'kintsugi-flaky'),
    };
    if (!options.command && (!options.reports || options.reports.length === 0)) {
        throw new errors/* ConfigError */.xL('Input required and not supplied: command (or reports)');
    }
    const frameworkId = options.framework === 'auto'
        ? detectFramework(options.command, options.cwd)
        : options.framework;
    const adapter = adapterFor(frameworkId);
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
    const files = await findReportFiles(patterns, options.cwd);
    if (files.length === 0)
        throw new errors/* ConfigError */.xL(`Input reports got ${JSON.stringify(patterns.join('\n'))}: no files match it in ${options.cwd}; accepted: paths or globs of result files (JUnit XML, TRX, NUnit, jest/vitest/mocha JSON, go test -json)`);
    const outcomes = [];
    for (const file of files) {
        try {
            outcomes.push(...(await readOutcomesFromFile(file)));
        }
        catch (error) {
            if (error instanceof types_ReportFormatError)
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
        const key = testKey(outcome);
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



// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/flaky/new-tests.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Test files added or changed since the base (`git diff --relative base...HEAD`), relative to cwd.
 * Tests in them count as new: detect-new-flakes runs them again before they can go flaky on main.
 */
async function changedFilesSinceBase(cwd, base) {
    const { stdout } = await run('git', ['diff', '--name-only', '--relative', '--diff-filter=AM', `${base}...HEAD`], { cwd });
    return new Set(stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean));
}
/** Is this test in one of the changed files? (Tests whose framework names no file never are.) */
function inChangedFiles(files, cwd) {
    return (test) => {
        if (!test.file)
            return false;
        const relative = (external_node_path_default().isAbsolute(test.file) ? external_node_path_default().relative(cwd, test.file) : test.file)
            .split((external_node_path_default()).sep)
            .join('/');
        return files.has(relative.replace(/^\.\//, ''));
    };
}

// EXTERNAL MODULE: ./src/github/dashboard.ts
var dashboard = __webpack_require__(80299);
// EXTERNAL MODULE: ./src/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(76981);
;// CONCATENATED MODULE: ./src/platform/summary.ts
/** Builds the job summary as GitHub-flavoured markdown; the runner appends it, the CLI prints it. */
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(`${items.map((item) => `- ${item}`).join('\n')}\n`);
        return this;
    }
    /** A markdown table; cells are escaped so a `|` or newline in user data cannot break it. */
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') +
            '\n');
        return this;
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`);
        return this;
    }
    /** A collapsible section. */
    details(title, body) {
        this.parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${body.replace(/\n$/, '')}\n\n</details>\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    isEmpty() {
        return this.parts.length === 0;
    }
    toMarkdown() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/actions/flaky-rerun/summary.ts


const SHOWN = 50;
function attemptsCell(test) {
    return test.attempts
        .map((a) => (a.status === 'passed' ? '✅' : a.status === 'failed' ? '❌' : '⚪'))
        .join(' ');
}
/** The job summary: verdict, counts, then every test that failed at least once. */
function flakySummary(report, registry) {
    const s = report.summary;
    const summary = new Summary().heading(`flaky-rerun (${report.framework}): ${report.verdict}`);
    if (report.reason)
        summary.paragraph(`**${report.verdict === 'broken' ? 'Broken' : 'Note'}:** ${report.reason}`);
    summary.table([
        'tests',
        'passed',
        'real failures',
        'flaky',
        'quarantined',
        'skipped',
        're-run processes',
        'seconds',
    ], [[s.tests, s.passed, s.failed, s.flaky, s.quarantined, s.skipped, s.reruns, s.seconds]]);
    const interesting = report.tests.filter((t) => t.status === 'failed' || t.status === 'flaky' || t.status === 'quarantined');
    const history = new Map(registry?.tests.map((e) => [`${e.classname}\u0000${e.name}`, e]) ?? []);
    summary.table(['test', 'status', 'attempts', 'signature', 'evidence', ...(registry ? ['history'] : [])], interesting.slice(0, SHOWN).map((t) => {
        const seen = history.get(`${t.classname}\u0000${t.name}`);
        return [
            t.name,
            t.status,
            attemptsCell(t),
            t.signature?.kind ?? '',
            t.signature?.evidence[0] ?? '',
            ...(registry
                ? [
                    seen
                        ? `flaky ${seen.flaky}×, failed ${seen.failed}× since ${seen.firstSeen.slice(0, 10)}`
                        : 'first time',
                ]
                : []),
        ];
    }));
    if (interesting.length > SHOWN)
        summary.paragraph(`…and ${interesting.length - SHOWN} more in the report.`);
    return summary;
}
/** One error annotation per real failure (flaky ones are notices: they did not fail the step). */
/** GitHub links annotations by path relative to the repository root. */
function workspacePath(file, workspace) {
    const relative = external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(workspace, file) : file;
    return relative.split((external_node_path_default()).sep).join('/');
}
function flakyAnnotations(report, workspace) {
    return report.tests
        .filter((t) => t.status === 'failed' || t.status === 'flaky')
        .map((t) => {
        const failed = t.attempts.filter((a) => a.status === 'failed');
        const message = failed[failed.length - 1]?.message ?? 'failed';
        return {
            level: t.status === 'failed' ? 'error' : 'notice',
            title: t.status === 'failed'
                ? `${t.name}: failed all ${t.attempts.length} attempts`
                : `${t.name}: flaky (${t.signature?.kind ?? 'unknown'})`,
            message,
            ...(t.file ? { file: workspacePath(t.file, workspace) } : {}),
            ...(t.line ? { line: t.line } : {}),
            relevance: t.status === 'failed' ? 2 : 1,
        };
    });
}

;// CONCATENATED MODULE: ./src/actions/flaky-rerun/execute.ts












async function execute(io, settings, deps = {}) {
    const log = settings.registry
        ? await (deps.openRegistry ?? openDashboardLog)(io, settings)
        : undefined;
    const registry = log ? await readRegistry(log) : undefined;
    const outDir = external_node_path_default().join(io.context.tempDir, 'kintsugi');
    const report = await rerunFailedTests({
        ...(settings.command ? { command: settings.command } : {}),
        reports: settings.reports,
        framework: settings.framework,
        cwd: settings.workingDirectory,
        reruns: settings.reruns,
        timeoutMs: settings.timeoutMs,
        maxFailures: settings.maxFailures,
        quarantine: [...settings.quarantine, ...(registry?.quarantine ?? [])],
        processRunner: createProcessRunner(),
        logger: io.logger,
        tempDir: external_node_path_default().join(outDir, 'flaky-attempts'),
        audit: auditFacts(io),
        ...(await newTestsOption(io, settings)),
    });
    if (log)
        await recordRun(log, report, io.context.sha);
    const reportPath = await writeJsonReport(external_node_path_default().join(outDir, 'flaky-rerun-report.json'), report);
    const junitPath = external_node_path_default().join(outDir, 'flaky-rerun-junit.xml');
    await (0,promises_.writeFile)(junitPath, mergedJunitXml(report), 'utf8');
    io.setOutput('real-failures', report.tests.filter((t) => t.status === 'failed').map((t) => t.name));
    io.setOutput('flaky', report.tests.filter((t) => t.status === 'flaky').map((t) => t.name));
    io.setOutput('report', reportPath);
    io.setOutput('junit', junitPath);
    await io.writeSummary(flakySummary(report, registry));
    io.annotate(flakyAnnotations(report, io.context.workspace));
    return { ...verdict(report, settings.failOn), report, reportPath };
}
function verdict(report, failOn) {
    const s = report.summary;
    const names = (status) => report.tests
        .filter((t) => t.status === status)
        .slice(0, 5)
        .map((t) => t.name)
        .join(', ');
    if (report.verdict === 'broken')
        return {
            status: failOn === 'never' ? 'neutral' : 'failure',
            message: report.reason ?? 'the test run is broken',
        };
    if (s.failed > 0 && failOn !== 'never')
        return {
            status: 'failure',
            message: `${s.failed} real failure(s) (failed the suite run and every re-run): ${names('failed')}`,
        };
    if (s.flaky > 0 && failOn === 'flaky')
        return {
            status: 'failure',
            message: `${s.flaky} flaky test(s) and fail-on is flaky: ${names('flaky')}`,
        };
    const parts = [
        `${s.tests} tests`,
        `${s.failed} real failure(s)`,
        `${s.flaky} flaky`,
        `${s.quarantined} quarantined`,
    ];
    return { status: 'success', message: parts.join(', ') };
}
function auditFacts(io) {
    const { context } = io;
    return {
        ...(context.actor ? { actor: context.actor } : {}),
        ...(context.repository
            ? { repository: `${context.repository.owner}/${context.repository.repo}` }
            : {}),
        ...(context.sha ? { commit: context.sha } : {}),
        ...(context.runId ? { runId: context.runId } : {}),
        ...(context.repository && context.runId
            ? {
                links: [
                    `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/actions/runs/${context.runId}`,
                ],
            }
            : {}),
    };
}
/** detect-new-flakes: tests in files added or changed since the PR base (or the push's before). */
async function newTestsOption(io, settings) {
    if (settings.detectNewFlakes === 0)
        return {};
    const before = io.context.payload.before;
    const base = io.env.GITHUB_BASE_REF
        ? `origin/${io.env.GITHUB_BASE_REF}`
        : typeof before === 'string' && !/^0+$/.test(before)
            ? before
            : undefined;
    if (!base) {
        io.logger.warning('detect-new-flakes: no base to compare with (not a pull request or push); skipped');
        return {};
    }
    try {
        const files = await changedFilesSinceBase(settings.workingDirectory, base);
        return {
            newTests: {
                isNew: inChangedFiles(files, settings.workingDirectory),
                runs: settings.detectNewFlakes,
            },
        };
    }
    catch (error) {
        io.logger.warning(`detect-new-flakes: could not compare with ${base} (${error.message.split('\n')[0]}); fetch the base (actions/checkout fetch-depth: 0) to use it`);
        return {};
    }
}
async function openDashboardLog(io, settings) {
    const repository = io.context.repository;
    if (!repository)
        throw new errors/* ConfigError */.xL('Input registry is true but GITHUB_REPOSITORY is not set; accepted: registry: false outside a workflow run');
    const octokit = (0,github_octokit/* createOctokit */.Qi)({
        token: settings.githubToken,
        baseUrl: io.context.apiUrl,
        logger: io.logger,
    });
    return (0,dashboard/* openDashboard */.Nb)(octokit, {
        ...repository,
        logger: io.logger,
        ...(io.context.runId ? { runId: io.context.runId } : {}),
    });
}


/***/ }),

/***/ 80299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ openDashboard),
/* harmony export */   dashboardPauseProbe: () => (/* binding */ dashboardPauseProbe)
/* harmony export */ });
/* unused harmony exports DASHBOARD_LABEL, PAUSE_LABEL, DASHBOARD_TITLE, eventComment, parseEvent */
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63255);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76981);


/**
 * The dashboard issue (label `kintsugi`, one per repository): the flaky registry, quarantine list,
 * healing history and spend ledger live here as an event log. Each event is its own comment, so
 * concurrent runs never overwrite each other; readers fold the events. The issue body is only a
 * human summary, re-rendered from the events, never read back as state.
 */
const DASHBOARD_LABEL = 'kintsugi';
const PAUSE_LABEL = 'kintsugi:pause';
const DASHBOARD_TITLE = 'Kintsugi dashboard';
const BODY_MARKER = '<!-- kintsugi:dashboard -->';
const EVENT_MARKER = '<!-- kintsugi:event -->';
const EVENT_DATA = /<!-- kintsugi-event (\{.*\}) -->/s;
/** Authors whose event comments count: bots (GITHUB_TOKEN, the App) and people with write access. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
async function openDashboard(octokit, options) {
    const { owner, repo } = options;
    const logger = options.logger ?? _platform_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .qq;
    const runId = options.runId ?? process.env.GITHUB_RUN_ID;
    const issueNumber = (await findDashboardIssue(octokit, owner, repo)) ??
        (await createDashboardIssue(octokit, owner, repo, logger));
    const readEvents = async (kind) => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const events = [];
        for (const c of comments) {
            if (!c.body?.startsWith(EVENT_MARKER))
                continue;
            const trusted = c.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.author_association);
            if (!trusted) {
                logger.warning(`ignoring a dashboard event comment by ${c.user?.login ?? 'unknown'} (no write access)`);
                continue;
            }
            const event = parseEvent(c.body, c.id);
            if (event && (!kind || event.kind === kind))
                events.push(event);
        }
        // GitHub's comment ids grow in the order it stored them; runners' clocks may disagree.
        return events.sort((a, b) => a.commentId - b.commentId);
    };
    return {
        issueNumber,
        async appendEvent(kind, data) {
            const event = { kind, at: new Date().toISOString(), ...(runId ? { runId } : {}), data };
            const { data: comment } = await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: issueNumber,
                body: eventComment(event),
            });
            return { ...event, commentId: comment.id };
        },
        readEvents,
        async isPaused() {
            const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: issueNumber });
            return data.labels.some((l) => (typeof l === 'string' ? l : l.name) === PAUSE_LABEL);
        },
        async renderBody(markdown) {
            const write = (text) => octokit.rest.issues.update({
                owner,
                repo,
                issue_number: issueNumber,
                body: dashboardBody(text),
            });
            if (typeof markdown === 'string') {
                await write(markdown);
                return;
            }
            for (let attempt = 0; attempt < 3; attempt++) {
                const events = await readEvents();
                await write(markdown(events));
                const after = await readEvents();
                if (after.length === events.length)
                    return;
                logger.debug('dashboard: events arrived while rendering; rendering again');
            }
        },
    };
}
/** Escapes `--` inside the JSON so the HTML comment that holds it cannot end early. */
function eventComment(event) {
    const json = JSON.stringify({ v: 1, ...event }).replace(/--/g, '-\\u002d');
    const run = event.runId ? ` (run ${event.runId})` : '';
    const text = `${EVENT_MARKER}\nKintsugi recorded \`${event.kind}\`${run}.\n<!-- kintsugi-event ${json} -->`;
    if (text.length > 65_000)
        throw new Error(`dashboard event ${event.kind} is too large (${text.length} characters)`);
    return text;
}
function parseEvent(body, commentId) {
    const match = EVENT_DATA.exec(body);
    if (!match)
        return undefined;
    try {
        const raw = JSON.parse(match[1]);
        if (typeof raw.kind !== 'string' || typeof raw.at !== 'string')
            return undefined;
        return {
            kind: raw.kind,
            at: raw.at,
            ...(typeof raw.runId === 'string' ? { runId: raw.runId } : {}),
            data: raw.data,
            commentId,
        };
    }
    catch {
        return undefined;
    }
}
function dashboardBody(markdown) {
    return `${BODY_MARKER}\n_Kintsugi keeps its state in the comments below (one event each); this text is a summary of them. Add the label \`${PAUSE_LABEL}\` to this issue to pause every Kintsugi action in this repository._\n\n${markdown}`.slice(0, 65_536);
}
async function listDashboards(octokit, owner, repo) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: DASHBOARD_LABEL,
        state: 'all',
        per_page: 100,
    });
    return issues
        .filter((i) => !i.pull_request)
        .filter((i) => i.title === DASHBOARD_TITLE || i.body?.startsWith(BODY_MARKER))
        .sort((a, b) => a.number - b.number);
}
async function findDashboardIssue(octokit, owner, repo) {
    return (await listDashboards(octokit, owner, repo))[0]?.number;
}
/**
 * Two runs may both find no dashboard and both create one; each then keeps the lowest-numbered
 * one and closes its own if it lost, so they converge on the same issue before writing events.
 */
async function createDashboardIssue(octokit, owner, repo, logger) {
    // GitHub silently drops a label that does not exist yet when the token lacks push access; a
    // dashboard without its label would never be found again, and each run would open a new one.
    await ensureLabel(octokit, {
        owner,
        repo,
        name: DASHBOARD_LABEL,
        color: 'd4af37',
        description: "Kintsugi's state: one dashboard issue per repository",
    }, logger);
    const { data: created } = await octokit.rest.issues.create({
        owner,
        repo,
        title: DASHBOARD_TITLE,
        labels: [DASHBOARD_LABEL],
        body: dashboardBody('_No events yet._'),
    });
    const winner = (await listDashboards(octokit, owner, repo))[0]?.number ?? created.number;
    if (winner !== created.number) {
        logger.info(`another run created dashboard #${winner} at the same time; closing #${created.number}`);
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: created.number,
            state: 'closed',
            state_reason: 'not_planned',
            title: `${DASHBOARD_TITLE} (duplicate of #${winner})`,
        });
    }
    return winner;
}
async function ensureLabel(octokit, label, logger) {
    const { owner, repo, name } = label;
    try {
        await octokit.rest.issues.getLabel({ owner, repo, name });
        return;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
    try {
        await octokit.rest.issues.createLabel(label);
    }
    catch (error) {
        // 422: another run created it first. Anything else: carry on; the issue may still get it.
        if (error.status !== 422)
            logger.warning(`could not create the label ${name}: ${error.message}`);
    }
}
/**
 * The kill switch's label check, used by the runner boundary before any action runs: a reason
 * when the dashboard issue carries `kintsugi:pause`, else undefined. Never creates the issue.
 */
async function dashboardPauseProbe(options) {
    const octokit = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .createOctokit */ .Qi)({ token: options.token, baseUrl: options.apiUrl, retries: 1 });
    const { owner, repo } = options.repository;
    const { data } = await octokit.rest.issues.listForRepo({
        owner,
        repo,
        labels: `${DASHBOARD_LABEL},${PAUSE_LABEL}`,
        state: 'all',
        per_page: 10,
    });
    const paused = data.find((i) => !i.pull_request);
    return paused
        ? `Kintsugi is paused: the dashboard issue #${paused.number} carries the label ${PAUSE_LABEL}`
        : undefined;
}


/***/ }),

/***/ 76981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qi: () => (/* binding */ createOctokit)
});

// UNUSED EXPORTS: OctokitWithPlugins, clientOptions, graphql, kintsugiVersion

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/platform/logger.ts
var platform_logger = __webpack_require__(63255);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/platform/package-root.ts



let cached;
/**
 * The directory of Kintsugi's own package.json, found by walking up from this file, so that the
 * same code finds `actions/`, `policies/` and `examples/` from `src/` (tsx) and from `dist/` (ncc).
 */
function packageRoot() {
    if (cached)
        return cached;
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).name === 'kintsugi')
                    return (cached = dir);
            }
            catch {
                // a package.json that ncc writes next to a bundle has no name; keep walking
            }
        }
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return (cached = process.cwd());
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./src/github/octokit.ts







/**
 * The one Octokit factory: REST methods and pagination (@actions/github), retries on transient
 * errors, and throttling that waits out primary and secondary rate limits a bounded number of
 * times, logging each wait through the injected logger.
 */
const OctokitWithPlugins = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
let version;
function kintsugiVersion() {
    if (version)
        return version;
    try {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(packageRoot(), 'package.json'), 'utf8'));
        version = manifest.version ?? '0.0.0';
    }
    catch {
        version = '0.0.0';
    }
    return version;
}
/** A limiter that never waits: Bottleneck's `key().schedule()` shape, enough for the throttling plugin. */
const unpaced = {
    key: () => ({
        schedule: (_o, fn, ...args) => fn(...args),
    }),
};
function isLoopback(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
    }
    catch {
        return false;
    }
}
/** What every client shares: base URL, user agent, logging, retry and throttling; no auth. */
function clientOptions(settings) {
    const logger = settings.logger ?? platform_logger/* silentLogger */.qq;
    const retries = settings.retries ?? 3;
    const baseUrl = (settings.baseUrl ||
        process.env.GITHUB_API_URL ||
        'https://api.github.com').replace(/\/+$/, '');
    // A server on loopback is a local test double: no client-side pacing of writes, and waits in
    // milliseconds instead of seconds, so suites stay fast while exercising the same code paths.
    const local = isLoopback(baseUrl);
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        const maxWait = settings.maxRateLimitWait ?? 300;
        if (retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} hit for ${what}; the reset is ${retryAfter}s away (more than ${maxWait}s), not waiting`);
            return false;
        }
        if (retryCount < retries) {
            logger.warning(`GitHub ${kind} hit for ${what}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries})`);
            return true;
        }
        logger.warning(`GitHub ${kind} hit for ${what}; giving up after ${retries} retries`);
        return false;
    };
    return {
        baseUrl,
        userAgent: (0,utils/* getUserAgentWithOrchestrationId */.fA)(settings.userAgent ?? `kintsugi/${kintsugiVersion()}`),
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.error(m),
        },
        retry: { retries, retryAfterBaseValue: local ? 5 : 1000 },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: local ? 1 : 1000,
            fallbackSecondaryRateRetryAfter: local ? 1 : 60,
            // Not in the plugin's typed options, but read by it: its per-kind limiters.
            ...(local ? { write: unpaced, notifications: unpaced, search: unpaced } : {}),
        },
    };
}
/** An authenticated client for a token (GITHUB_TOKEN, a PAT or an App installation token). */
function createOctokit(settings) {
    if (!settings.token)
        throw new Error('createOctokit: a token is required');
    return new OctokitWithPlugins({ ...clientOptions(settings), auth: `token ${settings.token}` });
}
/** A GraphQL call through the same client (auth, base URL, throttling); GHES maps /api/v3 → /api/graphql. */
async function graphql(octokit, query, variables = {}) {
    return octokit.graphql(query, variables);
}


/***/ }),

/***/ 63255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports consoleLogger, memoryLogger */
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


/***/ })

};
