export const id = 8820;
export const ids = [8820];
export const modules = {

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

/***/ 74487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m7: () => (/* binding */ findOpenPullByHead),
/* harmony export */   ul: () => (/* binding */ openOrUpdatePull)
/* harmony export */ });
/* unused harmony exports addLabels, requestReviewers */
const toRef = (p) => ({
    number: p.number,
    url: p.html_url,
    nodeId: p.node_id,
    headSha: p.head.sha,
});
async function findOpenPullByHead(octokit, where) {
    const { data } = await octokit.rest.pulls.list({
        owner: where.owner,
        repo: where.repo,
        state: 'open',
        head: `${where.owner}:${where.head}`,
        ...(where.base ? { base: where.base } : {}),
        per_page: 10,
    });
    const pull = data.find((p) => p.head.ref === where.head);
    return pull && toRef(pull);
}
/** Opens the PR, or updates title and body of the open one for the same head; then labels and reviewers. */
async function openOrUpdatePull(octokit, spec) {
    const { owner, repo } = spec;
    const existing = await findOpenPullByHead(octokit, spec);
    let pull;
    if (existing) {
        const { data } = await octokit.rest.pulls.update({
            owner,
            repo,
            pull_number: existing.number,
            title: spec.title,
            body: spec.body,
        });
        pull = toRef(data);
    }
    else {
        const { data } = await octokit.rest.pulls.create({
            owner,
            repo,
            head: spec.head,
            base: spec.base,
            title: spec.title,
            body: spec.body,
            draft: spec.draft ?? false,
            maintainer_can_modify: true,
        });
        pull = toRef(data);
    }
    if (spec.labels?.length)
        await addLabels(octokit, { owner, repo, number: pull.number, labels: spec.labels });
    if (spec.reviewers?.length)
        await requestReviewers(octokit, {
            owner,
            repo,
            number: pull.number,
            reviewers: spec.reviewers,
        });
    return { ...pull, created: !existing };
}
async function addLabels(octokit, where) {
    await octokit.rest.issues.addLabels({
        owner: where.owner,
        repo: where.repo,
        issue_number: where.number,
        labels: where.labels,
    });
}
/** Splits `team:<slug>` / `org/<slug>` entries into team reviewers; the PR author is never asked. */
async function requestReviewers(octokit, where) {
    const teams = [];
    const users = [];
    for (const r of where.reviewers) {
        if (r.startsWith('team:'))
            teams.push(r.slice(5));
        else if (r.includes('/'))
            teams.push(r.split('/').pop());
        else
            users.push(r.replace(/^@/, ''));
    }
    if (!teams.length && !users.length)
        return;
    await octokit.rest.pulls.requestReviewers({
        owner: where.owner,
        repo: where.repo,
        pull_number: where.number,
        ...(users.length ? { reviewers: users } : {}),
        ...(teams.length ? { team_reviewers: teams } : {}),
    });
}


/***/ }),

/***/ 43546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _m: () => (/* binding */ createCommandRunner)
/* harmony export */ });
/* unused harmony exports scrubEnvironment, detectIsolation */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const OUTPUT_CAP = 200_000;
/** Variable names never handed to the user's tools: tokens, secrets and the runner's own plumbing. */
const SCRUBBED = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|AUTH|COOKIE|SESSION|^GITHUB_|^ACTIONS_|^INPUT_|^RUNNER_|^ANTHROPIC_|^OPENAI_|^NPM_CONFIG__/i;
function scrubEnvironment(env) {
    const clean = {};
    for (const [name, value] of Object.entries(env))
        if (!SCRUBBED.test(name))
            clean[name] = value;
    return clean;
}
let detected;
/** bubblewrap when installed and working, else an unprivileged network namespace, else none. */
function detectIsolation() {
    if (detected)
        return detected;
    const works = (file, args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(file, args, { stdio: 'ignore', timeout: 5000 }).status === 0;
    if (works('bwrap', ['--dev-bind', '/', '/', '--unshare-net', 'true']))
        detected = 'bwrap';
    else if (works('unshare', ['-rn', 'true']))
        detected = 'unshare';
    else
        detected = 'none';
    return detected;
}
function wrap(isolation, file, args) {
    if (isolation === 'bwrap')
        return ['bwrap', ['--dev-bind', '/', '/', '--unshare-net', '--die-with-parent', file, ...args]];
    if (isolation === 'unshare')
        return ['unshare', ['-rn', file, ...args]];
    return [file, args];
}
function createCommandRunner(options = {}) {
    const env = scrubEnvironment(options.env ?? process.env);
    const isolation = options.isolation ?? detectIsolation();
    const run = (label, file, args, run) => {
        const used = run.isolated ? isolation : 'none';
        const [program, argv] = wrap(used, file, args);
        return spawnCaptured(label, program, argv, { ...run, env }, used);
    };
    return {
        isolation,
        shell: (command, options) => run(command, 'sh', ['-c', command], options),
        exec: (file, args, options) => run([file, ...args].join(' '), file, args, options),
        async which(name) {
            for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
                if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK).then(() => true, () => false))
                    return file;
            }
            return undefined;
        },
    };
}
function spawnCaptured(command, file, args, options, isolation) {
    const started = Date.now();
    return new Promise((resolve) => {
        let output = '';
        let timedOut = false;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const append = (chunk) => {
            if (output.length < OUTPUT_CAP)
                output += chunk.toString('utf8');
        };
        child.stdout.on('data', append);
        child.stderr.on('data', append);
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        const finish = (exitCode, spawnError) => {
            clearTimeout(timer);
            if (spawnError)
                output += `${spawnError.message}\n`;
            const notFound = spawnError?.code === 'ENOENT' || exitCode === 127;
            resolve({
                command,
                exitCode,
                output: output.slice(0, OUTPUT_CAP),
                timedOut,
                notFound,
                durationMs: Date.now() - started,
                isolation,
            });
        };
        child.on('error', (error) => finish(null, error));
        child.on('close', (code) => finish(timedOut ? null : code));
    });
}
function killGroup(pid) {
    if (!pid)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}


/***/ }),

/***/ 24830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ githubPullRequestHost)
});

;// CONCATENATED MODULE: ./src/github/git-data.ts
async function commitFilesToBranch(octokit, change) {
    const { owner, repo, branch, baseSha } = change;
    const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha });
    const tree = await octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: base.data.tree.sha,
        tree: await Promise.all(change.files.map((f) => treeEntry(octokit, owner, repo, f))),
    });
    const ref = `heads/${branch}`;
    const current = await getBranchSha(octokit, { owner, repo, branch });
    if (current) {
        const head = await octokit.rest.git.getCommit({ owner, repo, commit_sha: current });
        if (head.data.tree.sha === tree.data.sha && head.data.parents.some((p) => p.sha === baseSha))
            return { sha: current, changed: false, verified: head.data.verification?.verified ?? false };
    }
    const commit = await octokit.rest.git.createCommit({
        owner,
        repo,
        message: change.message,
        tree: tree.data.sha,
        parents: [baseSha],
    });
    if (current)
        await octokit.rest.git.updateRef({
            owner,
            repo,
            ref,
            sha: commit.data.sha,
            force: change.force ?? true,
        });
    else
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha: commit.data.sha });
    return {
        sha: commit.data.sha,
        changed: true,
        verified: commit.data.verification?.verified ?? false,
    };
}
/** The branch's head commit, or undefined when the branch does not exist. */
async function getBranchSha(octokit, where) {
    try {
        const { data } = await octokit.rest.git.getRef({
            owner: where.owner,
            repo: where.repo,
            ref: `heads/${where.branch}`,
        });
        return data.object.sha;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
async function deleteBranch(octokit, where) {
    await octokit.rest.git.deleteRef({
        owner: where.owner,
        repo: where.repo,
        ref: `heads/${where.branch}`,
    });
}
/** Each file becomes a blob sent as base64, so no byte is reinterpreted on the way. */
async function treeEntry(octokit, owner, repo, file) {
    const mode = file.executable ? '100755' : '100644';
    if (file.content === null)
        return { path: file.path, mode, type: 'blob', sha: null };
    const { data } = await octokit.rest.git.createBlob({
        owner,
        repo,
        content: Buffer.from(file.content).toString('base64'),
        encoding: 'base64',
    });
    return { path: file.path, mode, type: 'blob', sha: data.sha };
}

// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
;// CONCATENATED MODULE: ./src/patch/github-host.ts


/**
 * The PullRequestHost over GitHub, through the shared helpers: commits through the Git Data API
 * (so GitHub signs them), one PR per head branch opened or updated.
 */
function githubPullRequestHost(octokit, repository) {
    const { owner, repo } = repository;
    return {
        async commitToBranch({ branch, baseSha, message, files }) {
            const result = await commitFilesToBranch(octokit, {
                owner,
                repo,
                branch,
                baseSha,
                message,
                files,
                force: true,
            });
            return { sha: result.sha, changed: result.changed };
        },
        async openOrUpdatePull(spec) {
            const pull = await (0,pulls/* openOrUpdatePull */.ul)(octokit, { owner, repo, head: spec.branch, ...spec });
            return { number: pull.number, url: pull.url, created: pull.created };
        },
        async defaultBranch() {
            return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
        },
    };
}


/***/ }),

