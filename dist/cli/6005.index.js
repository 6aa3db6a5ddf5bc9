export const id = 6005;
export const ids = [6005];
export const modules = {

/***/ 36005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/github/app-token.ts
var app_token = __webpack_require__(49624);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/sync/github-access.ts



/**
 * Per target: an App installation token for that repository only, with only the permissions
 * asked for, revoked on release; else the github-token. A target the App is not installed on fails
 * alone (unless the github-token can stand in).
 */
function githubAccess(settings) {
    return async (target, permissions) => {
        const forToken = (token) => octokitHost((0,github_octokit.createOctokit)({ token, baseUrl: settings.apiUrl, logger: settings.logger }), target);
        if (settings.app) {
            try {
                const minted = await (0,app_token/* mintInstallationToken */.i)({
                    appId: settings.app.appId,
                    clientId: settings.app.clientId,
                    privateKey: settings.app.privateKey,
                    owner: target.owner,
                    repo: target.name,
                    permissions,
                    baseUrl: settings.apiUrl,
                    logger: settings.logger,
                });
                return {
                    via: 'app',
                    token: minted.token,
                    permissions,
                    host: forToken(minted.token),
                    release: async () => {
                        await minted.revoke();
                        return true;
                    },
                };
            }
            catch (error) {
                const notInstalled = /not installed/.test((0,errors/* describeError */.Uc)(error));
                if (!settings.githubToken)
                    throw notInstalled
                        ? new errors/* ConfigError */.xL(`${(0,errors/* describeError */.Uc)(error)} (or the repository does not exist); install the App there or remove the target`)
                        : error;
                settings.logger.warning(`${target.repo}: ${(0,errors/* describeError */.Uc)(error)}; using the github-token instead`);
            }
        }
        if (!settings.githubToken)
            throw new errors/* ConfigError */.xL('no credentials: give app-id (or client-id) and private-key, or github-token');
        return {
            via: 'github-token',
            token: settings.githubToken,
            permissions,
            host: forToken(settings.githubToken),
            release: async () => false,
        };
    };
}
/** The few GitHub calls repo-sync makes, named for what they do. */
function octokitHost(octokit, target) {
    const where = { owner: target.owner, repo: target.name };
    const ref = (pull) => ({
        number: pull.number,
        url: pull.html_url,
        nodeId: pull.node_id,
    });
    return {
        async findOpenPull(head, base) {
            const { data } = await octokit.rest.pulls.list({
                ...where,
                state: 'open',
                head: `${target.owner}:${head}`,
                base,
                per_page: 10,
            });
            const pull = data.find((p) => p.head.ref === head);
            return pull && ref(pull);
        },
        async createPull(pull) {
            const { data } = await octokit.rest.pulls.create({
                ...where,
                ...pull,
                maintainer_can_modify: true,
            });
            return ref(data);
        },
        async updatePull(number, pull) {
            await octokit.rest.pulls.update({ ...where, pull_number: number, ...pull });
        },
        async closePull(number, comment) {
            await octokit.rest.issues.createComment({ ...where, issue_number: number, body: comment });
            await octokit.rest.pulls.update({ ...where, pull_number: number, state: 'closed' });
        },
        async addLabels(number, labels) {
            await octokit.rest.issues.addLabels({ ...where, issue_number: number, labels });
        },
        async requestReviewers(number, reviewers, teamReviewers) {
            await octokit.rest.pulls.requestReviewers({
                ...where,
                pull_number: number,
                reviewers,
                team_reviewers: teamReviewers,
            });
        },
        async enableAutoMerge(pull) {
            await (0,github_octokit/* graphql */.UG)(octokit, `
          mutation ($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
            enablePullRequestAutoMerge(
              input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }
            ) {
              pullRequest {
                number
              }
            }
          }
        `, { pullRequestId: pull.nodeId, mergeMethod: 'SQUASH' });
        },
        async upsertIssue(issue) {
            const { data } = await octokit.rest.issues.listForRepo({
                ...where,
                state: 'open',
                per_page: 100,
            });
            const existing = data.find((i) => i.title === issue.title && !i.pull_request);
            if (existing) {
                await octokit.rest.issues.update({
                    ...where,
                    issue_number: existing.number,
                    body: issue.body,
                });
                return { number: existing.number, url: existing.html_url };
            }
            const { data: created } = await octokit.rest.issues.create({ ...where, ...issue });
            return { number: created.number, url: created.html_url };
        },
    };
}

// EXTERNAL MODULE: ./src/sync/sync.ts + 8 modules
var sync = __webpack_require__(62437);
// EXTERNAL MODULE: ./src/platform/summary.ts
var platform_summary = __webpack_require__(54487);
;// CONCATENATED MODULE: ./src/actions/repo-sync/summary.ts

const FILES_SHOWN = 200;
/** The job summary: one row per target, then the full plan of each target folded. */
function syncSummary(report) {
    const title = report.mode === 'dry-run'
        ? 'repo-sync plan (dry run: nothing pushed)'
        : report.mode === 'rollback'
            ? 'repo-sync rollback'
            : 'repo-sync';
    const summary = new platform_summary/* Summary */.BD()
        .heading(title)
        .paragraph(`Source \`${report.source.repo}@${report.source.sha.slice(0, 12)}\`, on-conflict: \`${report.onConflict}\`.`)
        .table([
        'target',
        'status',
        'added',
        'changed',
        'merged',
        'deleted',
        'conflicted',
        'untouched (excluded)',
        'pull request',
    ], report.targets.map((t) => [
        t.repo,
        t.status === 'failed' ? `failed: ${t.error ?? ''}` : t.status,
        t.files?.added.length ?? '',
        t.files?.changed.length ?? '',
        t.files?.merged.length ?? '',
        t.files?.deleted.length ?? '',
        t.files?.conflicted.length ?? '',
        t.files?.untouchedByExclude.length ?? '',
        pullCell(t),
    ]));
    for (const target of report.targets)
        if (target.files)
            summary.details(`${target.repo}: files`, planText(target));
    return summary;
}
function pullCell(t) {
    const pull = t.pullRequest;
    if (!pull || pull.number === null)
        return '';
    return `[#${pull.number}](${pull.url}) ${pull.operation}`;
}
function planText(t) {
    const f = t.files;
    const lists = [
        ['added', f.added],
        ['changed', f.changed],
        ['merged', f.merged],
        ['deleted', f.deleted],
        ['conflicted', f.conflicted.map((c) => `${c.path} (${c.reason}; ${c.resolution})`)],
        ['kept: changed only in the target', f.keptTarget],
        ['kept: deleted in the source, delete_orphaned off', f.orphans],
        ['untouched: excluded', f.untouchedByExclude],
    ];
    const lines = [];
    for (const [name, files] of lists) {
        if (files.length === 0)
            continue;
        lines.push(`**${name}** (${files.length})`, '');
        lines.push(...files.slice(0, FILES_SHOWN).map((file) => `- \`${file}\``));
        if (files.length > FILES_SHOWN)
            lines.push(`- … ${files.length - FILES_SHOWN} more in the report`);
        lines.push('');
    }
    return lines.length > 0 ? lines.join('\n') : 'No file differs.';
}

;// CONCATENATED MODULE: ./src/actions/repo-sync/execute.ts





async function execute(io, settings, deps) {
    const started = Date.now();
    const serverUrl = io.context.serverUrl.replace(/\/$/, '');
    const result = await (0,sync.syncTargets)({
        config: settings.config,
        source: settings.source,
        access: deps.access ??
            githubAccess({
                app: settings.app,
                githubToken: settings.githubToken,
                apiUrl: io.context.apiUrl,
                logger: io.logger,
            }),
        logger: io.logger,
        options: {
            dryRun: settings.dryRun,
            rollback: settings.rollback,
            onConflict: settings.onConflict,
            branchPrefix: settings.branchPrefix,
            remoteUrl: deps.remoteUrl ?? ((t) => `${serverUrl}/${t.repo}.git`),
            serverUrl,
            identity: {
                name: 'kintsugi-sync[bot]',
                email: 'kintsugi-sync[bot]@users.noreply.github.com',
            },
        },
    });
    const failed = result.targets.filter((t) => t.status === 'failed');
    const outcome = failed.length > 0 ? 'failure' : 'success';
    const report = {
        ...result,
        audit: audit(io, outcome, Date.now() - started, result),
    };
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(io.context.tempDir, 'kintsugi', 'repo-sync-report.json'), report);
    io.setOutput('report', reportPath);
    io.setOutput('pull-requests', result.pullRequests);
    await io.writeSummary(syncSummary(result));
    io.annotate(annotations(result));
    return {
        status: outcome,
        message: failed.length > 0
            ? `${failed.length} of ${result.targets.length} targets failed: ${failed.map((t) => `${t.repo} (${t.error})`).join('; ')}`
            : undefined,
        report,
        reportPath,
    };
}
function annotations(report) {
    return report.targets.flatMap((t) => [
        ...(t.error && t.status === 'failed'
            ? [{ level: 'error', title: `repo-sync ${t.repo}`, message: t.error }]
            : []),
        ...(t.notice
            ? [{ level: 'warning', title: `repo-sync ${t.repo}`, message: t.notice }]
            : []),
        ...(t.files?.conflicted ?? []).map((c) => ({
            level: 'warning',
            title: `repo-sync conflict in ${t.repo}`,
            message: `${c.path}: ${c.reason} (${c.resolution})`,
        })),
    ]);
}
function audit(io, outcome, durationMs, report) {
    const repository = io.context.repository;
    return {
        time: new Date().toISOString(),
        action: 'repo-sync',
        actor: io.context.actor,
        repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
        commit: report.source.sha,
        runId: io.context.runId,
        tokensIn: 0,
        tokensOut: 0,
        estimatedCostUsd: 0,
        durationMs,
        outcome,
        links: report.pullRequests.flatMap((p) => (p.url ? [p.url] : [])),
    };
}


