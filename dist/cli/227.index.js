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

/***/ 85945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ analyseLog)
});

// EXTERNAL MODULE: ./src/diagnose/line-reader.ts
var line_reader = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/diagnose/normalise.ts
var normalise = __webpack_require__(93670);
;// CONCATENATED MODULE: ./src/diagnose/baseline.ts


/** Aligning two logs holds 4 bytes per line of each; past this many lines the diff is skipped. */
const MAX_ALIGNED_LINES = 4_000_000;
const ALIGNED = 1;
const MOVED = 2;
/**
 * Marks each line of the failing log: ALIGNED when the passing log has the same line (after removing
 * times, durations, ids, temp paths, hashes) at the matching place, MOVED when it has it elsewhere.
 * Index 0 is unused so marks[lineNo] reads naturally. Undefined when a log is too long to align.
 */
async function baselineMarks(failing, passing) {
    const a = await lineKeys(passing);
    const b = await lineKeys(failing);
    if (!a || !b)
        return undefined;
    const pairs = new Int32Array(b.length).fill(-1);
    alignRange(a, b, 0, a.length, 0, b.length, pairs, 0);
    const inPassing = new Set(a);
    const marks = new Uint8Array(b.length + 1);
    for (let j = 0; j < b.length; j++) {
        if (pairs[j] >= 0)
            marks[j + 1] = ALIGNED;
        else if (inPassing.has(b[j]))
            marks[j + 1] = MOVED;
    }
    return marks;
}
async function lineKeys(file) {
    let keys = new Uint32Array(1024);
    let n = 0;
    let tooLong = false;
    await (0,line_reader/* forEachLine */.F)(file, (line) => {
        if (n === MAX_ALIGNED_LINES) {
            tooLong = true;
            return false;
        }
        if (n === keys.length) {
            const bigger = new Uint32Array(keys.length * 2);
            bigger.set(keys);
            keys = bigger;
        }
        keys[n++] = hash((0,normalise/* comparisonKey */.tH)((0,normalise/* normaliseLine */.$M)(line).text));
        return true;
    });
    return tooLong ? undefined : keys.subarray(0, n);
}
/** FNV-1a, 32 bits: collisions only ever make a line look unchanged, and are rare at log sizes. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/**
 * Seed-and-extend (as CiDiff and patience diff): lines unique on both sides are seeds; the longest
 * in-order chain of seeds is kept, each seed is extended over equal neighbours, and the gaps between
 * seeds are aligned the same way. Gaps without unique lines match their equal ends.
 */
function alignRange(a, b, a0, a1, b0, b1, pairs, depth) {
    // Equal heads and tails first: cheap, and most of two runs of one build is identical.
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0])
        pairs[b0++] = a0++;
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1])
        pairs[--b1] = --a1;
    if (a0 >= a1 || b0 >= b1 || depth > 64)
        return;
    const seeds = chain(uniqueSeeds(a, b, a0, a1, b0, b1));
    if (seeds.length === 0)
        return;
    let prevA = a0;
    let prevB = b0;
    for (const [i, j] of seeds) {
        alignRange(a, b, prevA, i, prevB, j, pairs, depth + 1);
        pairs[j] = i;
        prevA = i + 1;
        prevB = j + 1;
    }
    alignRange(a, b, prevA, a1, prevB, b1, pairs, depth + 1);
}
function uniqueSeeds(a, b, a0, a1, b0, b1) {
    const inA = new Map();
    for (let i = a0; i < a1; i++)
        inA.set(a[i], inA.has(a[i]) ? -1 : i);
    const inB = new Map();
    for (let j = b0; j < b1; j++)
        inB.set(b[j], inB.has(b[j]) ? -1 : j);
    const seeds = [];
    for (const [key, j] of inB) {
        const i = inA.get(key);
        if (j >= 0 && i !== undefined && i >= 0)
            seeds.push([i, j]);
    }
    return seeds.sort((x, y) => x[1] - y[1]);
}
/** Longest chain of seeds increasing on both sides (seeds come sorted by their failing-log line). */
function chain(seeds) {
    const tails = [];
    const previous = new Int32Array(seeds.length).fill(-1);
    for (let k = 0; k < seeds.length; k++) {
        const i = seeds[k][0];
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (seeds[tails[mid]][0] < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const out = [];
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k])
        out.push(seeds[k]);
    return out.reverse();
}

;// CONCATENATED MODULE: ./src/diagnose/ranking.ts
/**
 * The root cause is the first block nearly as strong as the strongest one: tools print the cause
 * first and its consequences (summaries, `make: *** Error 1`, exit codes) after it. Further excerpts
 * are the next strongest blocks, in the order they were printed.
 */
