export const id = 1211;
export const ids = [1211];
export const modules = {

/***/ 21211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execute: () => (/* binding */ execute)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnose_diagnose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71430);
/* harmony import */ var _diagnose_log_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3810);
/* harmony import */ var _diagnose_scan_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51118);
/* harmony import */ var _diagnose_render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35770);
/* harmony import */ var _llm_model_choice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45328);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46316);
/* harmony import */ var _platform_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68809);








// The GitHub client (with its HTTP stack), the model client and the test-report readers load only
// when the settings call for them: diagnosing local log files starts without them.
async function execute(io, settings) {
    const started = Date.now();
    const workDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(io.context.tempDir, 'kintsugi', 'diagnose');
    const github = needsGitHub(settings) ? await connect(io, settings) : undefined;
    const notes = [];
    const files = settings.logs.length
        ? await (0,_diagnose_log_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLogFiles */ .kg)(settings.logs, io.context.workspace)
        : [];
    // A large log is scanned in worker threads (unless against a baseline): they start while the
    // test reports are read.
    if (settings.baselineLogs.length === 0 && settings.baseline !== 'auto')
        await (0,_diagnose_scan_pool_js__WEBPACK_IMPORTED_MODULE_3__.warmScanWorkersFor)(files.map((f) => f.path));
    let failedRun;
    if (settings.runId !== undefined) {
        const { downloadFailedJobLogs } = await __webpack_require__.e(/* import() */ 1889).then(__webpack_require__.bind(__webpack_require__, 61889));
        const downloaded = await downloadFailedJobLogs(github.octokit, {
            ...github.repo,
            runId: settings.runId,
            dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workDir, `run-${settings.runId}`),
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
    const reportedTests = settings.testReports.length === 0
        ? []
        : await (await Promise.all(/* import() */[__webpack_require__.e(6780), __webpack_require__.e(9975), __webpack_require__.e(8136)]).then(__webpack_require__.bind(__webpack_require__, 8136))).analyseTestReports(settings.testReports, io.context.workspace, (m) => io.logger.warning(m));
    const result = await (0,_diagnose_diagnose_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseLogs */ .k)(files, {
        maxExcerptLines: settings.maxExcerptLines,
        baselines,
        reportedTests,
    });
    notes.push(...result.notes);
    let model;
    const client = (0,_llm_model_choice_js__WEBPACK_IMPORTED_MODULE_4__/* .isModelConfigured */ .co)(settings.modelChoice)
        ? (await Promise.all(/* import() */[__webpack_require__.e(8439), __webpack_require__.e(6218), __webpack_require__.e(5653)]).then(__webpack_require__.bind(__webpack_require__, 35653))).modelClientFor(settings.modelChoice, io.logger)
        : undefined;
    if (client) {
        const { explainWithModel, readSourceSnippets } = await Promise.all(/* import() */[__webpack_require__.e(8439), __webpack_require__.e(2311), __webpack_require__.e(1208)]).then(__webpack_require__.bind(__webpack_require__, 91208));
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
    const reportPath = await (0,_platform_report_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJsonReport */ .a_)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(io.context.tempDir, 'kintsugi', 'diagnose-report.json'), report);
    io.setOutput('category', report.category);
    io.setOutput('summary', report.summary);
    io.setOutput('confidence', report.confidence);
    io.setOutput('failing-tests', report.failingTests);
    io.setOutput('report', reportPath);
    const summary = (0,_diagnose_render_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnoseSummary */ .d)(report, notes);
    await io.writeSummary(summary);
    io.annotate((0,_diagnose_render_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnoseAnnotations */ .R)(report), 50);
    if (settings.comment)
        await comment(io, github, summary.toMarkdown());
    return { status: 'success', message: report.summary, report, reportPath };
}
function needsGitHub(settings) {
    return settings.runId !== undefined || settings.baseline === 'auto' || settings.comment;
}
async function connect(io, settings) {
    const repo = io.context.repository;
    if (!settings.githubToken || !repo) {
        if (settings.runId !== undefined)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('Input run-id needs github-token and GITHUB_REPOSITORY (owner/repo) to download the logs');
        io.logger.warning('baseline: auto and comment need github-token and GITHUB_REPOSITORY; skipped');
        return undefined;
    }
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(6702)]).then(__webpack_require__.bind(__webpack_require__, 6702));
    return {
        octokit: createOctokit({
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
        const passing = await (0,_diagnose_log_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLogFiles */ .kg)(settings.baselineLogs, io.context.workspace, 'baseline-logs');
        for (const file of passing)
            baselines.set(file.job, file.path);
        // One passing log given for one failing log: compare them whatever their names.
        if (passing.length === 1 && files.length === 1)
            baselines.set(files[0].job, passing[0].path);
        return baselines;
    }
    if (settings.baseline !== 'auto' || !github)
        return baselines;
    const { getRun } = await __webpack_require__.e(/* import() */ 1281).then(__webpack_require__.bind(__webpack_require__, 1281));
    const run = failedRun ??
        (io.context.runId
            ? await getRun(github.octokit, { ...github.repo, runId: Number(io.context.runId) })
            : undefined);
    if (!run) {
        notes.push('baseline: auto needs run-id or GITHUB_RUN_ID to know the workflow and branch');
        return baselines;
    }
    const { downloadBaselineLogs } = await __webpack_require__.e(/* import() */ 1889).then(__webpack_require__.bind(__webpack_require__, 61889));
    const found = await downloadBaselineLogs(github.octokit, {
        ...github.repo,
        run,
        jobNames: [...new Set(files.map((f) => f.job))],
        dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workDir, 'baseline'),
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
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 7648).then(__webpack_require__.bind(__webpack_require__, 7648));
    const result = await upsertStickyComment(github.octokit, {
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


/***/ })

};
