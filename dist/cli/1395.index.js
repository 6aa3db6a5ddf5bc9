export const id = 1395;
export const ids = [1395,1889,1281];
export const modules = {

/***/ 81510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/dashboard.ts
var dashboard = __webpack_require__(80299);
// EXTERNAL MODULE: ./src/diagnose/render.ts
var render = __webpack_require__(35770);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/diagnose/diagnose.ts
var diagnose = __webpack_require__(71430);
// EXTERNAL MODULE: ./src/diagnose/github-logs.ts
var github_logs = __webpack_require__(61889);
// EXTERNAL MODULE: ./src/diagnose/log-inputs.ts
var log_inputs = __webpack_require__(3810);
// EXTERNAL MODULE: ./src/diagnose/report.ts
var report = __webpack_require__(29512);
// EXTERNAL MODULE: ./src/diagnose/test-reports.ts
var test_reports = __webpack_require__(8136);
;// CONCATENATED MODULE: ./src/heal/diagnose-failure.ts






/** Diagnose's heuristics (no model) over the failed run's logs: the pipeline's first stage. */
async function diagnoseFailure(source) {
    const started = Date.now();
    const files = source.logs.length
        ? await (0,log_inputs/* resolveLogFiles */.kg)(source.logs, source.workspace)
        : [];
    let run;
    if (source.run) {
        const downloaded = await (0,github_logs.downloadFailedJobLogs)(source.run.octokit, {
            ...source.run,
            dir: external_node_path_default().join(source.workDir, `run-${source.run.runId}`),
        });
        run = downloaded.run;
        files.push(...downloaded.files);
    }
    if (files.length === 0)
        return { run, logFiles: [] };
    const reportedTests = await (0,test_reports.analyseTestReports)(source.testReports, source.workspace, (m) => source.logger.warning(m));
    const result = await (0,diagnose/* diagnoseLogs */.k)(files, { maxExcerptLines: 40, reportedTests });
    for (const note of result.notes)
        source.logger.info(`diagnose: ${note}`);
    const diagnosis = {
        ...result.report,
        schemaVersion: report/* DIAGNOSE_SCHEMA_VERSION */.Ox,
        llm: null,
        audit: {
            time: new Date(started).toISOString(),
            action: 'diagnose',
            ...source.audit,
            durationMs: Date.now() - started,
            outcome: 'success',
            tokensIn: 0,
            tokensOut: 0,
            estimatedCostUsd: 0,
            links: run?.url ? [run.url] : [],
        },
    };
    return { diagnosis, run, logFiles: files.map((f) => f.path) };
}

;// CONCATENATED MODULE: ./src/heal/pipeline.ts
const SELF_HEAL_SCHEMA_VERSION = 1;
function isTestJob(job, diagnosis) {
    return (job.category === 'test' ||
        job.category === 'flaky-suspect' ||
        (diagnosis.jobs.length === 1 && diagnosis.failingTests.length > 0));
}
function sameTest(a, b) {
    // Reporters join suite and test names differently ("a > b", "a b", "file.a > b").
    const norm = (name) => name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const [x, y] = [norm(a), norm(b)];
    return x === y || x.endsWith(y) || y.endsWith(x);
}
/** The test report and the log often name the same test twice ("file.suite > test", "suite > test"). */
function distinctTests(tests) {
    const kept = [];
    for (const test of tests)
        if (!kept.some((k) => sameTest(k.name, test.name) && k.file === test.file))
            kept.push(test);
    return kept;
}
/**
 * Flaky: failed in the failed run or in the check, then passed on the same code. A test the failed
 * run reports failing that passes every run here is flaky too (its one failure was the CI's).
 */
function flakyAgainstFailedRun(diagnosis, flaky) {
    const names = new Set(flaky.tests.filter((t) => t.status === 'flaky').map((t) => t.name));
    for (const test of flaky.tests) {
        if (test.status !== 'passed')
            continue;
        const full = `${test.classname} ${test.name}`;
        if (diagnosis.failingTests.some((f) => sameTest(f.name, test.name) || sameTest(f.name, full)))
            names.add(test.name);
    }
    return [...names];
}
/**
 * Diagnosis → flaky check → patch → risk gate. A failure that is only flaky tests is re-run and
 * reported, never patched; the other failing checks go to patch; a validated patch is risk-scored.
 */
async function selfHeal(diagnosis, stages, logger) {
    const report = {
        schemaVersion: SELF_HEAL_SCHEMA_VERSION,
        outcome: 'not-healed',
        message: '',
        diagnosis: {
            category: diagnosis.category,
            confidence: diagnosis.confidence,
            summary: diagnosis.summary,
            failingTests: distinctTests(diagnosis.failingTests),
            tools: diagnosis.tools,
            jobs: diagnosis.jobs.map((j) => j.name),
        },
        patchedChecks: [],
    };
    let jobs = diagnosis.jobs;
    const testJobs = jobs.filter((j) => isTestJob(j, diagnosis));
    if (testJobs.length > 0 && stages.rerunFailingTests) {
        const flaky = await logger.group('flaky check: re-running the failed tests', () => stages.rerunFailingTests(diagnosis));
        report.flaky = {
            verdict: flaky.verdict,
            flaky: flakyAgainstFailedRun(diagnosis, flaky),
            realFailures: flaky.tests.filter((t) => t.status === 'failed').map((t) => t.name),
            reruns: flaky.summary.reruns,
        };
        if (flaky.verdict === 'flaky' || flaky.verdict === 'passed') {
            logger.info(`the test failures are flaky (${report.flaky.flaky.join(', ') || 'they pass on a re-run'}): not patching them`);
            jobs = jobs.filter((j) => !testJobs.includes(j));
        }
    }
    if (diagnosis.jobs.length > 0 && jobs.length === 0) {
        report.outcome = 'flaky-only';
        report.message = `Only flaky tests failed (${report.flaky?.flaky.join(', ') || 'passing on re-run'}); re-run, recorded, nothing to patch.`;
        return report;
    }
    report.patchedChecks = jobs.map((j) => j.name);
    const patch = await logger.group(`patch: ${report.patchedChecks.join(', ') || diagnosis.category}`, () => stages.patch({
        ...diagnosis,
        jobs,
        failingTests: jobs.some((j) => testJobs.includes(j)) ? diagnosis.failingTests : [],
    }));
    report.patch = patch;
    if (patch.outcome === 'skipped') {
        report.outcome = 'skipped';
        report.message = patch.message;
        return report;
    }
    if (patch.outcome === 'not-reproduced') {
        report.outcome = 'nothing-to-heal';
        report.message = patch.message;
        return report;
    }
    if (!patch.patched || !patch.patch) {
        report.message = patch.message;
        return report;
    }
    const risk = await logger.group('risk gate on the patch', () => stages.assessRisk(patch.patch));
    report.risk = {
        score: risk.score,
        decision: risk.decision,
        level: risk.level,
        findings: risk.findings,
        blocked: risk.blocked,
    };
    if (patch.pullRequest && stages.reportRiskOnPullRequest)
        await stages.reportRiskOnPullRequest(patch.pullRequest, risk);
    report.outcome = 'healed';
    report.message = `${patch.message}; risk ${risk.score}/100 (${risk.decision})${report.flaky?.flaky.length ? `; flaky, not patched: ${report.flaky.flaky.join(', ')}` : ''}`;
    return report;
}

// EXTERNAL MODULE: ./src/flaky/rerun.ts + 5 modules
var rerun = __webpack_require__(1860);
// EXTERNAL MODULE: ./src/flaky/process.ts
var process = __webpack_require__(33328);
// EXTERNAL MODULE: ./src/flaky/runners/registry.ts + 3 modules
var registry = __webpack_require__(84949);
// EXTERNAL MODULE: ./src/flaky/shell.ts
var shell = __webpack_require__(76719);
// EXTERNAL MODULE: ./src/patch/commands.ts
var commands = __webpack_require__(43546);
// EXTERNAL MODULE: ./src/patch/github-host.ts + 1 modules
var github_host = __webpack_require__(24830);
// EXTERNAL MODULE: ./src/patch/heal.ts + 13 modules
var heal = __webpack_require__(96837);
// EXTERNAL MODULE: ./src/risk/assess.ts + 5 modules
var assess = __webpack_require__(8130);
// EXTERNAL MODULE: ./src/risk/github.ts + 1 modules
var risk_github = __webpack_require__(42245);
// EXTERNAL MODULE: ./src/risk/policy/bundle.ts + 2 modules
var bundle = __webpack_require__(55357);
;// CONCATENATED MODULE: ./src/heal/stages.ts











/** Runners that take test files as arguments: the flaky check then runs only the failing files. */
const FILE_ARGUMENT_RUNNERS = new Set(['vitest', 'jest', 'mocha', 'pytest', 'node-test']);
/**
 * The test command narrowed to the failed run's failing test files, so the flaky check re-runs
 * those and not the whole suite; unchanged when the files or the runner are not known.
 */
function onlyFailingFiles(command, diagnosis, cwd) {
    const files = [
        ...new Set(diagnosis.failingTests.flatMap((t) => (t.file ? [t.file] : []))),
    ].filter((f) => !external_node_path_default().isAbsolute(f) && !f.startsWith('..'));
    if (files.length === 0)
        return command;
    let framework;
    try {
        framework = (0,registry/* detectFramework */.yl)(command, cwd);
    }
    catch {
        return command;
    }
    return FILE_ARGUMENT_RUNNERS.has(framework) ? (0,shell/* appendArgs */.cn)(command, files) : command;
}
/** The one composition of flaky-rerun, patch and risk-gate the action, the CLI and the demo share. */
function composeHealStages(settings, where) {
    const { github, logger } = where;
    return {
        rerunFailingTests: settings.testCommand
            ? (diagnosis) => (0,rerun/* rerunFailedTests */.RW)({
                command: onlyFailingFiles(settings.testCommand, diagnosis, where.workspace),
                framework: 'auto',
                cwd: where.workspace,
                reruns: settings.reruns,
                timeoutMs: settings.testTimeoutMs,
                // Above this many failures the suite is broken, not flaky: patch takes it.
                maxFailures: { kind: 'count', value: Math.max(10, diagnosis.failingTests.length * 2) },
                processRunner: (0,process/* createProcessRunner */.E)(),
                logger,
                tempDir: external_node_path_default().join(where.tempDir, 'flaky'),
                audit: where.audit,
            })
            : undefined,
        patch: (diagnosis) => (0,heal/* healFailure */.$)({
            workspace: where.workspace,
            diagnosis,
            settings: { ...settings.heal, llm: settings.heal.llm && Boolean(where.model) },
            github: github
                ? { host: (0,github_host/* githubPullRequestHost */.C)(github.octokit, github), dashboard: github.dashboard }
                : undefined,
            model: where.model,
            runner: (0,commands/* createCommandRunner */._m)({ env: where.env }),
            logger,
            patchDirectory: where.tempDir,
            audit: where.audit,
        }),
        assessRisk: async (patch) => (0,assess/* assessRisk */.y)({
            diff: patch.diff,
            policies: await (0,bundle/* loadPolicyBundle */.l9)(settings.policies ?? (0,bundle/* defaultPolicyDirectory */.ru)()),
            mode: 'enforce',
            thresholds: { approveBelow: settings.approveBelow, deployBelow: settings.deployBelow },
            ...(where.model ? { model: { client: where.model } } : {}),
        }),
        reportRiskOnPullRequest: github
            ? async (pull, risk) => {
                const ref = { owner: github.owner, repo: github.repo, number: pull.number };
                const { data } = await github.octokit.rest.issues.get({
                    owner: ref.owner,
                    repo: ref.repo,
                    issue_number: ref.number,
                });
                const labels = data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
                await (0,risk_github/* setRiskLabel */.OD)(github.octokit, ref, risk.level, labels);
                await (0,risk_github/* publishRiskComment */.Gg)(github.octokit, ref, risk);
            }
            : undefined,
    };
}

// EXTERNAL MODULE: ./src/platform/summary.ts
var platform_summary = __webpack_require__(54487);
;// CONCATENATED MODULE: ./src/heal/summary.ts

const OUTCOME_TEXT = {
    healed: 'healed: a validated fix is ready',
    'flaky-only': 'flaky only: re-run and recorded, nothing to patch',
    'not-healed': 'not healed: no validated fix',
    skipped: 'skipped',
    'nothing-to-heal': 'nothing to heal: the failure does not reproduce',
};
/** The job summary: what failed, why, the flaky check, the fix, its risk, the PR. */
function selfHealSummary(report) {
    const summary = new platform_summary/* Summary */.BD();
    summary.heading(`Kintsugi self-heal: ${OUTCOME_TEXT[report.outcome]}`, 2);
    summary.paragraph(report.message);
    const { diagnosis } = report;
    summary.table(['stage', 'result'], [
        [
            'diagnose',
            `${diagnosis.category} (${diagnosis.confidence.toFixed(2)}): ${diagnosis.summary}`,
        ],
        [
            'flaky check',
            report.flaky
                ? `${report.flaky.verdict}; flaky: ${report.flaky.flaky.join(', ') || 'none'}; real failures: ${report.flaky.realFailures.join(', ') || 'none'}`
                : 'not run (no test command, or no test failed)',
        ],
        [
            'patch',
            report.patch?.patch
                ? `${report.patch.patch.source}: ${report.patch.patch.files.join(', ')} (${report.patch.patch.changedLines} lines)`
                : (report.patch?.message ?? 'not attempted'),
        ],
        [
            'validation',
            report.patch?.patch?.validation
                .map((v) => `${v.command}: ${v.passed ? 'green' : 'red'}`)
                .join('; ') || '—',
        ],
        ['risk', report.risk ? `${report.risk.score}/100 → ${report.risk.decision}` : '—'],
        ['PR', report.patch?.pullRequest?.url ?? '—'],
    ]);
    if (diagnosis.failingTests.length > 0)
        summary.details('Failing tests in the failed run', diagnosis.failingTests.map((t) => `- ${t.name}`).join('\n'));
    return summary;
}

// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/patch/loop-guard.ts
var loop_guard = __webpack_require__(47410);
;// CONCATENATED MODULE: ./src/actions/self-heal/execute.ts












/** The root action: diagnose the failed run, flaky check, patch, validate, risk-gate, PR. */
async function execute(io, settings) {
    const { heal } = settings.pipeline;
    const ownBranch = (0,loop_guard/* ownBranchRefusal */.Nw)(heal.failedBranch, heal.branchPrefix);
    if (ownBranch)
        return { status: 'neutral', message: `loop guard: ${ownBranch}` };
    if (settings.eventConclusion && settings.eventConclusion !== 'failure' && !settings.logs.length)
        return {
            status: 'neutral',
            message: `the workflow run concluded ${settings.eventConclusion}, not failure: nothing to heal`,
        };
    const where = await environment(io, settings);
    const workDir = external_node_path_default().join(io.context.tempDir, 'kintsugi', 'self-heal');
    const failure = await diagnoseFailure({
        run: settings.runId !== undefined && where.github
            ? { ...where.github, runId: settings.runId }
            : undefined,
        logs: settings.logs,
        testReports: settings.testReports,
        workspace: io.context.workspace,
        workDir,
        logger: io.logger,
        audit: where.audit,
    });
    if (!failure.diagnosis)
        return {
            status: 'neutral',
            message: `run ${settings.runId} has no failed job: nothing to heal`,
        };
    const report = await selfHeal(failure.diagnosis, composeHealStages(settings.pipeline, where), io.logger);
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(io.context.tempDir, 'kintsugi', 'self-heal-report.json'), report);
    setOutputs(io, report, reportPath);
    await io.writeSummary(selfHealSummary(report));
    io.annotate((0,render/* diagnoseAnnotations */.R)(failure.diagnosis), 50);
    return {
        status: report.outcome === 'not-healed' ? 'failure' : 'success',
        message: report.message,
        report,
        reportPath,
    };
}
function setOutputs(io, report, reportPath) {
    io.setOutput('category', report.diagnosis.category);
    io.setOutput('flaky', (report.flaky?.flaky.length ?? 0) > 0);
    io.setOutput('patched', report.patch?.patched ?? false);
    io.setOutput('risk-score', report.risk?.score ?? '');
    io.setOutput('pr-url', report.patch?.pullRequest?.url ?? '');
    io.setOutput('outcome', report.outcome);
    io.setOutput('report', reportPath);
}
async function environment(io, settings) {
    const repository = io.context.repository;
    const where = {
        workspace: io.context.workspace,
        tempDir: external_node_path_default().join(io.context.tempDir, 'kintsugi', 'self-heal'),
        logger: io.logger,
        env: io.env,
        audit: {
            actor: io.context.actor,
            repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
            commit: io.context.sha,
            runId: io.context.runId,
        },
    };
    const model = (0,llm.modelClientFor)(settings.modelChoice, io.logger);
    if (model)
        where.model = model;
    const needsGitHub = settings.runId !== undefined || settings.pipeline.heal.openPr;
    if (!needsGitHub)
        return where;
    if (!settings.githubToken || !repository)
        throw new errors/* ConfigError */.xL('Input github-token and GITHUB_REPOSITORY (owner/repo) are needed to read the run and open the PR; give them, or use logs with open-pr: false');
    const octokit = (0,github_octokit.createOctokit)({
        token: settings.githubToken,
        baseUrl: io.context.apiUrl,
        logger: io.logger,
    });
    where.github = { octokit, ...repository };
    if (settings.pipeline.heal.openPr) {
        try {
            where.github.dashboard = await (0,dashboard/* openDashboard */.Nb)(octokit, {
                ...repository,
                runId: io.context.runId,
                logger: io.logger,
            });
        }
        catch (error) {
            io.logger.warning(`could not open the dashboard issue, so healing runs per day are not capped this time: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return where;
}


/***/ }),

/***/ 71430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ diagnoseLogs)
/* harmony export */ });
/* harmony import */ var _analyse_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85945);
/* harmony import */ var _log_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3810);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29512);



/** Diagnoses every log and folds them into one report: the most telling job leads. */
async function diagnoseLogs(files, options) {
    const logs = [];
    const jobsOf = new Map();
    for (const file of files) {
        await (0,_log_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLogFile */ .xo)(file, options.inputName);
        const baselineFile = options.baselines?.get(file.step ? `${file.job}/${file.step}` : file.job) ??
            options.baselines?.get(file.job);
        const log = await (0,_analyse_log_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseLog */ .s)(file.path, file.displayName, {
            maxExcerptLines: options.maxExcerptLines,
            ...(baselineFile ? { baselineFile } : {}),
        });
        logs.push(log);
        jobsOf.set(log, file);
    }
    const ordered = [...logs].sort((a, b) => leadScore(b) - leadScore(a));
    const lead = ordered[0];
    const reported = options.reportedTests ?? [];
    const failingTests = uniqueTests([...reported, ...ordered.flatMap((l) => l.failingTests)]).slice(0, 200);
    const category = lead?.category === 'unknown' && reported.length > 0 ? 'test' : (lead?.category ?? 'unknown');
    const jobs = logs.map((log) => {
        const file = jobsOf.get(log);
        return {
            name: file.job,
            logFile: file.displayName,
            ...(file.step
                ? { failedStep: file.step }
                : log.failedStep
                    ? { failedStep: log.failedStep }
                    : {}),
            ...(log.command ? { command: log.command } : {}),
            category: log.category,
            tools: log.tools,
        };
    });
    const report = {
        schemaVersion: _report_js__WEBPACK_IMPORTED_MODULE_2__/* .DIAGNOSE_SCHEMA_VERSION */ .Ox,
        category,
        confidence: lead?.confidence ?? 0.1,
        summary: lead
            ? logs.length > 1
                ? `${jobsOf.get(lead).job}: ${lead.summary}`
                : lead.summary
            : 'No logs to diagnose.',
        excerpts: ordered
            .flatMap((l, i) => (i === 0 ? l.excerpts : l.excerpts.slice(0, 1)))
            .filter((e) => e.text !== ''),
        failingTests,
        locations: ordered.flatMap((l) => l.locations).slice(0, 500),
        tools: [...new Set(ordered.flatMap((l) => l.tools))],
        jobs,
    };
    return { report, logs, notes: logs.flatMap((l) => l.notes) };
}
/** Which log explains the failure best: one with a known category and a strong root cause. */
function leadScore(log) {
    if (log.excerpts.length === 0)
        return 0;
    return ((log.category === 'unknown' ? 0.5 : 1) * log.confidence +
        (log.failingTests.length > 0 ? 0.05 : 0));
}
function uniqueTests(tests) {
    const seen = new Set();
    return tests.filter((t) => {
        const key = `${t.file ?? ''}::${t.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 61889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadBaselineLogs: () => (/* binding */ downloadBaselineLogs),
/* harmony export */   downloadFailedJobLogs: () => (/* binding */ downloadFailedJobLogs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1281);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46316);




const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** The failed jobs' logs of a run, downloaded (GitHub redirects to blob storage) into `dir`. */
async function downloadFailedJobLogs(octokit, where) {
    const run = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__.getRun)(octokit, where).catch((error) => {
        if (error.status === 404)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input run-id: no workflow run ${where.runId} in ${where.owner}/${where.repo} (GitHub answered 404 Not Found)`);
        throw error;
    });
    const jobs = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .listRunJobs */ .c4)(octokit, where);
    const failed = jobs.filter((j) => FAILED.has(j.conclusion ?? ''));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(where.dir, { recursive: true });
    const files = [];
    for (const job of failed) {
        const text = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadJobLog */ .Q6)(octokit, { ...where, jobId: job.id });
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where.dir, `${job.id}_${safeName(job.name)}.txt`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
        const step = job.steps.find((s) => FAILED.has(s.conclusion ?? ''));
        files.push({
            path: file,
            displayName: `${job.name}.txt`,
            job: job.name,
            ...(step ? { step: step.name } : {}),
        });
    }
    return { run, files };
}
/**
 * `baseline: auto`: the logs of the same jobs in the last successful run of the same workflow on the
 * same branch. Jobs the passing run does not have get no baseline.
 */
async function downloadBaselineLogs(octokit, where) {
    const passing = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .findLastSuccessfulRun */ .DD)(octokit, {
        owner: where.owner,
        repo: where.repo,
        // The file name (`ci.yml`) names the workflow as well as its id and reads unambiguously as a path.
        workflow: where.run.path || where.run.workflowId,
        branch: where.run.headBranch,
        excludeRunId: where.run.id,
    });
    const baselines = new Map();
    if (!passing)
        return {
            baselines,
            note: `baseline: no successful run of this workflow on ${where.run.headBranch}`,
        };
    const jobs = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .listRunJobs */ .c4)(octokit, {
        owner: where.owner,
        repo: where.repo,
        runId: passing.id,
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(where.dir, { recursive: true });
    for (const name of where.jobNames) {
        const job = jobs.find((j) => j.name === name && j.conclusion === 'success');
        if (!job)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where.dir, `baseline_${job.id}_${safeName(job.name)}.txt`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadJobLog */ .Q6)(octokit, { owner: where.owner, repo: where.repo, jobId: job.id }));
        baselines.set(name, file);
    }
    return {
        baselines,
        note: `baseline: run ${passing.id} (${baselines.size} of ${where.jobNames.length} jobs)`,
    };
}
function safeName(name) {
    return name.replace(/[^\w.-]+/g, '_').slice(0, 80);
}


/***/ }),

/***/ 3810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ resolveLogFiles),
/* harmony export */   xo: () => (/* binding */ checkLogFile)
/* harmony export */ });
/* unused harmony export jobName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46316);




const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * Files named by the `logs` input: a file, a directory or a glob, one per line. A directory in the
 * GitHub run-logs layout (`<n>_<job>.txt` per job, `<job>/<step#>_<step>.txt` per step, step files
 * sometimes missing) gives one entry per job: the job file, else that job's step files.
 */
async function resolveLogFiles(specs, cwd, inputName = 'logs') {
    const files = [];
    for (const spec of specs) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, spec);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full).catch(() => undefined);
        if (info?.isFile())
            files.push({ path: full, displayName: spec, job: jobName(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(full)) });
        else if (info?.isDirectory()) {
            const found = await runLogsLayout(full, spec);
            if (found.length === 0)
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: directory "${spec}" holds no log files (.txt or .log); point it at a log file, a directory of logs or a glob`);
            files.push(...found);
        }
        else if (picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(spec).isGlob) {
            const matched = await globFiles(spec, cwd);
            if (matched.length === 0)
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: the glob "${spec}" matches no file under ${cwd}`);
            files.push(...matched.map((file) => ({
                path: file,
                displayName: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file),
                job: jobName(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)),
            })));
        }
        else {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: no such file or directory: "${spec}" (accepted: a log file, a directory of logs or a glob)`);
        }
    }
    return files;
}
async function runLogsLayout(dir, shown) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    const jobFiles = entries
        .filter((e) => e.isFile() && /\.(txt|log)$/i.test(e.name))
        .sort((a, b) => byNumber(a.name, b.name));
    const out = [];
    const jobsWithFile = new Set();
    for (const entry of jobFiles) {
        const job = jobName(entry.name);
        jobsWithFile.add(job);
        out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), displayName: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(shown, entry.name), job });
    }
    for (const sub of entries
        .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
        .sort((a, b) => a.name.localeCompare(b.name))) {
        if (jobsWithFile.has(sub.name))
            continue; // the job file already holds every step
        const steps = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, sub.name), { withFileTypes: true }))
            .filter((e) => e.isFile() && /\.(txt|log)$/i.test(e.name))
            .sort((a, b) => byNumber(a.name, b.name));
        for (const step of steps) {
            out.push({
                path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, sub.name, step.name),
                displayName: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(shown, sub.name, step.name),
                job: sub.name,
                step: jobName(step.name),
            });
        }
    }
    return out;
}
/** `3_build (ubuntu).txt` → `build (ubuntu)`. */
function jobName(fileName) {
    return fileName.replace(/\.(txt|log)$/i, '').replace(/^\d+_/, '');
}
function byNumber(a, b) {
    const na = Number(/^(\d+)_/.exec(a)?.[1] ?? Infinity);
    const nb = Number(/^(\d+)_/.exec(b)?.[1] ?? Infinity);
    return na - nb || a.localeCompare(b);
}
async function globFiles(pattern, cwd) {
    const { base } = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern);
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, base || '.');
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(pattern.replace(/^\.\//, ''), { dot: true });
    const out = [];
    const walk = async (dir) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => [])) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    await walk(full);
            }
            else if (entry.isFile() && isMatch(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, full).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')))
                out.push(full);
        }
    };
    await walk(root);
    return out.sort();
}
/**
 * Refuses what is not a text log, naming it: an empty file (nothing to diagnose) or a binary one
 * (NUL bytes in its first 64 KiB). Invalid UTF-8 is read anyway, with a note in the report.
 */
async function checkLogFile(file, inputName = 'logs') {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file.path).catch(() => undefined);
    if (!info?.isFile())
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: no such file: "${file.displayName}"`);
    if (info.size === 0)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: "${file.displayName}" is empty (0 bytes); there is no log to diagnose`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file.path, 'r');
    try {
        const head = Buffer.alloc(Math.min(info.size, 64 * 1024));
        await handle.read(head, 0, head.length, 0);
        const nul = head.indexOf(0);
        if (nul !== -1)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input ${inputName}: "${file.displayName}" is a binary file (NUL byte at offset ${nul}), not a text log`);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 35770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ diagnoseAnnotations),
