export const id = 227;
export const ids = [227];
export const modules = {

/***/ 52227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diagnose/test-reports.ts
var test_reports = __webpack_require__(8136);
// EXTERNAL MODULE: ./src/diagnose/diagnose.ts
var diagnose = __webpack_require__(71430);
// EXTERNAL MODULE: ./src/diagnose/github-logs.ts
var github_logs = __webpack_require__(61889);
// EXTERNAL MODULE: ./src/diagnose/log-inputs.ts
var log_inputs = __webpack_require__(3810);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/diagnose/line-reader.ts
var line_reader = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/diagnose/report.ts
var report = __webpack_require__(29512);
;// CONCATENATED MODULE: ./src/diagnose/model-step.ts





const ReplySchema = schemas/* object */.Ikc({
    rootCause: schemas/* string */.YjP().min(1).max(2000),
    category: schemas/* enum */.k5n(report/* CATEGORIES */.R6),
    evidence: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP().max(500),
        line: schemas/* number */.aig().int().positive(),
        text: schemas/* string */.YjP().max(500).optional(),
    }))
        .min(1)
        .max(20),
    suggestedFix: schemas/* string */.YjP().max(4000),
    confidence: schemas/* number */.aig().min(0).max(1),
});
/**
 * Asks the model to explain the failure from the heuristic findings. Its reply is checked against
 * the logs: evidence lines that are not in them void it, and the heuristic result stands.
 */