/***/ }),

/***/ 49624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ mintInstallationToken)
/* harmony export */ });
/* unused harmony export withInstallationToken */
/* harmony import */ var _octokit_auth_app__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76479);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6702);



async function mintInstallationToken(options) {
    const appId = options.appId ?? options.clientId;
    if (appId === undefined || appId === '')
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('a GitHub App id or client id is required to mint a token');
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(options.privateKey))
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('the GitHub App private key is not a PEM private key (expected "-----BEGIN ... PRIVATE KEY-----")');
    const { owner, repo } = options;
    const full = `${owner}/${repo}`;
    const app = new _octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .OctokitWithPlugins */ .oq({
        ...(0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(options),
        authStrategy: _octokit_auth_app__WEBPACK_IMPORTED_MODULE_2__/* .createAppAuth */ .K,
        auth: { appId, privateKey: options.privateKey.replace(/\\n/g, '\n') },
    });
    let installationId;
    try {
        const { data } = await app.rest.apps.getRepoInstallation({ owner, repo });
        installationId = data.id;
    }
    catch (error) {
        throw explain(error, full, 'find the installation');
    }
    let auth;
    try {
        auth = (await app.auth({
            type: 'installation',
            installationId,
            repositoryNames: [repo],
            permissions: options.permissions,
            // auth-app caches tokens by installation; a revoked token must never come back from it.
            refresh: true,
        }));
    }
    catch (error) {
        throw explain(error, full, 'mint a token');
    }
    let revoked = false;
    return {
        token: auth.token,
        expiresAt: auth.expiresAt,
        permissions: auth.permissions,
        repository: full,
        async revoke() {
            if (revoked)
                return;
            const octokit = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ ...options, token: auth.token });
            await octokit.request('DELETE /installation/token');
            revoked = true;
        },
    };
}
function explain(error, repository, step) {
    const status = error.status;
    if (status === 404)
        return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the GitHub App is not installed on ${repository}`);
    if (status === 401)
        return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`GitHub rejected the App's credentials while trying to ${step} for ${repository} (check the app id or client id and the private key): ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
    if (status === 422)
        return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the GitHub App installation on ${repository} cannot grant what was asked: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
    return new Error(`could not ${step} for ${repository}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
}
/** Runs `work` with a token for one repository and revokes the token afterwards, even on failure. */
async function withInstallationToken(options, work) {
    const token = await mintInstallationToken(options);
    try {
        return await work(token);
    }
    finally {
        await token.revoke().catch((error) => {
            options.logger?.warning(`could not revoke the installation token for ${token.repository}: ${describeError(error)}`);
        });
    }
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