/***/ 96837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* reexport */ heal_settings/* DEFAULT_HEAL_SETTINGS */.t),
  $: () => (/* binding */ healFailure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/patch/fixers/registry.ts
var registry = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/patch/fixers/types.ts
var types = __webpack_require__(9015);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/patch/edits/lines.ts
/** Line-level text helpers shared by the matchers: normalisation, similarity, indentation. */
/** A line compared "modulo whitespace": trimmed, inner runs of blanks collapsed. */
function normalizeLine(line) {
    return line.trim().replace(/\s+/g, ' ');
}
function isBlank(line) {
    return line.trim() === '';
}
function leadingWhitespace(line) {
    return /^[ \t]*/.exec(line)[0];
}
/** Split into lines; a final newline does not make an extra empty line. */
function toLines(text) {
    const lines = text.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Levenshtein distance, bailing out early once it exceeds `limit`. */
function editDistance(a, b, limit = Infinity) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            current.push(value);
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length];
}
/** 1 for equal lines (modulo whitespace), falling towards 0 with the edit distance; below 0.5 is 0. */
function lineSimilarity(a, b) {
    const x = normalizeLine(a);
    const y = normalizeLine(b);
    if (x === y)
        return 1;
    if (x === '' || y === '')
        return 0;
    const longest = Math.max(x.length, y.length);
    const distance = editDistance(x, y, Math.floor(longest / 2));
    const similarity = 1 - distance / longest;
    return similarity < 0.5 ? 0 : similarity;
}
/**
 * A line that stands for code the model left out: `...`, `// ...`, `# ... existing code ...`.
 * JavaScript spread (`...rest`) is code, not an elision, so words must follow a space.
 */