async function explainWithModel(client, report, logs, options) {
    const untrusted = [
        ...report.excerpts.map((e, i) => ({
            label: `log excerpt ${e.file} lines ${e.startLine}-${e.endLine}`,
            text: numbered(e.text, e.startLine),
            priority: 10 - i,
            keep: 'head',
        })),
        { label: 'failing tests', text: JSON.stringify(report.failingTests.slice(0, 40)), priority: 5 },
        {
            label: 'source locations named by tools',
            text: JSON.stringify(report.locations.slice(0, 40)),
            priority: 4,
        },
        ...(options.sourceSnippets
            ? [{ label: 'source lines around the locations', text: options.sourceSnippets, priority: 3 }]
            : []),
    ];
    try {
        const reply = await client.structured({
            system: 'You explain why a CI run failed. Use only the log excerpts and findings given. Cite evidence as the log file and 1-based line numbers shown at the start of each excerpt line.',
            prompt: `Heuristic diagnosis: ${report.category} (confidence ${report.confidence}). ${report.summary}\n${options.baselineNote ?? ''}\nGive the root cause, the category, evidence lines, a suggested fix and your confidence.`,
            untrusted,
            tool: {
                name: 'diagnosis',
                description: 'The root cause of the CI failure with evidence lines from the log.',
                schema: ReplySchema,
            },
            budgetTokens: options.budgetTokens,
        });
        const problem = await checkEvidence(reply.value, logs);
        const llm = { used: !problem, model: client.model };
        if (problem)
            return { llm: { ...llm, rejected: problem }, usage: reply.usage };
        return {
            llm: { ...llm, rootCause: reply.value.rootCause, suggestedFix: reply.value.suggestedFix },
            usage: reply.usage,
            category: reply.value.category,
            confidence: reply.value.confidence,
        };
    }
    catch (error) {
        return {
            llm: {
                used: false,
                model: client.model,
                rejected: `model step failed: ${error.message}`,
            },
        };
    }
}
function numbered(text, start) {
    return text
        .split('\n')
        .map((line, i) => `${start + i}: ${line}`)
        .join('\n');
}
/** Every evidence line must exist in a log we read and, when quoted, say what the model quoted. */
async function checkEvidence(reply, logs) {
    for (const evidence of reply.evidence) {
        const log = logs.find((l) => l.diagnosis.file === evidence.file) ??
            (logs.length === 1 ? logs[0] : undefined);
        if (!log)
            return `evidence cites "${evidence.file}", which is not one of the logs`;
        if (evidence.line > log.diagnosis.lineCount)
            return `evidence cites line ${evidence.line} of ${log.diagnosis.file}, which has ${log.diagnosis.lineCount} lines`;
        if (evidence.text) {
            const actual = await lineAt(log.path, evidence.line);
            if (!normalise(actual).includes(normalise(evidence.text).slice(0, 200)))
                return `evidence line ${evidence.line} of ${log.diagnosis.file} does not say "${evidence.text.slice(0, 80)}"`;
        }
    }
    return undefined;
}
async function lineAt(file, wanted) {
    let n = 0;
    let found = '';
    await (0,line_reader/* forEachLine */.F)(file, (line) => {
        n++;
        if (n === wanted) {
            found = line;
            return false;
        }
        return true;
    });
    return found;
}
function normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}
async function readSourceSnippets(workspace, locations, max = 8) {
    const parts = [];
    for (const loc of locations.slice(0, max)) {
        // Paths come from the log (untrusted): only files inside the workspace are read.
        const file = external_node_path_default().resolve(workspace, loc.file);
        if (!file.startsWith(external_node_path_default().resolve(workspace) + (external_node_path_default()).sep))
            continue;
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const lines = text.split('\n');
        const from = Math.max(1, loc.line - 3);
        const to = Math.min(lines.length, loc.line + 3);
        parts.push(`${loc.file}:${from}-${to}\n${lines
            .slice(from - 1, to)
            .map((l, i) => `${from + i}: ${l}`)
            .join('\n')}`);
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/diagnose/render.ts
var render = __webpack_require__(35770);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/runs.ts
var runs = __webpack_require__(1281);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
;// CONCATENATED MODULE: ./src/actions/diagnose/execute.ts













async function execute(io, settings) {
    const started = Date.now();
    const workDir = external_node_path_default().join(io.context.tempDir, 'kintsugi', 'diagnose');
    const github = needsGitHub(settings) ? connect(io, settings) : undefined;
    const notes = [];
    const files = settings.logs.length
        ? await (0,log_inputs/* resolveLogFiles */.kg)(settings.logs, io.context.workspace)
        : [];
    let failedRun;
    if (settings.runId !== undefined) {
        const downloaded = await (0,github_logs/* downloadFailedJobLogs */.E)(github.octokit, {
            ...github.repo,
            runId: settings.runId,
            dir: external_node_path_default().join(workDir, `run-${settings.runId}`),
        });
        failedRun = downloaded.run;
        files.push(...downloaded.files);
        if (downloaded.files.length === 0 && files.length === 0)
            return {
                status: 'neutral',
                message: `run ${settings.runId} has no failed job: nothing to diagnose`,
            };
    }
    const baselines = await findBaselines(io, settings, github, failedRun, files, workDir, notes);
    const reportedTests = await (0,test_reports/* analyseTestReports */.T)(settings.testReports, io.context.workspace, (m) => io.logger.warning(m));
    const result = await (0,diagnose/* diagnoseLogs */.k)(files, {
        maxExcerptLines: settings.maxExcerptLines,
        baselines,
        reportedTests,
    });
    notes.push(...result.notes);
    let model;
    const client = (0,llm/* modelClientFor */.Ur)(settings.modelChoice, io.logger);
    if (client) {
        model = await explainWithModel(client, result.report, result.logs.map((diagnosis, i) => ({ diagnosis, path: files[i].path })), {
            budgetTokens: settings.tokenBudget,
            sourceSnippets: await readSourceSnippets(io.context.workspace, result.report.locations),
            baselineNote: baselines.size > 0
                ? 'Lines that also occur in the last passing run were excluded from the excerpts.'
                : '',
        });
        if (model.llm.rejected)
            notes.push(`model reply not used (${model.llm.rejected}); heuristic result kept`);
    }
    const report = {
        ...result.report,
        ...(model?.category && model.category !== 'unknown'
            ? {
                category: model.category,
                confidence: Number(Math.max(result.report.confidence, model.confidence ?? 0).toFixed(2)),
            }
            : {}),
        llm: model?.llm ?? null,
        audit: audit(io, settings, started, model),
    };
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(io.context.tempDir, 'kintsugi', 'diagnose-report.json'), report);
    io.setOutput('category', report.category);
    io.setOutput('summary', report.summary);
    io.setOutput('confidence', report.confidence);
    io.setOutput('failing-tests', report.failingTests);
    io.setOutput('report', reportPath);
    const summary = (0,render/* diagnoseSummary */.d)(report, notes);
    await io.writeSummary(summary);
    io.annotate((0,render/* diagnoseAnnotations */.R)(report), 50);
    if (settings.comment)
        await comment(io, github, summary.toMarkdown());
    return { status: 'success', message: report.summary, report, reportPath };
}
function needsGitHub(settings) {
    return settings.runId !== undefined || settings.baseline === 'auto' || settings.comment;
}
function connect(io, settings) {
    const repo = io.context.repository;
    if (!settings.githubToken || !repo) {
        if (settings.runId !== undefined)
            throw new errors/* ConfigError */.xL('Input run-id needs github-token and GITHUB_REPOSITORY (owner/repo) to download the logs');
        io.logger.warning('baseline: auto and comment need github-token and GITHUB_REPOSITORY; skipped');
        return undefined;
    }
    return {
        octokit: (0,octokit/* createOctokit */.Qi)({
            token: settings.githubToken,
            baseUrl: io.context.apiUrl,
            logger: io.logger,
        }),
        repo,
    };
}
async function findBaselines(io, settings, github, failedRun, files, workDir, notes) {
    const baselines = new Map();
    if (settings.baselineLogs.length > 0) {
        const passing = await (0,log_inputs/* resolveLogFiles */.kg)(settings.baselineLogs, io.context.workspace, 'baseline-logs');
        for (const file of passing)
            baselines.set(file.job, file.path);
        // One passing log given for one failing log: compare them whatever their names.
        if (passing.length === 1 && files.length === 1)
            baselines.set(files[0].job, passing[0].path);
        return baselines;
    }
    if (settings.baseline !== 'auto' || !github)
        return baselines;
    const run = failedRun ??
        (io.context.runId
            ? await (0,runs/* getRun */.Mh)(github.octokit, { ...github.repo, runId: Number(io.context.runId) })
            : undefined);
    if (!run) {
        notes.push('baseline: auto needs run-id or GITHUB_RUN_ID to know the workflow and branch');
        return baselines;
    }
    const found = await (0,github_logs/* downloadBaselineLogs */.T)(github.octokit, {
        ...github.repo,
        run,
        jobNames: [...new Set(files.map((f) => f.job))],
        dir: external_node_path_default().join(workDir, 'baseline'),
    });
    notes.push(found.note);
    return found.baselines;
}
async function comment(io, github, body) {
    const issueNumber = pullRequestNumber(io.context.payload);
    if (!github || issueNumber === undefined) {
        io.logger.info('comment: no pull request in this event; no sticky comment written');
        return;
    }
    const result = await (0,sticky_comment/* upsertStickyComment */.qD)(github.octokit, {
        ...github.repo,
        issueNumber,
        marker: 'diagnose',
        body,
    });
    io.logger.info(`comment: ${result.created ? 'posted' : 'updated'} ${result.url}`);
}
function pullRequestNumber(payload) {
    const pr = payload.pull_request;
    if (typeof pr?.number === 'number')
        return pr.number;
    const run = payload.workflow_run;
    const fromRun = run?.pull_requests?.[0]?.number;
    if (typeof fromRun === 'number')
        return fromRun;
    const issue = payload.issue;
    return issue?.pull_request && typeof issue.number === 'number' ? issue.number : undefined;
}
function audit(io, settings, started, model) {
    const ctx = io.context;
    return {
        time: new Date(started).toISOString(),
        action: 'diagnose',
        ...(ctx.actor ? { actor: ctx.actor } : {}),
        ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
        ...(ctx.sha ? { commit: ctx.sha } : {}),
        ...(settings.runId !== undefined
            ? { runId: String(settings.runId) }
            : ctx.runId
                ? { runId: ctx.runId }
                : {}),
        ...(model ? { model: settings.model } : {}),
        ...(model?.usage?.promptHash ? { promptHash: model.usage.promptHash } : {}),
        tokensIn: model?.usage?.tokensIn ?? 0,
        tokensOut: model?.usage?.tokensOut ?? 0,
        estimatedCostUsd: model?.usage?.estimatedCostUsd ?? 0,
        durationMs: Date.now() - started,
        outcome: 'success',
        links: ctx.repository && ctx.runId
            ? [
                `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${settings.runId ?? ctx.runId}`,
            ]
            : [],
    };
}


/***/ }),

