export const id = 547;
export const ids = [547];
export const modules = {

/***/ 12547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyseTestReports: () => (/* binding */ analyseTestReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

;// CONCATENATED MODULE: ./src/diagnose/test-reports.ts

/**
 * Failing tests from JUnit XML / JSON reports (flaky-rerun's readers: JUnit, TRX, jest, mocha,
 * rspec, go, TAP...). A report that cannot be read is warned about and skipped: the log still speaks.
 */
async function analyseTestReports(patterns, cwd, warn) {
    if (patterns.length === 0)
        return [];
    const files = await findReportFiles(patterns, cwd);
    if (files.length === 0)
        warn(`test-reports: no file matches ${patterns.join(', ')}`);
    const failing = [];
    for (const file of files) {
        try {
            for (const outcome of await readOutcomesFromFile(file)) {
                if (outcome.status !== 'failed')
                    continue;
                const name = outcome.classname && !outcome.name.startsWith(outcome.classname)
                    ? `${outcome.classname}.${outcome.name}`
                    : outcome.name;
                failing.push({
                    name,
                    ...(outcome.file ? { file: outcome.file } : {}),
                    ...(outcome.line ? { line: outcome.line } : {}),
                    ...(outcome.message ? { message: outcome.message.slice(0, 500) } : {}),
                });
            }
        }
        catch (error) {
            warn(`test-reports: ${error.message}`);
        }
    }
    return failing;
}


/***/ })

};