function isElisionLine(line) {
    const body = line
        .trim()
        .replace(/^(\/\/+|#+|\/\*+|\*|<!--|--)\s*/, '')
        .replace(/\s*(\*\/|-->)$/, '');
    return /^(\.\.\.|…)(\s+[A-Za-z ,()]*)?(\.\.\.|…)?$/.test(body);
}
/**
 * Moves a line written against the model's indentation onto the file's: the part of its indentation
 * that the model's anchor line had is swapped for the file's anchor indentation.
 */
function reindent(line, modelAnchor, fileAnchor) {
    if (isBlank(line))
        return '';
    const indent = leadingWhitespace(line);
    const body = line.slice(indent.length).trimEnd();
    if (modelAnchor === fileAnchor)
        return indent + body;
    if (indent.startsWith(modelAnchor)) {
        return (fileAnchor + convertIndent(indent.slice(modelAnchor.length), modelAnchor, fileAnchor) + body);
    }
    // Less indented than the anchor: shorten the file's indentation by the same amount.
    const missing = modelAnchor.length - indent.length;
    return fileAnchor.slice(0, Math.max(0, fileAnchor.length - missing)) + body;
}
/** Extra indentation written in spaces where the file indents with tabs (or the reverse). */
function convertIndent(extra, modelAnchor, fileAnchor) {
    const fileUsesTabs = fileAnchor.includes('\t') && !fileAnchor.includes(' ');
    const modelUsesSpaces = !modelAnchor.includes('\t');
    if (fileUsesTabs && modelUsesSpaces && /^ +$/.test(extra) && fileAnchor.length > 0) {
        const width = Math.max(1, Math.round(modelAnchor.length / fileAnchor.length)) || 2;
        return '\t'.repeat(Math.round(extra.length / width));
    }
    return extra;
}

;// CONCATENATED MODULE: ./src/patch/edits/locate.ts

/** A fuzzy match must score at least this (mean line similarity over the longer side). */
const FUZZY_THRESHOLD = 0.85;
/** ...and beat every other region by this much, or it is ambiguous. */
const FUZZY_MARGIN = 0.1;
/** What a similar-but-not-equal line counts for, against 1 for a line quoted right. */
const INEXACT_WEIGHT = 0.8;
/** A fuzzy window may have this many lines more or fewer than the SEARCH block. */
const LENGTH_SLACK = 2;
/** Whitespace-tolerant first, then a unique fuzzy match. */
function locateBlock(file, search, decisive) {
    const tolerant = findWhitespaceMatches(file, search);
    if (tolerant.length === 1)
        return { kind: 'unique', match: tolerant[0] };
    if (tolerant.length > 1) {
        return {
            kind: 'ambiguous',
            candidates: tolerant.map((m) => ({ start: m.start, end: m.end, score: 1 })),
        };
    }
    return locateFuzzy(file, search, decisive);
}
function findWhitespaceMatches(file, search) {
    const wanted = search.map(normalizeLine);
    if (wanted.every((line) => line === ''))
        return [];
    const normalized = file.map(normalizeLine);
    const matches = [];
    for (let start = 0; start + wanted.length <= file.length; start++) {
        if (wanted.every((line, k) => normalized[start + k] === line)) {
            matches.push({
                start,
                end: start + wanted.length - 1,
                alignment: wanted.map((_, k) => start + k),
                score: 1,
                strategy: 'whitespace',
            });
        }
    }
    return matches;
}
function locateFuzzy(file, search, decisive) {
    const scored = scoreWindows(file, search);
    const best = scored[0];
    if (!best || best.score < FUZZY_THRESHOLD) {
        const candidates = scored.length > 0 ? scored.slice(0, 3).map(toCandidate) : closestLines(file, search);
        return { kind: 'missing', candidates };
    }
    const rivals = scored.filter((m) => m !== best && !consistent(m, best, decisive) && m.score > best.score - FUZZY_MARGIN);
    if (rivals.length > 0) {
        return { kind: 'ambiguous', candidates: [best, ...rivals].slice(0, 3).map(toCandidate) };
    }
    return { kind: 'unique', match: best };
}
/**
 * For "did you mean" when no window shares a line with the SEARCH: the file lines most like its
 * first lines, each shown as a window the size of the SEARCH. Bounded so a huge file stays cheap.
 */
function closestLines(file, search) {
    const probes = search
        .map((line, k) => ({ line, k }))
        .filter((p) => !isBlank(p.line))
        .slice(0, 3);
    if (probes.length === 0 || file.length > 5_000)
        return [];
    const best = [];
    for (let i = 0; i < file.length; i++) {
        for (const probe of probes) {
            const score = lineSimilarity(probe.line, file[i]);
            if (score === 0)
                continue;
            const start = Math.max(0, i - probe.k);
            best.push({
                start,
                end: Math.min(file.length - 1, start + search.length - 1),
                score: Number(score.toFixed(3)),
            });
        }
    }
    best.sort((a, b) => b.score - a.score || a.start - b.start);
    return best.filter((c, k) => best.findIndex((d) => d.start === c.start) === k).slice(0, 3);
}
function toCandidate(m) {
    return { start: m.start, end: m.end, score: Number(m.score.toFixed(3)) };
}
/**
 * The same placement seen through another window: every decisive search line (one the edit
 * deletes or inserts next to) that both align goes to the same file line. A look-alike block
 * elsewhere, or the decisive lines shifted onto neighbours, is a rival.
 */
function consistent(a, b, decisive) {
    if (a.start > b.end || b.start > a.end)
        return false;
    let shared = 0;
    for (const [si, fi] of a.alignment.entries()) {
        if (decisive && !decisive.includes(si))
            continue;
        const other = b.alignment[si];
        if (fi === null || other === null || other === undefined)
            continue;
        if (fi !== other)
            return false;
        shared++;
    }
    return shared > 0;
}
/**
 * Every plausible window, best first. Windows are pre-filtered by how many of their lines occur
 * verbatim (modulo whitespace) in the search, then aligned line by line.
 */
function scoreWindows(file, search) {
    const wanted = new Set(search.filter((l) => !isBlank(l)).map(normalizeLine));
    const nonBlank = search.filter((l) => !isBlank(l)).length;
    if (nonBlank === 0)
        return [];
    const hits = [0];
    for (const line of file)
        hits.push(hits[hits.length - 1] + (wanted.has(normalizeLine(line)) ? 1 : 0));
    const needed = Math.max(1, Math.ceil(nonBlank * 0.4));
    const cache = new Map();
    const similarity = (si, fi) => {
        const key = fi * search.length + si;
        let value = cache.get(key);
        if (value === undefined) {
            value = lineSimilarity(search[si], file[fi]);
            cache.set(key, value);
        }
        return value;
    };
    const seen = new Map();
    for (let size = Math.max(1, search.length - LENGTH_SLACK); size <= search.length + LENGTH_SLACK; size++) {
        for (let start = 0; start + size <= file.length; start++) {
            if (hits[start + size] - hits[start] < needed)
                continue;
            const match = alignWindow(search, start, size, similarity);
            if (!match)
                continue;
            const key = `${match.start}:${match.end}`;
            const known = seen.get(key);
            if (!known || known.score < match.score)
                seen.set(key, match);
        }
    }
    return [...seen.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}
/** Best monotone pairing of search lines with window lines (gaps allowed), as a BlockMatch. */
function alignWindow(search, start, size, similarity) {
    const n = search.length;
    // A line quoted right is worth 1, a similar one less than its similarity: a gap (a line the
    // model left out or invented) beats shifting every line onto a look-alike.
    const worth = (i, j) => {
        const sim = similarity(i, start + j);
        return sim === 1 ? 1 : sim * INEXACT_WEIGHT;
    };
    // best[i][j]: best total for search[i..] against window[j..]
    const best = Array.from({ length: n + 1 }, () => new Array(size + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = size - 1; j >= 0; j--) {
            const sim = worth(i, j);
            const pair = sim > 0 ? sim + best[i + 1][j + 1] : -1;
            best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
        }
    }
    const alignment = new Array(n).fill(null);
    let i = 0;
    let j = 0;
    while (i < n && j < size) {
        const sim = worth(i, j);
        if (sim > 0 && best[i][j] === sim + best[i + 1][j + 1]) {
            alignment[i] = start + j;
            i++;
            j++;
        }
        else if (best[i][j] === best[i + 1][j])
            i++;
        else
            j++;
    }
    const aligned = alignment.filter((a) => a !== null);
    if (aligned.length === 0)
        return undefined;
    const first = aligned[0];
    const last = aligned[aligned.length - 1];
    const span = last - first + 1;
    return {
        start: first,
        end: last,
        alignment,
        score: best[0][0] / Math.max(n, span),
        strategy: 'fuzzy',
    };
}

;// CONCATENATED MODULE: ./src/patch/edits/result.ts
function reject(reason, didYouMean) {
    return { applied: false, reason, didYouMean };
}
/** "did you mean" lines: the closest regions with their line numbers. */
function describe(file, candidates) {
    return candidates.slice(0, 3).map((c) => {
        const shown = file.slice(c.start, Math.min(c.end, c.start + 11) + 1);
        const body = shown
            .map((line, k) => `${String(c.start + k + 1).padStart(5)}| ${line}`)
            .join('\n');
        const more = c.end > c.start + 11 ? `\n     | ... (${c.end - c.start - 11} more lines)` : '';
        return `lines ${c.start + 1}-${c.end + 1} (similarity ${c.score.toFixed(2)}):\n${body}${more}`;
    });
}

;// CONCATENATED MODULE: ./src/patch/edits/indent.ts

function indentPairs(alignment, s, file) {
    const pairs = [];
    for (const [si, fi] of alignment.entries()) {
        if (fi === null || isBlank(s[si]) || isBlank(file[fi]))
            continue;
        pairs.push({ si, model: leadingWhitespace(s[si]), file: leadingWhitespace(file[fi]) });
    }
    return pairs;
}
/**
 * The file's indentation for a line the model adds, or undefined when it cannot be told. A quoted
 * line the model indented the same way tells it: first a line this one replaces, else the nearest
 * quoted lines, which must agree (a model that halved the file's indentation may have merged two
 * depths into one). Failing that, only one consistent shift across every quoted line is trusted.
 */
function indentFor(line, at, pairs) {
    if (isBlank(line))
        return '';
    const model = leadingWhitespace(line);
    const body = line.slice(model.length).trimEnd();
    const same = pairs.filter((p) => p.model === model);
    const replaced = same.filter((p) => at.replacing.includes(p.si));
    const distance = (p) => p.si >= at.position ? p.si - at.position : at.position - 1 - p.si;
    const nearest = same.filter((p) => distance(p) === Math.min(...same.map(distance)));
    for (const candidates of [replaced, nearest]) {
        const files = new Set(candidates.map((p) => p.file));
        if (files.size === 1)
            return [...files][0] + body;
        if (files.size > 1)
            return undefined;
    }
    const shifts = new Set(pairs.map(shiftOf));
    if (shifts.size !== 1)
        return undefined;
    const [pair] = pairs;
    return reindent(line, pair.model, pair.file);
}
function shiftOf(pair) {
    if (pair.file.endsWith(pair.model))
        return `add ${JSON.stringify(pair.file.slice(0, pair.file.length - pair.model.length))}`;
    if (pair.model.endsWith(pair.file))
        return `drop ${pair.model.length - pair.file.length}`;
    return `map ${JSON.stringify(pair.model)} ${JSON.stringify(pair.file)}`;
}

;// CONCATENATED MODULE: ./src/patch/edits/splice.ts



/**
 * Writes REPLACE over a located match: unchanged search lines keep the file's own text (so the model's
 * whitespace slips do not leak in), deleted ones must match modulo whitespace, inserted ones are
 * re-indented onto the file's indentation.
 */
function spliceMatch(file, match, s, r) {
    const ops = diffLines(s, r);
    const pairs = indentPairs(match.alignment, s, file);
    const out = [];
    let cursor = match.start;
    for (const [index, op] of ops.entries()) {
        if (op.op === 'insert') {
            const doubt = insertionDoubt(ops, index, match, s, file);
            if (doubt)
                return reject(doubt, describe(file, [match]));
            const line = indentFor(r[op.ri], { position: positionOf(ops, index, s.length), replacing: hunkDeletes(ops, index) }, pairs);
            if (line === undefined) {
                return reject(`cannot tell the indentation of the new line ${JSON.stringify(r[op.ri].trim())}; quote a line indented like it`, []);
            }
            out.push(line);
            continue;
        }
        const fi = match.alignment[op.si];
        if (fi === null || fi === undefined) {
            if (op.op === 'delete' && !isBlank(s[op.si])) {
                return reject(`the line to change is not in the file: ${JSON.stringify(s[op.si].trim())}`, describe(file, [match]));
            }
            continue;
        }
        while (cursor < fi)
            out.push(file[cursor++]);
        if (op.op === 'delete' && !sameModuloWhitespace(file[fi], s[op.si])) {
            return reject(`the line to change differs from the file at line ${fi + 1}: ${JSON.stringify(file[fi].trim())}`, describe(file, [match]));
        }
        if (op.op === 'keep')
            out.push(file[fi]);
        cursor = fi + 1;
    }
    while (cursor <= match.end)
        out.push(file[cursor++]);
    const content = [...file.slice(0, match.start), ...out, ...file.slice(match.end + 1)].join('\n');
    return {
        applied: true,
        content,
        strategy: match.strategy,
        startLine: match.start + 1,
        endLine: match.end + 1,
    };
}
function sameModuloWhitespace(a, b) {
    return normalizeLine(a) === normalizeLine(b);
}
/**
 * The search lines whose placement decides what the edit does: those it deletes, and the neighbours
 * of each line it inserts. Two placements that agree on these make the same edit.
 */
function decisiveLines(s, r) {
    const ops = diffLines(s, r);
    const decisive = new Set();
    for (const [index, op] of ops.entries()) {
        if (op.op === 'delete')
            decisive.add(op.si);
        if (op.op !== 'insert')
            continue;
        for (const step of [-1, 1]) {
            for (let k = index + step; k >= 0 && k < ops.length; k += step) {
                const near = ops[k];
                if (near.op === 'insert')
                    continue;
                decisive.add(near.si);
                break;
            }
        }
    }
    return [...decisive];
}
/** The search lines deleted in the same change as the insertion at `index` (what it replaces). */
function hunkDeletes(ops, index) {
    const deleted = [];
    for (const step of [-1, 1]) {
        for (let k = index + step; k >= 0 && k < ops.length && ops[k].op !== 'keep'; k += step) {
            const op = ops[k];
            if (op.op === 'delete')
                deleted.push(op.si);
        }
    }
    return deleted;
}
/** The search index an insertion sits before (for finding the quoted line nearest to it). */
function positionOf(ops, index, searchLength) {
    for (let k = index + 1; k < ops.length; k++) {
        const op = ops[k];
        if (op.op !== 'insert')
            return op.si;
    }
    return searchLength;
}
/**
 * Where an inserted line goes is only certain between two quoted lines that are neighbours in the
 * file and, in a fuzzy match, were quoted right (modulo whitespace).
 */
function insertionDoubt(ops, index, match, s, file) {
    const neighbour = (step) => {
        for (let k = index + step; k >= 0 && k < ops.length; k += step) {
            const op = ops[k];
            if (op.op !== 'insert')
                return { si: op.si, fi: match.alignment[op.si] ?? null };
        }
        return undefined;
    };
    const before = neighbour(-1);
    const after = neighbour(1);
    for (const side of [before, after]) {
        if (!side)
            continue;
        if (side.fi === null)
            return 'a new line sits next to a quoted line that is not in the file; quote the lines around it exactly';
        if (match.strategy === 'fuzzy' && !sameModuloWhitespace(file[side.fi], s[side.si])) {
            return `a new line sits next to a line quoted inexactly (file line ${side.fi + 1}); quote the lines around it exactly`;
        }
    }
    if (before?.fi != null && after?.fi != null && after.fi - before.fi > 1) {
        return 'a new line falls next to lines the SEARCH left out; quote them';
    }
    return undefined;
}
/**
 * Longest-common-subsequence line diff of SEARCH against REPLACE. Trailing whitespace is ignored: a
 * model that re-types a context line with other trailing blanks has not changed it.
 */
function diffLines(search, replace) {
    const s = search.map((l) => l.trimEnd());
    const r = replace.map((l) => l.trimEnd());
    const n = s.length;
    const m = r.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] =
                s[i] === r[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && s[i] === r[j]) {
            ops.push({ op: 'keep', si: i++ });
            j++;
        }
        else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j]))
            ops.push({ op: 'insert', ri: j++ });
        else
            ops.push({ op: 'delete', si: i++ });
    }
    return ops;
}

;// CONCATENATED MODULE: ./src/patch/edits/elided.ts




