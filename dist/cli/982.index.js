export const id = 982;
export const ids = [982];
export const modules = {

/***/ 90982:
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
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/flaky/process.ts
var process = __webpack_require__(33328);
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

// EXTERNAL MODULE: ./src/flaky/rerun.ts + 5 modules
var rerun = __webpack_require__(1860);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/platform/summary.ts
var platform_summary = __webpack_require__(54487);
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
    const summary = new platform_summary/* Summary */.BD().heading(`flaky-rerun (${report.framework}): ${report.verdict}`);
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
    const report = await (0,rerun/* rerunFailedTests */.RW)({
        ...(settings.command ? { command: settings.command } : {}),
        reports: settings.reports,
        framework: settings.framework,
        cwd: settings.workingDirectory,
        reruns: settings.reruns,
        timeoutMs: settings.timeoutMs,
        maxFailures: settings.maxFailures,
        quarantine: [...settings.quarantine, ...(registry?.quarantine ?? [])],
        processRunner: (0,process/* createProcessRunner */.E)(),
        logger: io.logger,
        tempDir: external_node_path_default().join(outDir, 'flaky-attempts'),
        audit: auditFacts(io),
        ...(await newTestsOption(io, settings)),
    });
    if (log)
        await recordRun(log, report, io.context.sha);
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(outDir, 'flaky-rerun-report.json'), report);
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
    const octokit = (0,github_octokit.createOctokit)({
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
/* harmony export */   Nb: () => (/* binding */ openDashboard)
/* harmony export */ });
/* unused harmony exports DASHBOARD_LABEL, PAUSE_LABEL, DASHBOARD_TITLE, eventComment, parseEvent, dashboardPauseProbe */
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63255);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6702);


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
    const octokit = createOctokit({ token: options.token, baseUrl: options.apiUrl, retries: 1 });
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ kintsugiVersion),
/* harmony export */   UG: () => (/* binding */ graphql),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   oq: () => (/* binding */ OctokitWithPlugins),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80846);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86856);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63255);
/* harmony import */ var _platform_package_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95148);







/**
 * The one Octokit factory: REST methods and pagination (@actions/github), retries on transient
 * errors, and throttling that waits out primary and secondary rate limits a bounded number of
 * times, logging each wait through the injected logger.
 */
const OctokitWithPlugins = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
let version;
function kintsugiVersion() {
    if (version)
        return version;
    try {
        const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_platform_package_root_js__WEBPACK_IMPORTED_MODULE_4__/* .packageRoot */ .Z)(), 'package.json'), 'utf8'));
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
    const logger = settings.logger ?? _platform_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq;
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
        userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .getUserAgentWithOrchestrationId */ .fA)(settings.userAgent ?? `kintsugi/${kintsugiVersion()}`),
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

/***/ 68809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   ly: () => (/* binding */ emptyUsage),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    return file;
}


/***/ }),

/***/ 54487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export escapeHtml */
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


/***/ })

};