/* harmony export */   d: () => (/* binding */ diagnoseSummary)
/* harmony export */ });
/* harmony import */ var _platform_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54487);

/** The job summary (and sticky comment body): verdict, root-cause excerpt, failing tests, jobs. */
function diagnoseSummary(report, notes = []) {
    const summary = new _platform_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD()
        .heading('Kintsugi diagnose')
        .paragraph(`**${report.category}** (confidence ${report.confidence.toFixed(2)}): ${report.summary}`);
    if (report.llm?.used && report.llm.rootCause) {
        summary.paragraph(`**Model (${report.llm.model ?? 'LLM'}):** ${report.llm.rootCause}`);
        if (report.llm.suggestedFix)
            summary.paragraph(`**Suggested fix:** ${report.llm.suggestedFix}`);
    }
    else if (report.llm?.rejected) {
        summary.paragraph(`_The model's reply was not used: ${report.llm.rejected}. This is the heuristic diagnosis._`);
    }
    const root = report.excerpts[0];
    if (root) {
        summary
            .heading(`Root cause: ${root.file} lines ${root.startLine}-${root.endLine}`, 3)
            .code(root.text);
    }
    if (report.failingTests.length > 0) {
        summary.heading(`Failing tests (${report.failingTests.length})`, 3).table(['test', 'file', 'message'], report.failingTests
            .slice(0, 30)
            .map((t) => [
            t.name,
            t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : '',
            (t.message ?? '').slice(0, 200),
        ]));
    }
    if (report.jobs.length > 1) {
        summary.heading('Jobs', 3).table(['job', 'step', 'category', 'tools'], report.jobs.map((j) => [j.name, j.failedStep ?? '', j.category, j.tools.join(', ')]));
    }
    const more = report.excerpts.slice(1);
    if (more.length > 0) {
        summary.details(`${more.length} more excerpt${more.length > 1 ? 's' : ''}`, more
            .map((e) => `${e.file} lines ${e.startLine}-${e.endLine}\n\n\`\`\`\n${e.text}\n\`\`\``)
            .join('\n\n'));
    }
    if (notes.length > 0)
        summary.list([...notes]);
    return summary;
}
/** Annotations at the source locations tools named, the root cause's tool first. */
function diagnoseAnnotations(report) {
    const lead = report.tools[0];
    return report.locations.map((loc, index) => ({
        level: 'error',
        title: `${loc.tool ?? 'diagnose'}: ${report.category}`,
        message: loc.message || report.summary,
        file: loc.file,
        line: loc.line,
        ...(loc.column ? { column: loc.column } : {}),
        relevance: (loc.tool === lead ? 1000 : 0) - index,
    }));
}


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyseTestReports: () => (/* binding */ analyseTestReports)
/* harmony export */ });
/* harmony import */ var _flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10845);