/** How many lines an elision may stand for when it is used to place a repeated part. */
const MAX_ELIDED = 150;
/** `...` in the SEARCH stands for lines the model left out: both sides are placed, the middle kept. */
function applyElided(file, s, r) {
    const si = s.findIndex(isElisionLine);
    const ri = r.findIndex(isElisionLine);
    if (si < 0 ||
        ri < 0 ||
        s.filter(isElisionLine).length > 1 ||
        r.filter(isElisionLine).length > 1) {
        return reject('an elided "..." must appear once in both SEARCH and REPLACE; quote the lines instead', []);
    }
    const parts = [
        { s: s.slice(0, si), r: r.slice(0, ri) },
        { s: s.slice(si + 1), r: r.slice(ri + 1) },
    ];
    const changed = parts.map((p) => !sameLines(p.s, p.r));
    const placed = [];
    for (const [k, part] of parts.entries()) {
        if (part.s.every(isBlank)) {
            if (changed[k])
                return reject('text added next to an elided "..." has no anchor', []);
            placed.push(undefined);
            continue;
        }
        // A changed side must be unique on its own; an unchanged one only confirms the order.
        const located = locateBlock(file, part.s, decisiveLines(part.s, part.r));
        if (located.kind === 'unique')
            placed.push(located.match);
        else if (!changed[k] || located.kind === 'ambiguous')
            placed.push(undefined);
        else
            return reject(`the part ${k === 0 ? 'before' : 'after'} "..." is not unique or not found`, describe(file, located.candidates));
    }
    // A changed side that repeats in the file is taken next to the unique unchanged side (the model
    // quoted them as one block), and only where it matches modulo whitespace.
    for (const k of [0, 1]) {
        const other = placed[1 - k];
        if (placed[k] || !changed[k] || !other)
            continue;
        const near = findWhitespaceMatches(file, parts[k].s).filter((m) => k === 0
            ? m.end < other.start && other.start - m.end <= MAX_ELIDED
            : m.start > other.end && m.start - other.end <= MAX_ELIDED);
        // One candidate only: a second one could sit inside the elided middle.
        if (near.length !== 1)
            return reject(`the part ${k === 0 ? 'before' : 'after'} "..." is ${near.length ? 'not unique' : 'not found'} near the other part; quote more lines`, []);
        placed[k] = near[0];
    }
    if (placed.some((m, k) => !m && changed[k]))
        return reject('the changed part around "..." is not unique; quote more lines', []);
    const [head, tail] = placed;
    if (head && tail && head.end >= tail.start)
        return reject('the parts around "..." are out of order in the file', []);
    if (!changed[0] && !changed[1])
        return reject('SEARCH and REPLACE are the same', []);
    let lines = file;
    // Splice the later part first so that the earlier one's line numbers stay valid.
    for (const k of [1, 0]) {
        const match = placed[k];
        const part = parts[k];
        if (!match || !changed[k])
            continue;
        const result = spliceMatch(lines, match, part.s, part.r);
        if (!result.applied)
            return result;
        lines = result.content.split('\n');
    }
    const first = placed.find((m) => m);
    return {
        applied: true,
        content: lines.join('\n'),
        strategy: 'elided',
        startLine: first.start + 1,
        endLine: (tail ?? first).end + 1,
    };
}
function sameLines(a, b) {
    return a.length === b.length && a.every((line, k) => line === b[k]);
}

;// CONCATENATED MODULE: ./src/patch/edits/apply.ts






/**
 * Applies one SEARCH/REPLACE to a file's text (undefined: the file does not exist).
 * Exact first; then whitespace/indentation-tolerant; then an elided middle (`...`); then a unique
 * fuzzy match. A line the edit changes or deletes must always be found modulo whitespace: only
 * unchanged context may be matched fuzzily, so a misquoted line is never overwritten.
 */
function applyEditToText(content, search, replace) {
    if (content === undefined) {
        if (search.trim() !== '')
            return reject('the file does not exist (use an empty SEARCH to create it)', []);
        return {
            applied: true,
            content: replace,
            strategy: 'create',
            startLine: 1,
            endLine: toLines(replace).length,
        };
    }
    if (search.trim() === '')
        return reject('empty SEARCH on a file that exists; quote the lines to change', []);
    const crlf = content.includes('\r\n');
    const text = crlf ? content.replace(/\r\n/g, '\n') : content;
    const result = applyToLf(text, search.replace(/\r\n/g, '\n'), replace.replace(/\r\n/g, '\n'));
    if (result.applied && crlf)
        result.content = result.content.replace(/\n/g, '\r\n');
    return result;
}
function applyToLf(text, search, replace) {
    const fileLines = text.split('\n');
    const exact = findAll(text, search);
    if (exact.length === 1) {
        const at = exact[0];
        const startLine = lineOf(text, at);
        return {
            applied: true,
            content: text.slice(0, at) + replace + text.slice(at + search.length),
            strategy: 'exact',
            startLine,
            endLine: startLine + toLines(search).length - 1,
        };
    }
    if (exact.length > 1) {
        const spans = exact.map((at) => {
            const start = lineOf(text, at) - 1;
            return { start, end: start + toLines(search).length - 1, score: 1 };
        });
        return reject(`SEARCH matches ${exact.length} places; add context to make it unique`, describe(fileLines, spans));
    }
    const { search: s, replace: r } = trimBlankEdges(toLines(search), toLines(replace), replace.endsWith('\n'));
    if (s.some(isElisionLine) || r.some(isElisionLine))
        return applyElided(fileLines, s, r);
    const located = locateBlock(fileLines, s, decisiveLines(s, r));
    if (located.kind !== 'unique') {
        const why = located.kind === 'ambiguous'
            ? 'SEARCH matches more than one place (ignoring whitespace or approximately); add context'
            : 'SEARCH does not match the file';
        return reject(why, describe(fileLines, located.candidates));
    }
    return spliceMatch(fileLines, located.match, s, r);
}
function findAll(text, needle) {
    const found = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        found.push(at);
    return found;
}
function lineOf(text, offset) {
    let line = 1;
    for (let k = 0; k < offset; k++)
        if (text.charCodeAt(k) === 10)
            line++;
    return line;
}
/**
 * Blank lines at the edges of SEARCH are the model's framing, not content to find. A whitespace-only
 * line left at an edge of REPLACE with no counterpart is a stray, not a new blank line.
 */