/***/ 71430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ diagnoseLogs)
/* harmony export */ });
/* harmony import */ var _analyse_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12758);
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
/* harmony export */   E: () => (/* binding */ downloadFailedJobLogs),
/* harmony export */   T: () => (/* binding */ downloadBaselineLogs)
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
    const run = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .getRun */ .Mh)(octokit, where).catch((error) => {
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ analyseTestReports)
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

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ findLastSuccessfulRun),
/* harmony export */   Mh: () => (/* binding */ getRun),
/* harmony export */   Q6: () => (/* binding */ downloadJobLog),
/* harmony export */   c4: () => (/* binding */ listRunJobs)
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


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_LENGTH, markerLine, stickyBody */
/**
 * One comment per (issue or PR, purpose) that Kintsugi keeps up to date instead of adding a new
 * comment on every run. It is found again by a hidden marker on its first line.
 */
/** GitHub rejects comment bodies longer than this. */
const MAX_COMMENT_LENGTH = 65_536;
function markerLine(marker) {
    if (!/^[\w.:-]+$/.test(marker))
        throw new Error(`sticky comment marker "${marker}" may only hold letters, digits, - _ . :`);
    return `<!-- kintsugi:${marker} -->`;
}
/** The marker, then the body, cut with a note when the whole would exceed GitHub's limit. */
function stickyBody(marker, body) {
    const head = `${markerLine(marker)}\n`;
    const full = head + body;
    if (full.length <= MAX_COMMENT_LENGTH)
        return full;
    const note = `\n\n… _truncated: ${body.length.toLocaleString('en-US')} characters did not fit in one comment; the full text is in the job summary and the report artifact._`;
    let keep = MAX_COMMENT_LENGTH - head.length - note.length;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(body.charAt(keep - 1)))
        keep -= 1;
    return head + body.slice(0, keep) + note;
}
/** Finds our comment by its marker (paginating through all comments) and updates or creates it. */
async function upsertStickyComment(octokit, comment) {
    const { owner, repo, issueNumber } = comment;
    const marker = markerLine(comment.marker);
    const body = stickyBody(comment.marker, comment.body);
    const existing = await findStickyComment(octokit, { owner, repo, issueNumber, marker });
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: existing,
            body,
        });
        return { id: data.id, url: data.html_url, created: false };
    }
    const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
    });
    return { id: data.id, url: data.html_url, created: true };
}
async function findStickyComment(octokit, where) {
    const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issueNumber,
        per_page: 100,
    });
    for await (const { data } of iterator) {
        const found = data.find((c) => c.body?.startsWith(where.marker));
        if (found)
            return found.id;
    }
    return undefined;
}


/***/ })

};