/**
 * Failing tests from JUnit XML / JSON reports (flaky-rerun's readers: JUnit, TRX, jest, mocha,
 * rspec, go, TAP...). A report that cannot be read is warned about and skipped: the log still speaks.
 */
async function analyseTestReports(patterns, cwd, warn) {
    if (patterns.length === 0)
        return [];
    const files = await (0,_flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .findReportFiles */ .jU)(patterns, cwd);
    if (files.length === 0)
        warn(`test-reports: no file matches ${patterns.join(', ')}`);
    const failing = [];
    for (const file of files) {
        try {
            for (const outcome of await (0,_flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readOutcomesFromFile */ .SX)(file)) {
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


/***/ }),

/***/ 70032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Bl: () => (/* binding */ commandWords),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   i: () => (/* binding */ FRAMEWORKS),
/* harmony export */   jv: () => (/* binding */ runsProgram),
/* harmony export */   l4: () => (/* binding */ withoutTestPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76719);



const FRAMEWORKS = [
    'vitest',
    'jest',
    'mocha',
    'node',
    'pytest',
    'go',
    'cargo',
    'nextest',
    'maven',
    'gradle',
    'rspec',
    'playwright',
    'phpunit',
    'dotnet',
];
function commandWords(command) {
    return (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(command) ?? command.split(/\s+/);
}
/** Does any word name this program (`vitest`, `npx vitest`, `./node_modules/.bin/vitest`)? */
function runsProgram(words, ...programs) {
    return words.some((word) => programs.includes(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(word)));
}
/**
 * The user's command without the test paths it was given, so that a re-run selects only the failed
 * tests instead of the paths plus them. Config files are kept (they are option values); a command
 * with shell syntax is returned unchanged.
 */
const CONFIG_FILE = /(^|[/\\])[^/\\]*(config|rc)[^/\\]*$|\.(json|ya?ml|toml|ini|cfg|xml|env)$/i;
function withoutTestPaths(command, cwd, isPath) {
    const words = (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(command);
    if (!words)
        return command;
    const kept = words.filter((word, i) => {
        if (i === 0 || word.startsWith('-'))
            return true;
        if (isPath?.(word))
            return false;
        // Config files stay (they are option values); test files and directories on disk go.
        if (CONFIG_FILE.test(word))
            return true;
        if (/[/\\.]/.test(word) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, word)))
            return false;
        const previous = words[i - 1];
        const optionValue = previous.startsWith('-') && !previous.includes('=');
        return optionValue || !/^\.\.?\//.test(word);
    });
    return kept
        .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
function relativeTo(cwd, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file) : file;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
function unique(items) {
    return [...new Set(items)];
}


/***/ }),

/***/ 76719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   Ko: () => (/* binding */ quoteMetaGo),
/* harmony export */   cn: () => (/* binding */ appendArgs),
/* harmony export */   nZ: () => (/* binding */ shellJoin)
/* harmony export */ });
/* unused harmony export shellQuote */
/** Quote one argument for `sh -c`: single quotes, with embedded ones closed, escaped and reopened. */
function shellQuote(arg) {
    if (/^[\w@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellJoin(args) {
    return args.map(shellQuote).join(' ');
}
/** Escape every regex metacharacter (JavaScript, Go RE2 and PCRE agree on this set). */
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Go's regexp.QuoteMeta: the same set, without escaping `/` (go test splits -run on it). */
function quoteMetaGo(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Split a simple command line into words (quotes and backslashes honoured). Returns undefined when
 * the line uses shell syntax (pipes, `&&`, `;`, redirections, substitutions) that a rewrite could break.
 */
function splitCommand(command) {
    const words = [];
    let current = '';
    let inWord = false;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (c === "'") {
            const end = command.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            current += command.slice(i + 1, end);
            i = end;
            inWord = true;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < command.length && command[j] !== '"'; j++) {
                if (command[j] === '\\' && j + 1 < command.length)
                    j++;
                if (command[j] === '$' || command[j] === '`')
                    return undefined;
            }
            if (j >= command.length)
                return undefined;
            current += command.slice(i + 1, j).replace(/\\(["\\$`])/g, '$1');
            i = j;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < command.length) {
            current += command[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else if (/[|&;<>()`$]/.test(c)) {
            return undefined;
        }
        else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/**
 * Add arguments to the user's command: directly for a plain command, after `--` for `npm test` /
 * `npm run x` (npm would swallow them otherwise).
 */
function appendArgs(command, args) {
    if (args.length === 0)
        return command;
    const words = splitCommand(command) ?? [];
    const viaNpm = words[0] === 'npm' &&
        (words[1] === 'test' || words[1] === 't' || words[1] === 'run' || words[1] === 'run-script');
    const separator = viaNpm && !words.includes('--') ? ' --' : '';
    return `${command.trimEnd()}${separator} ${shellJoin(args)}`;
}


/***/ }),

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ findLastSuccessfulRun),
/* harmony export */   Q6: () => (/* binding */ downloadJobLog),
/* harmony export */   c4: () => (/* binding */ listRunJobs),
/* harmony export */   getRun: () => (/* binding */ getRun)
/* harmony export */ });
function toRun(r) {
    return {
        id: r.id,
        name: r.name ?? '',
        workflowId: r.workflow_id,
        path: r.path,
        headBranch: r.head_branch ?? '',
        headSha: r.head_sha,
        event: r.event,
        status: r.status ?? '',
        conclusion: r.conclusion,
        attempt: r.run_attempt ?? 1,
        url: r.html_url,
    };
}
async function getRun(octokit, where) {
    const { data } = await octokit.rest.actions.getWorkflowRun({
        owner: where.owner,
        repo: where.repo,
        run_id: where.runId,
    });
    return toRun(data);
}
/** Jobs of a run (its latest attempt unless `attempt` is given), every page. */
async function listRunJobs(octokit, where) {
    const { owner, repo, runId } = where;
    const jobs = where.attempt
        ? await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
            owner,
            repo,
            run_id: runId,
            attempt_number: where.attempt,
            per_page: 100,
        })
        : await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100,
        });
    return jobs.map((j) => ({
        id: j.id,
        name: j.name,
        status: j.status,
        conclusion: j.conclusion,
        steps: (j.steps ?? []).map((s) => ({
            name: s.name,
            number: s.number,
            conclusion: s.conclusion,
        })),
        url: j.html_url ?? '',
    }));
}
/** A job's plain-text log. GitHub answers with a redirect to blob storage, which fetch follows. */
async function downloadJobLog(octokit, where) {
    const response = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
        owner: where.owner,
        repo: where.repo,
        job_id: where.jobId,
    });
    const data = response.data;
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data).toString('utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    throw new Error(`job ${where.jobId}: the log download returned ${typeof data}, not text`);
}
/**
 * The newest successful run of a workflow (id or file name such as `ci.yml`) on a branch, other
 * than `excludeRunId`; the passing log diagnose compares a failure against.
 */
async function findLastSuccessfulRun(octokit, where) {
    const workflow = typeof where.workflow === 'string' ? where.workflow.split('/').pop() : where.workflow;
    const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner: where.owner,
        repo: where.repo,
        workflow_id: workflow,
        branch: where.branch,
        status: 'success',
        per_page: 10,
    });
    const run = data.workflow_runs.find((r) => r.id !== where.excludeRunId && r.conclusion === 'success');
    return run && toRun(run);
}


/***/ })

};