function trimBlankEdges(s, r, endsWithNewline) {
    const search = [...s];
    const replace = [...r];
    while (search.length > 0 && isBlank(search[0])) {
        search.shift();
        if (replace.length > 0 && isBlank(replace[0]))
            replace.shift();
    }
    while (search.length > 0 && isBlank(search[search.length - 1])) {
        search.pop();
        if (replace.length > 0 && isBlank(replace[replace.length - 1]))
            replace.pop();
    }
    // Only a last line without its newline: `x\n  ` is `x\n` typed with trailing blanks.
    const last = replace[replace.length - 1];
    if (last !== undefined && last !== '' && isBlank(last) && !endsWithNewline)
        replace.pop();
    return { search, replace };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/secrets/index.ts + 3 modules
var src_secrets = __webpack_require__(96218);
;// CONCATENATED MODULE: ./src/patch/safety.ts


/** Never patched, whatever the inputs say. */
const ALWAYS_DENIED = ['.github/workflows/**', '.git/**', '**/.git/**'];
const TEST_FILE = /(^|\/)(test|tests|__tests__|spec|specs)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.(py|go)$|Tests?\.(java|kt|cs)$|_spec\.rb$/;
/** A test being declared, in the frameworks we know; fewer of them after a patch means tests were deleted. */
const TEST_DECLARATION = /\b(it|test)\s*\(|^\s*def test_|^\s*func Test|#\[test\]|@Test\b|^\s*(it|specify|scenario)\s+['"]/;
const TEST_SKIP = /\b(it|test|describe|context|suite|specify)\.(skip|only|todo|fixme)\b|\b(xit|xdescribe|xtest|xcontext|fit|fdescribe)\s*\(|@pytest\.mark\.(skip|skipif|xfail)\b|\bpytest\.skip\s*\(|\bunittest\.skip|\bt\.Skip(Now|f)?\s*\(|#\[ignore\]|@Disabled\b|@Ignore\b|\bthis\.skip\s*\(|\.skip\s*\(/;
const TODO_MARKER = /\b(TODO|FIXME|XXX|HACK)\b/;
/** Lines only in `after` and lines only in `before`, as multisets (order does not matter here). */
function lineDelta(before, after) {
    const count = new Map();
    for (const line of before === undefined ? [] : before.split('\n'))
        count.set(line, (count.get(line) ?? 0) + 1);
    const added = [];
    for (const line of after === undefined ? [] : after.split('\n')) {
        const left = count.get(line) ?? 0;
        if (left > 0)
            count.set(line, left - 1);
        else
            added.push(line);
    }
    const removed = [...count].flatMap(([line, n]) => new Array(n).fill(line));
    return { added, removed };
}
function occurrences(lines, pattern) {
    return lines.filter((line) => pattern.test(line)).length;
}
function pathRefusal(file, policy) {
    const normal = file.replace(/\\/g, '/');
    if (normal.startsWith('/') || normal.split('/').includes('..'))
        return `${file} is outside the workspace`;
    const denied = picomatch_default()([...ALWAYS_DENIED, ...policy.deniedPaths], { dot: true });
    if (denied(normal)) {
        if (normal.startsWith('.github/workflows/'))
            return `${file} is a workflow: patches never touch .github/workflows/**`;
        if (normal === '.git' || normal.startsWith('.git/') || normal.includes('/.git/'))
            return `${file} is inside .git`;
        return `${file} matches denied-paths`;
    }
    if (policy.allowedPaths.length > 0 && !picomatch_default()(policy.allowedPaths, { dot: true })(normal)) {
        return `${file} is outside allowed-paths (${policy.allowedPaths.join(', ')})`;
    }
    return undefined;
}
/** Why a patch is refused (every reason, not just the first), or its risk when it is accepted. */
function checkPatch(changes, policy, source) {
    const reasons = [];
    let changedLines = 0;
    for (const change of changes) {
        const refusal = pathRefusal(change.path, policy);
        if (refusal)
            reasons.push(refusal);
        const { added, removed } = lineDelta(change.before, change.after);
        // Lockfiles are written by the package manager, not authored: they do not count against the size cap.
        if (!LOCKFILE.test(change.path))
            changedLines += added.length + removed.length;
        const isTest = TEST_FILE.test(change.path);
        if (change.status === 'deleted' && isTest)
            reasons.push(`${change.path}: deletes a test file`);
        if (isTest &&
            change.status !== 'deleted' &&
            occurrences(added, TEST_DECLARATION) < occurrences(removed, TEST_DECLARATION)) {
            reasons.push(`${change.path}: removes tests`);
        }
        if (occurrences(added, TEST_SKIP) > occurrences(removed, TEST_SKIP)) {
            reasons.push(`${change.path}: skips or focuses tests (${added.find((l) => TEST_SKIP.test(l)).trim()})`);
        }
        if (occurrences(added, TODO_MARKER) > occurrences(removed, TODO_MARKER)) {
            reasons.push(`${change.path}: adds a TODO/FIXME marker`);
        }
        const secrets = (0,src_secrets/* scanSecrets */.LV)(added.join('\n'));
        if (secrets.length > 0)
            reasons.push(`${change.path}: adds a secret (${[...new Set(secrets.map((s) => s.rule))].join(', ')})`);
    }
    if (changes.length === 0)
        reasons.push('the patch changes nothing');
    if (changedLines > policy.maxDiffLines) {
        reasons.push(`the patch changes ${changedLines} lines, more than max-diff-lines (${policy.maxDiffLines})`);
    }
    if (reasons.length > 0)
        return { accepted: false, reasons, changedLines };
    return { accepted: true, risk: scoreRisk(changes, changedLines, source), changedLines };
}
const LOCKFILE = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|go\.sum|poetry\.lock|uv\.lock)$/;
const SOURCE_RISK = {
    formatter: 5,
    'lint-fix': 15,
    lockfile: 25,
    model: 40,
};
const SENSITIVE = /(^|\/)(package\.json|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.(toml|lock)|go\.(mod|sum)|requirements[^/]*\.txt|pyproject\.toml|Dockerfile|[^/]*\.ya?ml)$/;
/**
 * Risk, 0-100, documented so a reviewer can redo it by hand:
 * who wrote it (formatter 5, lint autofix 15, lockfile sync 25, model 40)
 * + changed lines / 5 (at most 30) + 3 per file beyond the first (at most 15)
 * + 10 when a manifest, lockfile, Dockerfile or YAML config is touched
 * + 5 when a test file is touched. low < 30 <= medium < 60 <= high.
 */
function scoreRisk(changes, changedLines, source) {
    const reasons = [
        `written by ${source === 'model' ? 'the model' : `a ${source}`} (+${SOURCE_RISK[source]})`,
    ];
    let score = SOURCE_RISK[source];
    const size = Math.min(30, Math.round(changedLines / 5));
    if (size > 0)
        reasons.push(`${changedLines} changed lines (+${size})`);
    const files = Math.min(15, 3 * Math.max(0, changes.length - 1));
    if (files > 0)
        reasons.push(`${changes.length} files (+${files})`);
    score += size + files;
    if (changes.some((c) => SENSITIVE.test(c.path))) {
        score += 10;
        reasons.push('touches a manifest, lockfile or config (+10)');
    }
    if (changes.some((c) => TEST_FILE.test(c.path))) {
        score += 5;
        reasons.push('touches a test file (+5)');
    }
    score = Math.min(100, score);
    return { score, level: score < 30 ? 'low' : score < 60 ? 'medium' : 'high', reasons };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/patch/workspace.ts





const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Kintsugi's own state directory inside a workspace (the CLI's artifacts); never part of a patch. */
const OWN_STATE = '.kintsugi/';
async function git(root, args) {
    try {
        const { stdout } = await execFileAsync('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        return stdout;
    }
    catch (error) {
        const e = error;
        // `git diff --no-index` exits 1 when files differ: that is an answer, not a failure.
        if (e.code === 1 && args.includes('--no-index'))
            return error.stdout;
        throw new Error(`git ${args.join(' ')} failed: ${(e.stderr ?? String(error)).trim()}`);
    }
}
async function workspace_status(root) {
    const out = await git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
    const entries = [];
    const parts = out.split('\0');
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        if (part.length < 4)
            continue;
        const code = part.slice(0, 2);
        entries.push({ code, path: part.slice(3) });
        if (code.startsWith('R') || code.startsWith('C'))
            k++; // the rename's source follows
    }
    return entries.filter((e) => !e.path.startsWith(OWN_STATE));
}
async function openWorkspace(root) {
    const resolved = external_node_path_default().resolve(root);
    const top = await git(resolved, ['rev-parse', '--show-toplevel']).catch(() => {
        throw new errors/* ConfigError */.xL(`the workspace ${resolved} is not a git checkout; patch needs one to commit from`);
    });
    const repoRoot = top.trim();
    const readCommitted = (file) => git(repoRoot, ['show', `HEAD:${file}`]).catch(() => undefined);
    return {
        root: repoRoot,
        headSha: async () => (await git(repoRoot, ['rev-parse', 'HEAD'])).trim(),
        async assertClean() {
            const dirty = await workspace_status(repoRoot);
            if (dirty.length > 0) {
                const shown = dirty.slice(0, 5).map((e) => `${e.code.trim()} ${e.path}`);
                throw new errors/* ConfigError */.xL(`the work tree at ${repoRoot} has uncommitted changes (${shown.join(', ')}${dirty.length > 5 ? ', ...' : ''}); ` +
                    'patch only runs on a clean checkout so that it never mixes its changes with yours: commit or discard them first');
            }
        },
        async changes() {
            const entries = await workspace_status(repoRoot);
            return Promise.all(entries.map(async (e) => {
                const after = await (0,promises_.readFile)(external_node_path_default().join(repoRoot, e.path), 'utf8').catch(() => undefined);
                if (e.code === '??')
                    return { path: e.path, status: 'added', after };
                const before = await readCommitted(e.path);
                return {
                    path: e.path,
                    status: after === undefined ? 'deleted' : 'modified',
                    before,
                    after,
                };
            }));
        },
        async diff() {
            const entries = await workspace_status(repoRoot);
            const tracked = await git(repoRoot, [
                'diff',
                'HEAD',
                '--no-color',
                '--',
                '.',
                `:(exclude)${OWN_STATE}`,
            ]);
            const added = [];
            for (const e of entries.filter((x) => x.code === '??')) {
                added.push(await git(repoRoot, ['diff', '--no-color', '--no-index', '--', '/dev/null', e.path]));
            }
            return tracked + added.join('');
        },
        rollback: () => restoreCommitted(repoRoot, () => true),
        async keepOnly(changes) {
            const kept = new Map(changes.map((c) => [c.path, c]));
            await restoreCommitted(repoRoot, (file) => !kept.has(file));
            for (const change of changes) {
                const file = external_node_path_default().join(repoRoot, change.path);
                const now = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
                if (now === change.after)
                    continue;
                if (change.after === undefined)
                    await (0,promises_.rm)(file, { force: true });
                else
                    await (0,promises_.writeFile)(file, change.after, 'utf8');
            }
        },
    };
}
async function restoreCommitted(root, which) {
    const entries = (await workspace_status(root)).filter((e) => which(e.path));
    const tracked = entries.filter((e) => e.code !== '??').map((e) => e.path);
    if (tracked.length > 0)
        await git(root, ['checkout', 'HEAD', '--', ...tracked]);
    for (const e of entries.filter((x) => x.code === '??'))
        await (0,promises_.rm)(external_node_path_default().join(root, e.path), { force: true });
}
/**
 * A path the model named, resolved inside the workspace, or the reason it is refused: absolute,
 * escaping with `..`, or reaching outside through a symlink on the way.
 */
async function resolveInside(root, relative) {
    if (external_node_path_default().isAbsolute(relative))
        return { refused: `${relative} is an absolute path` };
    const file = external_node_path_default().resolve(root, relative);
    const rel = external_node_path_default().relative(root, file);
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return { refused: `${relative} is outside the workspace` };
    const realRoot = await (0,promises_.realpath)(root);
    // Walk up to the deepest part that exists and check where it really points.
    let probe = file;
    while (probe !== root) {
        const info = await (0,promises_.lstat)(probe).catch(() => undefined);
        if (info) {
            const real = await (0,promises_.realpath)(probe).catch(() => undefined);
            const inside = real ? external_node_path_default().relative(realRoot, real) : '..';
            if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside)) {
                return { refused: `${relative} follows a symlink out of the workspace` };
            }
            break;
        }
        probe = external_node_path_default().dirname(probe);
    }
    return { file };
}

;// CONCATENATED MODULE: ./src/patch/model-edits.ts





/** What the model may answer: search/replace edits and a short explanation; nothing else. */
const modelEditsSchema = schemas/* object */.Ikc({
    edits: schemas/* array */.YOg(schemas/* object */.Ikc({
        path: schemas/* string */.YjP().min(1).max(300).describe('File path relative to the repository root'),
        search: schemas/* string */.YjP()
            .max(20_000)
            .describe('Exact lines to find (empty only to create a new file)'),
        replace: schemas/* string */.YjP().max(20_000).describe('Lines to put in their place'),
    }))
        .min(1)
        .max(20),
    explanation: schemas/* string */.YjP().max(4_000),
});
const SYSTEM = [
    'You fix a failing CI check with the smallest possible change to the source.',
    'Reply only through the tool: search/replace edits. SEARCH must quote lines of the file exactly as given,',
    'with enough context to be unique. Never edit workflows, never skip, delete or weaken tests, never add',
    'TODO markers or secrets. Fix the cause the diagnosis shows.',
].join(' ');
const REGION_MARGIN = 25;
const WHOLE_FILE_LINES = 200;
/** The diagnosis's blamed files, whole when small, else the regions around the blamed lines. */
async function fileContext(root, diagnosis) {
    const lines = new Map();
    for (const l of diagnosis.locations)
        lines.set(l.file, [...(lines.get(l.file) ?? []), l.line]);
    for (const t of diagnosis.failingTests)
        if (t.file)
            lines.set(t.file, [...(lines.get(t.file) ?? []), t.line ?? 1]);
    const parts = [];
    for (const [file, at] of [...lines].slice(0, 8)) {
        const resolved = await resolveInside(root, file);
        if ('refused' in resolved)
            continue;
        const text = await (0,promises_.readFile)(resolved.file, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const all = text.split('\n');
        if (all.length <= WHOLE_FILE_LINES) {
            parts.push({ label: `file ${file}`, text });
            continue;
        }
        for (const [start, end] of mergeRegions(at, all.length)) {
            parts.push({
                label: `file ${file}, lines ${start}-${end}`,
                text: all.slice(start - 1, end).join('\n'),
            });
        }
    }
    return parts;
}
function mergeRegions(lines, total) {
    const regions = [];
    for (const line of [...lines].sort((a, b) => a - b)) {
        const start = Math.max(1, line - REGION_MARGIN);
        const end = Math.min(total, line + REGION_MARGIN);
        const last = regions[regions.length - 1];
        if (last && start <= last[1] + 1)
            last[1] = Math.max(last[1], end);
        else
            regions.push([start, end]);
    }
    return regions;
}
/** One model call: the diagnosis, the files, and what went wrong last time. */
async function proposeEdits(model, root, diagnosis, feedback, budgetTokens) {
    const files = await fileContext(root, diagnosis);
    const excerpt = diagnosis.excerpts[0];
    const prompt = [
        `The CI check failed: ${diagnosis.summary} (category ${diagnosis.category}).`,
        diagnosis.failingTests.length
            ? `Failing tests: ${diagnosis.failingTests.map((t) => t.name).join(', ')}.`
            : '',
        diagnosis.llm?.suggestedFix ? `A diagnosis hint: ${diagnosis.llm.suggestedFix}` : '',
        feedback
            ? 'Your previous attempt was not accepted: the block labelled "why the previous attempt was not accepted" says why (it quotes tool and test output).'
            : '',
        'Propose the edits.',
    ]
        .filter(Boolean)
        .join('\n\n');
    const untrusted = [
        // Test and compiler output comes from running the repository's code: data, never instructions.
        ...(feedback
            ? [
                {
                    label: 'why the previous attempt was not accepted',
                    text: feedback,
                    priority: 4,
                    keep: 'tail',
                },
            ]
            : []),
        ...(excerpt
            ? [
                {
                    label: `log excerpt (${excerpt.file}:${excerpt.startLine}-${excerpt.endLine})`,
                    text: excerpt.text,
                    priority: 2,
                    keep: 'tail',
                },
            ]
            : []),
        ...diagnosis.locations
            .slice(0, 20)
            .map((l) => ({ label: `location ${l.file}:${l.line}`, text: l.message, priority: 1 })),
        ...files.map((f) => ({ ...f, priority: 3 })),
    ];
    const reply = await model.structured({
        system: SYSTEM,
        prompt,
        untrusted,
        tool: {
            name: 'propose_edits',
            description: 'Search/replace edits that fix the failing check',
            schema: modelEditsSchema,
        },
        budgetTokens,
        maxReplyTokens: 4_096,
    });
    return {
        edits: reply.value.edits,
        explanation: reply.value.explanation,
        usage: reply.usage,
        promptHash: reply.promptHash,
    };
}
/**
 * Applies every edit in memory, in order (later edits see earlier ones). Nothing touches the disk:
 * the caller writes the contents only once the patch has passed the safety checks.
 */
async function applyEditsInMemory(root, edits, policy) {
    const contents = new Map();
    const originals = new Map();
    const applied = [];
    const reasons = [];
    const feedback = [];
    for (const edit of edits) {
        const normal = edit.path.replace(/^\.\//, '');
        const refusal = pathRefusal(normal, policy);
        const resolved = await resolveInside(root, normal);
        if (refusal || 'refused' in resolved) {
            reasons.push(refusal ?? resolved.refused);
            continue;
        }
        if (!originals.has(normal)) {
            const text = await (0,promises_.readFile)(resolved.file, 'utf8').catch(() => undefined);
            originals.set(normal, text);
            contents.set(normal, text);
        }
        const result = applyEditToText(contents.get(normal), edit.search, edit.replace);
        if (!result.applied) {
            reasons.push(`${normal}: ${result.reason}`);
            feedback.push(`${normal}: ${result.reason}${result.didYouMean.length ? `\ndid you mean ${result.didYouMean.join('\nor ')}` : ''}`);
            continue;
        }
        contents.set(normal, result.content);
        applied.push({
            path: normal,
            strategy: result.strategy,
            startLine: result.startLine,
            endLine: result.endLine,
        });
    }
    if (reasons.length > 0)
        return { ok: false, reasons, feedback: (feedback.length ? feedback : reasons).join('\n\n') };
    const changes = [];
    const written = new Map();
    for (const [file, after] of contents) {
        const before = originals.get(file);
        if (after === undefined || after === before)
            continue;
        changes.push({
            path: file,
            status: before === undefined ? 'added' : 'modified',
            before,
            after,
        });
        written.set(file, after);
    }
    return { ok: true, changes, applied, contents: written };
}

;// CONCATENATED MODULE: ./src/patch/validate.ts

const TAIL_LINES = 40;
/** Test commands for the failing tests, by the runner the diagnosis saw. */
const TEST_COMMANDS = {
    vitest: (files) => `npx vitest run ${files.join(' ')}`,
    jest: (files) => `npx jest ${files.join(' ')}`,
    mocha: (files) => `npx mocha ${files.join(' ')}`,
    'node-test': (files) => `node --test ${files.join(' ')}`,
    pytest: (files) => `python3 -m pytest -q ${files.join(' ')}`,
    go: (files) => `go test ${[...new Set(files.map((f) => `./${f.replace(/\/?[^/]*$/, '') || '.'}`))].join(' ')}`,
    cargo: () => 'cargo test',
};
/** The failing checks' commands from the diagnosis, plus a run of the failing tests' files. */
function deriveValidationCommands(diagnosis) {
    const commands = diagnosis.jobs.flatMap((job) => job.command?.trim() ? [job.command.trim()] : []);
    const files = [
        ...new Set(diagnosis.failingTests.flatMap((t) => t.file && !t.file.includes('..') ? [quote(t.file)] : [])),
    ];
    const runner = diagnosis.tools.find((tool) => tool in TEST_COMMANDS);
    if (files.length > 0 && runner)
        commands.push(TEST_COMMANDS[runner](files));
    return [...new Set(commands)];
}
function quote(file) {
    return /^[\w./@+-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}
function toCheck(result) {
    const lines = result.output.trimEnd().split('\n');
    return {
        command: result.command,
        passed: result.exitCode === 0 && !result.timedOut,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        durationMs: result.durationMs,
        outputTail: lines.slice(-TAIL_LINES).join('\n'),
    };
}
async function runAll(settings, runner) {
    const raw = [];
    for (const command of settings.commands) {
        raw.push(await runner.shell(command, {
            cwd: settings.root,
            timeoutMs: settings.timeoutMs,
            isolated: true,
        }));
    }
    return { checks: raw.map(toCheck), raw };
}
/**
 * Runs every validation command on the untouched tree. A command that does not exist is the user's
 * mistake and stops everything here, before any file is changed.
 */
async function measureBaseline(settings, runner) {
    if (settings.commands.length === 0) {
        throw new errors/* ConfigError */.xL('Input validate: nothing to validate with (the diagnosis names no command for the failing check and no failing test files); ' +
            'give the commands that show the failure, one per line');
    }
    const { checks, raw } = await runAll(settings, runner);
    const missing = raw.filter((r) => r.notFound);
    if (missing.length > 0) {
        const shown = missing
            .map((r) => `"${r.command}" (${lastLine(r.output) || 'exit 127'})`)
            .join('; ');
        throw new errors/* ConfigError */.xL(`Input validate: command not found: ${shown}; accepted: commands that exist in the workspace`);
    }
    return {
        failing: checks.filter((c) => !c.passed).map((c) => c.command),
        green: checks.filter((c) => c.passed).map((c) => c.command),
        results: checks,
        isolation: runner.isolation,
    };
}
/** The candidate passes when every failing check is green and every green check still is. */
async function validateCandidate(settings, runner, baseline) {
    const { checks } = await runAll(settings, runner);
    const problems = [];
    for (const check of checks) {
        if (check.passed)
            continue;
        const was = baseline.failing.includes(check.command)
            ? 'still fails'
            : 'was green and now fails';
        problems.push(`${check.command} ${was}${check.timedOut ? ' (timed out)' : ` (exit ${check.exitCode})`}`);
    }
    return { passed: problems.length === 0, problems, results: checks };
}
function lastLine(output) {
    return output.trim().split('\n').pop()?.trim() ?? '';
}

;// CONCATENATED MODULE: ./src/patch/attempts.ts











const SOURCE_ORDER = ['formatter', 'lint-fix', 'lockfile', 'model'];
/** Changed paths that are symlinks, or reach outside the workspace through one. */
async function symlinkRefusals(root, changes) {
    const refusals = [];
    for (const change of changes) {
        const resolved = await resolveInside(root, change.path);
        if ('refused' in resolved)
            refusals.push(resolved.refused);
    }
    return refusals;
}
/** Judges the tree as it is now: safety first, then validation. */
async function judgeTree(ctx, source) {
    const changes = await ctx.workspace.changes();
    const files = changes.map((c) => c.path);
    const safety = checkPatch(changes, ctx.policy, source);
    const reasons = [
        ...(await symlinkRefusals(ctx.workspace.root, changes)),
        ...(safety.accepted ? [] : safety.reasons),
    ];
    if (reasons.length > 0)
        return { reasons, files };
    const verdict = await validateCandidate(ctx.validation, ctx.runner, ctx.baseline);
    await ctx.workspace.keepOnly(changes);
    return { reasons: verdict.problems, verdict, files };
}
/** Runs every fixer the diagnosis calls for, then judges their combined result. */
async function runFixers(ctx, requested) {
    const root = ctx.workspace.root;
    const fixers = await (0,registry/* chooseFixers */.JO)(requested, ctx.diagnosis, root);
    if (fixers.length === 0)
        return { accepted: false };
    const records = [];
    for (const fixer of fixers) {
        const named = (0,registry/* blamedFiles */.BJ)(ctx.diagnosis, fixer);
        const files = [];
        for (const file of named)
            if (await (0,types/* exists */.t2)(external_node_path_default().join(root, file)))
                files.push(file);
        const target = { root, files, timeoutMs: ctx.fixerTimeoutMs };
        const run = await ctx.logger.group(`fixer ${fixer.id}`, () => fixer.run(target, ctx.runner));
        records.push(run.status === 'ran'
            ? { id: fixer.id, status: 'ran', command: run.command, exitCode: run.exitCode }
            : { id: fixer.id, status: 'skipped', reason: run.reason });
        if (run.status === 'skipped')
            ctx.logger.info(`fixer ${fixer.id} skipped: ${run.reason}`);
    }
    const source = SOURCE_ORDER.filter((s) => fixers.some((f) => f.source === s)).pop();
    const attempt = {
        number: ctx.attempts.length + 1,
        source: 'fixers',
        outcome: 'no-change',
        reasons: [],
        fixers: records,
    };
    ctx.attempts.push(attempt);
    if ((await ctx.workspace.changes()).length === 0) {
        attempt.reasons = ['the fixers changed nothing'];
        return { accepted: false };
    }
    const judged = await judgeTree(ctx, source);
    Object.assign(attempt, {
        files: judged.files,
        reasons: judged.reasons,
        validation: judged.verdict?.results,
    });
    if (judged.verdict?.passed) {
        attempt.outcome = 'accepted';
        return { accepted: true, source, verdict: judged.verdict };
    }
    if (judged.verdict && madeProgress(ctx.baseline, judged.verdict)) {
        attempt.outcome = 'partial';
        return {
            accepted: false,
            source,
            feedback: `The fixers (${fixers.map((f) => f.id).join(', ')}) already fixed part of it; still failing:\n${judged.reasons.join('\n')}`,
        };
    }
    attempt.outcome = judged.verdict ? 'validation-failed' : 'rejected';
    await ctx.workspace.rollback();
    return { accepted: false };
}
/** Some failing check turned green and no green check broke: worth keeping under the model's edits. */
function madeProgress(baseline, verdict) {
    const now = new Map(verdict.results.map((r) => [r.command, r.passed]));
    if (baseline.green.some((c) => now.get(c) === false))
        return false;
    return baseline.failing.some((c) => now.get(c) === true);
}
/** Puts back exactly what one model attempt wrote, leaving earlier (fixer) changes in place. */
async function restore(root, changes) {
    for (const change of changes) {
        const file = external_node_path_default().join(root, change.path);
        if (change.before === undefined)
            await (0,promises_.rm)(file, { force: true });
        else
            await (0,promises_.writeFile)(file, change.before, 'utf8');
    }
}
async function writeChanges(root, contents) {
    for (const [relative, text] of contents) {
        const file = external_node_path_default().join(root, relative);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, text, 'utf8');
    }
}
/** Up to max-attempts model replies, each fed why the previous one was not accepted. */
async function runModel(ctx, options) {
    let feedback = options.feedback;
    let usage = (0,platform_report/* emptyUsage */.ly)();
    let promptHash;
    for (let n = 0; n < options.maxAttempts; n++) {
        const attempt = {
            number: ctx.attempts.length + 1,
            source: 'model',
            outcome: 'model-error',
            reasons: [],
        };
        ctx.attempts.push(attempt);
        let proposal;
        try {
            proposal = await proposeEdits(options.model, ctx.workspace.root, ctx.diagnosis, feedback, options.budgetTokens);
        }
        catch (error) {
            attempt.reasons = [`the model's reply was not usable: ${(0,errors/* describeError */.Uc)(error)}`];
            if (error instanceof llm.ModelUnavailableError || error instanceof llm.BudgetExceededError)
                break;
            feedback = attempt.reasons[0];
            continue;
        }
        usage = (0,platform_report/* addUsage */.vk)(usage, proposal.usage);
        promptHash = proposal.promptHash;
        attempt.explanation = proposal.explanation;
        const result = await tryProposal(ctx, attempt, proposal.edits);
        if (result.accepted)
            return { ...result, usage, promptHash };
        feedback = result.feedback;
    }
    return { accepted: false, usage, promptHash };
}
async function tryProposal(ctx, attempt, edits) {
    const root = ctx.workspace.root;
    const applied = await applyEditsInMemory(root, edits, ctx.policy);
    if (!applied.ok) {
        Object.assign(attempt, { outcome: 'edit-failed', reasons: applied.reasons });
        return { accepted: false, feedback: applied.feedback };
    }
    attempt.edits = applied.applied;
    attempt.files = applied.changes.map((c) => c.path);
    // Judge the model's own change before it reaches the disk.
    const own = checkPatch(applied.changes, ctx.policy, 'model');
    if (!own.accepted) {
        Object.assign(attempt, { outcome: 'rejected', reasons: own.reasons });
        return { accepted: false, feedback: `The patch was refused: ${own.reasons.join('; ')}` };
    }
    await writeChanges(root, applied.contents);
    const judged = await judgeTree(ctx, 'model');
    attempt.reasons = judged.reasons;
    attempt.validation = judged.verdict?.results;
    if (judged.verdict?.passed) {
        attempt.outcome = 'accepted';
        return { accepted: true, source: 'model', verdict: judged.verdict };
    }
    attempt.outcome = judged.verdict ? 'validation-failed' : 'rejected';
    await restore(root, applied.changes);
    const tails = (judged.verdict?.results ?? [])
        .filter((r) => !r.passed)
        .map((r) => `$ ${r.command}\n${r.outputTail}`);
    return {
        accepted: false,
        feedback: [
            `The patch applied but was not accepted: ${judged.reasons.join('; ')}`,
            ...tails,
        ].join('\n\n'),
    };
}

// EXTERNAL MODULE: ./src/patch/commands.ts
var patch_commands = __webpack_require__(43546);
// EXTERNAL MODULE: ./src/patch/loop-guard.ts
var loop_guard = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/patch/publish.ts
var publish = __webpack_require__(7801);
;// CONCATENATED MODULE: ./src/patch/report.ts
const PATCH_SCHEMA_VERSION = 1;
const ISOLATION_NOTE = {
    bwrap: 'validation ran without network (bubblewrap --unshare-net)',
    unshare: 'validation ran without network (unshare -rn)',
    none: 'validation ran WITH network access: neither bubblewrap nor unprivileged namespaces are available on this runner',
};
function fence(text) {
    const marker = text.includes('```') ? '~~~~' : '```';
    return `${marker}\n${text.replace(/\n$/, '')}\n${marker}`;
}
function checkRows(results, baseline) {
    return results.map((r) => {
        const before = baseline?.failing.includes(r.command)
            ? 'failed'
            : baseline?.green.includes(r.command)
                ? 'passed'
                : '?';
        return `| \`${r.command.replace(/\|/g, '\\|')}\` | ${before} | ${r.passed ? 'passed' : 'failed'} | ${(r.durationMs / 1000).toFixed(1)} s |`;
    });
}
/** The model's own account of its change, quoted and marked as unverified. */
function modelExplanation(report) {
    const accepted = report.attempts.find((a) => a.outcome === 'accepted' && a.source === 'model');
    if (!accepted?.explanation)
        return [];
    const quoted = accepted.explanation
        .slice(0, 2_000)
        .split('\n')
        .map((line) => `> ${line}`);
    return ["The model's explanation (not verified; the validation below is):", '', ...quoted, ''];
}
/** The PR body: what failed, what changed and how risky it is, and the proof that it is green again. */
function pullRequestBody(report, marker) {
    const patch = report.patch;
    const diagnosis = report.diagnosis;
    const lines = [
        marker,
        `Kintsugi healed the failing check${diagnosis.checks.length > 1 ? 's' : ''} **${diagnosis.checks.join(', ') || diagnosis.category}**.`,
        '',
        '### Diagnosis',
        `${diagnosis.summary} (category \`${diagnosis.category}\`)`,
        '',
        '### The patch',
        `Written by ${patch.source === 'model' ? 'the model, applied and checked by Kintsugi' : `deterministic fixers (${patch.source})`}; ${patch.files.length} file(s), ${patch.changedLines} changed line(s).`,
        '',
        `**Risk ${patch.risk.score}/100 (${patch.risk.level})**: ${patch.risk.reasons.join('; ')}.`,
        '',
        ...modelExplanation(report),
        '### Validation',
        ISOLATION_NOTE[report.validation.isolation] + '.',
        '',
        '| command | before | after | time |',
        '| --- | --- | --- | --- |',
        ...checkRows(patch.validation, report.validation.baseline),
        '',
        `<details><summary>Diff</summary>\n\n${fence(patch.diff.slice(0, 40_000))}\n\n</details>`,
        '',
        `Attempts: ${report.attempts.length}. Re-running Kintsugi on the same failure updates this PR.`,
    ];
    return lines.join('\n').slice(0, 65_000);
}

// EXTERNAL MODULE: ./src/patch/heal-settings.ts
var heal_settings = __webpack_require__(80158);
;// CONCATENATED MODULE: ./src/patch/heal.ts












const COMMENT_MARKER = '<!-- kintsugi:patch -->';
/** Diagnosis → deterministic fixers → model edits → validation → commit and PR. Never throws after touching the tree without putting it back. */
async function healFailure(options) {
    const started = Date.now();
    const { settings, diagnosis, logger } = options;
    const checks = diagnosis.jobs.length > 0 ? diagnosis.jobs.map((j) => j.name) : [diagnosis.category];
    const base = settings.base ?? settings.failedBranch;
    const branch = (0,publish/* branchName */.a)(settings.branchPrefix, base, checks);
    const runner = options.runner ?? (0,patch_commands/* createCommandRunner */._m)();
    const report = newReport(diagnosis, checks, branch, runner);
    const finish = (usage = (0,platform_report/* emptyUsage */.ly)()) => finishAudit(report, options, started, usage);
    const own = (0,loop_guard/* ownBranchRefusal */.Nw)(settings.failedBranch, settings.branchPrefix);
    if (own) {
        skip(report, own);
        return finish();
    }
    const workspace = await openWorkspace(options.workspace);
    await workspace.assertClean();
    const dashboard = options.github?.dashboard;
    if (dashboard) {
        const count = await (0,loop_guard/* attemptsToday */.UZ)(dashboard, branch);
        if (count >= settings.maxRunsPerDay) {
            skip(report, `${branch} already had ${count} healing runs in the last 24 hours (cap ${settings.maxRunsPerDay})`);
            return finish();
        }
    }
    const commands = settings.validate.length > 0 ? settings.validate : deriveValidationCommands(diagnosis);
    const validation = { commands, timeoutMs: settings.validationTimeoutMs, root: workspace.root };
    report.validation.commands = commands;
    const baseline = await logger.group('validation before any change', () => measureBaseline(validation, runner));
    report.validation.baseline = baseline;
    // The tree was clean: whatever the commands wrote is theirs, not part of any patch.
    await workspace.rollback();
    if (baseline.failing.length === 0) {
        report.outcome = 'not-reproduced';
        report.message = `the failure does not reproduce here: every validation command passes before any change (${commands.join('; ')})`;
        return finish();
    }
    const ctx = {
        workspace,
        diagnosis,
        runner,
        policy: {
            maxDiffLines: settings.maxDiffLines,
            allowedPaths: settings.allowedPaths,
            deniedPaths: settings.deniedPaths,
        },
        validation,
        baseline,
        logger,
        fixerTimeoutMs: settings.validationTimeoutMs,
        attempts: report.attempts,
    };
    let usage = (0,platform_report/* emptyUsage */.ly)();
    let accepted = { accepted: false };
    try {
        accepted = await runFixers(ctx, settings.fixers);
        if (!accepted.accepted && settings.llm && options.model) {
            const result = await runModel(ctx, {
                model: options.model,
                maxAttempts: settings.maxAttempts,
                budgetTokens: settings.budgetTokens,
                feedback: accepted.feedback,
            });
            usage = result.usage;
            accepted = result;
        }
        if (accepted.accepted)
            await acceptPatch(report, options, workspace, accepted);
    }
    finally {
        if (!accepted.accepted)
            await workspace.rollback();
    }
    if (!accepted.accepted) {
        report.outcome = 'not-patched';
        report.message = notPatchedMessage(report, settings, Boolean(options.model));
    }
    if (dashboard)
        await (0,loop_guard/* recordAttempt */.fh)(dashboard, branch, report.outcome);
    return finish(usage);
}
async function acceptPatch(report, options, workspace, stage) {
    const changes = await workspace.changes();
    const source = stage.source ?? 'model';
    const safety = checkPatch(changes, {
        maxDiffLines: options.settings.maxDiffLines,
        allowedPaths: options.settings.allowedPaths,
        deniedPaths: options.settings.deniedPaths,
    }, source);
    if (!safety.accepted)
        throw new Error(`internal: an accepted patch failed the final safety check: ${safety.reasons.join('; ')}`);
    const diff = await workspace.diff();
    report.patched = true;
    report.outcome = 'patched';
    report.patch = {
        source,
        files: changes.map((c) => c.path),
        changedLines: safety.changedLines,
        risk: safety.risk,
        validation: stage.verdict?.results ?? [],
        diff,
    };
    await (0,promises_.mkdir)(options.patchDirectory, { recursive: true });
    report.patchPath = external_node_path_default().join(options.patchDirectory, `${report.branch.replace(/[^A-Za-z0-9._-]+/g, '_')}.diff`);
    await (0,promises_.writeFile)(report.patchPath, diff, 'utf8');
    report.message = `patched ${changes.length} file(s) (${source}, risk ${safety.risk.score}/100); ${report.patch.validation.length} validation command(s) green`;
    if (options.settings.openPr && options.github) {
        report.pullRequest = await openPullRequest(report, options, workspace, changes);
        report.message += `; PR #${report.pullRequest.number} ${report.pullRequest.created ? 'opened' : 'updated'}`;
    }
}
async function openPullRequest(report, options, workspace, changes) {
    const host = options.github.host;
    const base = options.settings.base ?? options.settings.failedBranch ?? (await host.defaultBranch());
    const files = [];
    for (const change of changes) {
        const info = await (0,promises_.stat)(external_node_path_default().join(workspace.root, change.path)).catch(() => undefined);
        files.push({
            path: change.path,
            content: change.after ?? null,
            executable: info ? (info.mode & 0o111) !== 0 : false,
        });
    }
    const checks = report.diagnosis.checks.join(', ');
    const title = `Kintsugi: fix ${checks || report.diagnosis.category}`;
    const published = await (0,publish/* publishFix */.f)(host, {
        branch: report.branch,
        base,
        baseSha: await workspace.headSha(),
        files,
        title,
        body: pullRequestBody(report, COMMENT_MARKER),
        commitMessage: `${title}\n\n${report.diagnosis.summary}\n\nRisk ${report.patch.risk.score}/100; validated by: ${report.validation.commands.join('; ')}`,
        draft: options.settings.draft,
        labels: options.settings.labels,
        reviewers: options.settings.reviewers,
    });
    return { ...published, branch: report.branch, base };
}
function notPatchedMessage(report, settings, hasModel) {
    const last = report.attempts[report.attempts.length - 1];
    const why = last
        ? `last attempt ${last.outcome}: ${last.reasons.slice(0, 3).join('; ') || 'no reason recorded'}`
        : 'no fixer applies to this failure';
    const model = settings.llm
        ? hasModel
            ? ''
            : ' (llm is on but no model client was configured)'
        : ' (model edits are off: set llm: on to let the model try)';
    return `could not heal ${report.diagnosis.checks.join(', ')}: ${why}${model}`;
}
function newReport(diagnosis, checks, branch, runner) {
    return {
        schemaVersion: PATCH_SCHEMA_VERSION,
        mode: 'fix',
        patched: false,
        outcome: 'not-patched',
        message: '',
        diagnosis: { category: diagnosis.category, summary: diagnosis.summary, checks },
        branch,
        validation: {
            commands: [],
            isolation: runner.isolation,
            note: ISOLATION_NOTE[runner.isolation],
        },
        attempts: [],
        audit: undefined,
    };
}
function skip(report, why) {
    report.outcome = 'skipped';
    report.message = why;
    return report;
}
function finishAudit(report, options, started, usage) {
    report.audit = {
        time: new Date(started).toISOString(),
        action: 'patch',
        ...options.audit,
        model: usage.model,
        promptHash: usage.promptHash,
        tokensIn: usage.tokensIn,
        tokensOut: usage.tokensOut,
        estimatedCostUsd: usage.estimatedCostUsd,
        durationMs: Date.now() - started,
        outcome: report.patched
            ? 'success'
            : report.outcome === 'not-patched'
                ? 'failure'
                : report.outcome === 'skipped'
                    ? 'skipped'
                    : 'neutral',
        links: report.pullRequest ? [report.pullRequest.url] : [],
    };
    return report;
}


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ branchName),
/* harmony export */   f: () => (/* binding */ publishFix)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** `main` + ["format", "lint"] → `kintsugi/fix/main/format-lint`: the same failure always gets the same branch. */
function branchName(prefix, base, checks) {
    const slug = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/\/+/g, '/')
        .replace(/^[-./]+|[-./]+$/g, '')
        .replace(/\.\.+/g, '.');
    const joined = slug([...new Set(checks)].sort().join('-')) || 'check';
    const short = joined.length > 50
        ? `${joined.slice(0, 40).replace(/[-./]+$/, '')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(joined).digest('hex').slice(0, 8)}`
        : joined;
    const baseSlug = base ? slug(base) : '';
    return `${prefix}${baseSlug ? `${baseSlug}/` : ''}${short}`;
}
/** Commit, then open the PR or update the one already open for this branch: never a second one. */
async function publishFix(host, request) {
    const commit = await host.commitToBranch({
        branch: request.branch,
        baseSha: request.baseSha,
        message: request.commitMessage,
        files: request.files,
    });
    const pull = await host.openOrUpdatePull({
        branch: request.branch,
        base: request.base,
        title: request.title,
        body: request.body,
        draft: request.draft,
        labels: request.labels,
        reviewers: request.reviewers,
    });
    return { ...pull, commitSha: commit.sha };
}


/***/ })

};