function rankBlocks(blocks, options) {
    const candidates = blocks.filter((b) => b.score > 0);
    if (candidates.length === 0)
        return [];
    const best = Math.max(...candidates.map((b) => b.score));
    const rootCause = candidates.find((b) => b.score >= best * 0.8) ?? candidates[0];
    const others = candidates
        .filter((b) => b !== rootCause && b.score >= Math.max(best * 0.5, 1))
        .sort((a, b) => b.score - a.score || a.startLine - b.startLine)
        .slice(0, Math.max(0, options.maxExcerpts - 1))
        .sort((a, b) => a.startLine - b.startLine);
    return [rootCause, ...others];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/worker-tasks.ts
var worker_tasks = __webpack_require__(73290);
// EXTERNAL MODULE: ./src/diagnose/scanner.ts + 2 modules
var scanner = __webpack_require__(4316);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/diagnose/blocks.ts
var blocks = __webpack_require__(9296);
// EXTERNAL MODULE: ./src/diagnose/parsers/registry.ts + 27 modules
var registry = __webpack_require__(73677);
;// CONCATENATED MODULE: ./src/diagnose/segments.ts




/** Lines a segment's parsers may read above its first line (eslint looks 60 lines up). */
const LOOKBEHIND_BYTES = 16 << 10;
/** How far past the aimed-at offset a cut is looked for before that cut is given up. */
const SEARCH_BYTES = 1 << 20;
const WINDOW_BYTES = 64 << 10;
/** Plain lines that close any open block, in a row: after them the block builder is closed. */
const CLOSING_RUN = 3;
let trigger;
/**
 * Cuts a log into about `count` segments that can be scanned on their own and merged into exactly
 * what one scan gives. A segment starts after three lines in a row that have no trigger match and
 * cannot continue a block (not indented, not a frame, a tag or a `Caused by`): whatever was open,
 * the block builder is closed after them, and a line without a trigger opens nothing. Where no such
 * place is found near an aimed-at offset, the neighbouring segments stay one.
 */
function segmentsOf(file, size, count) {
    const handle = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const starts = [0];
        const window = Buffer.allocUnsafe(WINDOW_BYTES);
        for (let i = 1; i < count; i++) {
            const aim = Math.max(Math.floor((size * i) / count), starts[starts.length - 1] + 1);
            const cut = cutAfter(handle, window, aim, size);
            if (cut !== undefined && cut > starts[starts.length - 1] && cut < size)
                starts.push(cut);
        }
        return starts.map((start, i) => ({
            start,
            end: starts[i + 1] ?? size,
            lookbehind: start === 0 ? 0 : lookbehindOf(handle, start),
        }));
    }
    finally {
        (0,external_node_fs_.closeSync)(handle);
    }
}
/** The first place at or after `aim` where a segment can start, if one is near. */
function cutAfter(handle, window, aim, size) {
    trigger ??= new RegExp((0,registry/* triggerSource */.K1)());
    let position = aim;
    let run = 0;
    // Only whole lines count: the line `aim` falls in is skipped.
    let lineStart = -1;
    while (position < Math.min(size, aim + SEARCH_BYTES)) {
        const filled = (0,external_node_fs_.readSync)(handle, window, 0, window.length, position);
        if (filled === 0)
            return undefined;
        let p = 0;
        if (lineStart === -1) {
            const first = window.indexOf(10, 0);
            if (first === -1 || first >= filled) {
                position += filled;
                continue;
            }
            p = first + 1;
            lineStart = position + p;
        }
        for (;;) {
            const newline = window.indexOf(10, p);
            if (newline === -1 || newline >= filled)
                break;
            const raw = window.subarray(p, newline);
            run = closesAnyBlock(raw) ? run + 1 : 0;
            p = newline + 1;
            if (run === CLOSING_RUN)
                return position + p < size ? position + p : undefined;
        }
        if (p === 0)
            return undefined; // a line longer than the window: no cut here
        position += p;
    }
    return undefined;
}
function closesAnyBlock(raw) {
    if (trigger.test(raw.toString('latin1')))
        return false;
    return !(0,blocks/* mayContinueBlock */.Ou)((0,normalise/* normaliseLine */.$M)(raw.toString('utf8')).text);
}
/** A line start about LOOKBEHIND_BYTES before `start`. */
function lookbehindOf(handle, start) {
    const from = Math.max(0, start - LOOKBEHIND_BYTES);
    if (from === 0)
        return 0;
    const buffer = Buffer.allocUnsafe(start - from);
    const filled = (0,external_node_fs_.readSync)(handle, buffer, 0, buffer.length, from);
    const newline = buffer.subarray(0, filled).indexOf(10);
    return newline === -1 || from + newline + 1 > start ? start : from + newline + 1;
}

;// CONCATENATED MODULE: ./src/diagnose/scan-file.ts






const PARALLEL_FROM_BYTES = 32 << 20;
/** Segments are claimed one at a time, so a worker that starts late still takes its share. */
const SEGMENT_BYTES = 16 << 20;
const MAX_THREADS = 4;
/**
 * Scans a log for error blocks and findings. A large log without a baseline is cut into segments
 * that worker threads and this thread scan side by side; the merged result is what one scan gives.
 */
async function scanLogFile(file, options) {
    await (0,promises_.access)(file);
    const { size } = await (0,promises_.stat)(file);
    const threads = Math.min(options.threads ?? defaultThreads(), MAX_THREADS);
    // Baseline marks are numbered for the whole log: its scan stays in one piece.
    if (threads > 1 &&
        !options.baselineMarks &&
        size >= (options.parallelFromBytes ?? PARALLEL_FROM_BYTES)) {
        // At least four segments a thread: one that cannot be cut near its aim joins its neighbour.
        const count = Math.max(threads * 4, Math.ceil(size / SEGMENT_BYTES));
        const segments = segmentsOf(file, size, count);
        if (segments.length > 1) {
            const { scans, byWorkers } = await scanInParallel(file, segments, threads, options);
            return (0,scanner/* mergeSegments */.$9)(scans, byWorkers);
        }
    }
    return (0,scanner/* mergeSegments */.$9)([(0,scanner/* scanSegment */.DL)(file, { start: 0, end: size, lookbehind: 0 }, options)]);
}
/** KINTSUGI_SCAN_THREADS caps the threads a scan uses (1: this thread only); else one per core. */
function defaultThreads() {
    const set = process.env.KINTSUGI_SCAN_THREADS?.trim();
    if (set) {
        if (!/^[1-9]\d*$/.test(set))
            throw new errors/* ConfigError */.xL(`KINTSUGI_SCAN_THREADS is "${set}": expected a whole number of threads, 1 or more`);
        return Number(set);
    }
    return typeof (external_node_os_default()).availableParallelism === 'function'
        ? external_node_os_default().availableParallelism()
        : external_node_os_default().cpus().length;
}
async function scanInParallel(file, segments, threads, options) {
    const task = {
        file,
        segments,
        options: { maxExcerptLines: options.maxExcerptLines, chunkBytes: options.chunkBytes },
        next: new Int32Array(new SharedArrayBuffer(4)),
    };
    const results = new Array(segments.length);
    let scanned = 0;
    let ownScans = 0;
    let running = 0;
    let allIn = () => undefined;
    const done = new Promise((resolve) => (allIn = resolve));
    const settle = () => {
        if (scanned === segments.length || running === 0)
            allIn();
    };
    // Not written as new URL('./scan-worker.ts', import.meta.url): the bundler would copy the source.
    const source = new URL(import.meta.url.replace(/scan-file\.ts$/, 'scan-worker.ts'));
    const workers = [];
    for (let i = 1; i < threads; i++) {
        let worker;
        try {
            worker = (0,worker_tasks/* startWorkerTask */.AR)('scan', task, source);
        }
        catch {
            worker = undefined;
        }
        if (!worker)
            break;
        workers.push(worker);
        running++;
        worker.on('message', (message) => {
            if ('scan' in message) {
                results[message.index] = message.scan;
                scanned++;
                settle();
            }
        });
        // A worker that fails leaves its segment unscanned: this thread scans it after.
        worker.on('error', () => undefined);
        worker.once('exit', () => {
            running--;
            settle();
        });
    }
    // This thread claims segments too, from the same counter, while the workers start.
    for (;;) {
        if (options.workersOnly && workers.length > 0)
            break;
        const index = Atomics.add(task.next, 0, 1);
        if (index >= segments.length)
            break;
        results[index] = (0,scanner/* scanSegment */.DL)(file, segments[index], options);
        scanned++;
        ownScans++;
    }
    settle();
    await done;
    // Workers still starting have nothing left to claim.
    for (const worker of workers)
        void worker.terminate();
    const byWorkers = scanned - ownScans;
    return {
        scans: results.map((scan, i) => scan ?? (0,scanner/* scanSegment */.DL)(file, segments[i], options)),
        byWorkers,
    };
}

;// CONCATENATED MODULE: ./src/diagnose/analyse-log.ts



const FLAKY = /\b(?:timed? ?out|Timeout of \d+ms|ECONNRESET|socket hang up|flaky|deadlock|race condition|intermittent|EADDRINUSE)\b/i;
async function analyseLog(file, displayName, options) {
    const notes = [];
    let marks;
    if (options.baselineFile) {
        marks = await baselineMarks(file, options.baselineFile);
        if (!marks)
            notes.push(`baseline not used: ${displayName} or its baseline is too long to align`);
    }
    const scan = await scanLogFile(file, {
        maxExcerptLines: options.maxExcerptLines,
        baselineMarks: marks,
        threads: options.threads,
    });
    if (scan.invalidUtf8)
        notes.push(`${displayName} is not valid UTF-8; bad bytes are shown as U+FFFD`);
    const ranked = rankBlocks(scan.blocks, { maxExcerpts: options.maxExcerpts ?? 5 });
    const excerpts = ranked.map((b) => toExcerpt(displayName, b));
    const root = ranked[0];
    const tools = toolsByRelevance(scan.findings.toolWeights, root);
    const category = categoryOf(root, scan.findings.failingTests.length);
    const step = root?.step ?? scan.lastStep;
    return {
        file: displayName,
        category,
        confidence: confidenceOf(root, category, marks !== undefined),
        summary: summaryOf(category, root, tools, step),
        excerpts,
        failingTests: scan.findings.failingTests,
        locations: scan.findings.locations,
        tools,
        ...(step ? { failedStep: step, command: step.replace(/^Run /, '') } : {}),
        lineCount: scan.lineCount,
        bytes: scan.bytes,
        notes,
    };
}
function toExcerpt(file, block) {
    return {
        file,
        startLine: block.startLine,
        endLine: block.startLine + block.lines.length - 1,
        text: block.lines.join('\n'),
    };
}
/** Tools that found errors: the root cause's first, then by how much each found. */
function toolsByRelevance(weights, root) {
    const ordered = [...weights.entries()]
        .filter(([, w]) => w.weight >= 1)
        .sort((x, y) => y[1].weight - x[1].weight || x[1].firstLine - y[1].firstLine)
        .map(([tool]) => tool);
    const first = root?.tools ?? [];
    return [...first, ...ordered.filter((t) => !first.includes(t))];
}
function categoryOf(root, failingTests) {
    if (!root)
        return failingTests > 0 ? 'test' : 'unknown';
    if (root.category === 'test' && FLAKY.test(root.lines.join('\n')))
        return 'flaky-suspect';
    if (root.category === 'unknown' && failingTests > 0)
        return 'test';
    return root.category;
}
function confidenceOf(root, category, withBaseline) {
    if (!root || category === 'unknown')
        return root ? 0.3 : 0.1;
    let confidence = 0.3 + 0.1 * Math.min(root.strongest, 4);
    if (root.tools.length > 0)
        confidence += 0.1;
    if (withBaseline)
        confidence += 0.05;
    if (root.cascadeOnly)
        confidence -= 0.2;
    if (category === 'flaky-suspect')
        confidence -= 0.15;
    return Number(Math.max(0.1, Math.min(0.95, confidence)).toFixed(2));
}
function summaryOf(category, root, tools, step) {
    if (!root)
        return 'No error lines found in the log.';
    const headline = (root.headline ?? root.lines.find((l) => l.trim() !== '') ?? '').trim();
    const short = headline.length > 200 ? `${headline.slice(0, 197)}...` : headline;
    const tool = tools[0] ? ` (${tools[0]})` : '';
    const where = step ? ` in step "${step}"` : '';
    return `${category}${tool} failure${where} at line ${root.startLine}: ${short}`;
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

/***/ 36186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/** Calls `onLine` for each line of a file split on `\n` only (as line numbers count them). */
async function forEachLine(file, onLine) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        const buffer = Buffer.allocUnsafe(1 << 20);
        let rest = '';
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const text = rest + decoder.write(buffer.subarray(0, bytesRead));
            let start = 0;
            let at = text.indexOf('\n');
            while (at !== -1) {
                if (onLine(text.slice(start, at)) === false)
                    return;
                start = at + 1;
                at = text.indexOf('\n', start);
            }
            rest = text.slice(start);
        }
        rest += decoder.end();
        if (rest !== '')
            onLine(rest);
    }
    finally {
        await handle.close();
    }
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

/***/ 29512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ DIAGNOSE_SCHEMA_VERSION),
/* harmony export */   R6: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/* unused harmony export isCategory */
/**
 * The diagnose report: what patch and the self-heal pipeline read. Bump the version on any change
 * a reader could notice; readers check it before trusting the shape.
 */
const DIAGNOSE_SCHEMA_VERSION = 1;
const CATEGORIES = [
    'compile',
    'type-check',
    'test',
    'lint',
    'dependency',
    'config',
    'network',
    'infra',
    'timeout',
    'oom-or-disk',
    'permission',
    'flaky-suspect',
    'unknown',
];
function isCategory(value) {
    return typeof value === 'string' && CATEGORIES.includes(value);
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
