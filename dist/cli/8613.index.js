export const id = 8613;
export const ids = [8613,6702];
export const modules = {

/***/ 70763:
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
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/risk/assess.ts + 5 modules
var assess = __webpack_require__(8130);
// EXTERNAL MODULE: ./src/risk/comment.ts
var comment = __webpack_require__(74774);
// EXTERNAL MODULE: ./src/risk/github.ts + 1 modules
var github = __webpack_require__(42245);
// EXTERNAL MODULE: ./src/risk/policy/bundle.ts + 2 modules
var policy_bundle = __webpack_require__(55357);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/risk/sarif.ts

/**
 * SARIF 2.1.0 for GitHub code scanning. GitHub's limits (docs: "SARIF support for code
 * scanning"): at most 25,000 results and 25,000 rules per run, 1,000 locations per result, 20
 * tags per rule; each rule carries `properties.security-severity` (a number 0.0-10.0 as a string:
 * over 9 critical, 7-8.9 high, 4-6.9 medium, below 4 low); locations are repository-relative URIs
 * against %SRCROOT% with a region starting at line 1 or later. Results are sorted most severe
 * first so the cap cuts the least important.
 */
const SARIF_LIMITS = Object.freeze({
    maxResults: 25_000,
    maxRules: 25_000,
    maxTagsPerRule: 20,
});
const SECURITY_SEVERITY = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 3.0,
    info: 1.0,
};
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
function toSarif(report, options = {}) {
    const fallbackFile = report.files.find((f) => f.status !== 'removed')?.path ?? report.files[0]?.path;
    const located = [...report.findings]
        .sort((a, b) => SECURITY_SEVERITY[b.severity] - SECURITY_SEVERITY[a.severity])
        .map((finding) => ({ finding, file: repoRelative(finding.file) ?? repoRelative(fallbackFile) }))
        .filter((entry) => entry.file !== undefined)
        .slice(0, SARIF_LIMITS.maxResults);
    const rules = new Map();
    for (const { finding } of located) {
        const score = SECURITY_SEVERITY[finding.severity];
        const known = rules.get(finding.ruleId);
        if (!known || score > known.worst)
            rules.set(finding.ruleId, { finding: known?.finding ?? finding, worst: score });
    }
    const ruleIds = [...rules.keys()].slice(0, SARIF_LIMITS.maxRules);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Kintsugi risk-gate',
                        semanticVersion: options.toolVersion ?? '0.1.0',
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules: ruleIds.map((id) => {
                            const { finding, worst } = rules.get(id);
                            return {
                                id,
                                name: ruleName(id),
                                shortDescription: { text: finding.title.slice(0, 1000) },
                                fullDescription: {
                                    text: `${finding.title} (${finding.source} finding of Kintsugi risk-gate)`,
                                },
                                defaultConfiguration: { level: LEVEL[severityOf(worst)] },
                                properties: {
                                    'security-severity': worst.toFixed(1),
                                    tags: ['security', 'risk-gate', finding.source],
                                    precision: finding.source === 'model' ? 'medium' : 'high',
                                },
                            };
                        }),
                    },
                },
                automationDetails: { id: 'kintsugi/risk-gate/' },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results: located.map(({ finding, file }) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: ruleIds.indexOf(finding.ruleId),
                    level: finding.scored ? LEVEL[finding.severity] : 'note',
                    message: { text: `${finding.title}: ${finding.message}`.slice(0, 4000) },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: Math.max(1, finding.line ?? 1),
                                    ...(finding.column ? { startColumn: Math.max(1, finding.column) } : {}),
                                },
                            },
                        },
                    ],
                    partialFingerprints: { 'kintsugiRiskFinding/v1': fingerprint(finding, file) },
                    properties: {
                        severity: finding.severity,
                        scored: finding.scored,
                        ...(finding.action ? { action: finding.action } : {}),
                    },
                })),
            },
        ],
    };
}
/** Repository-relative, forward slashes, percent-encoded where a URI needs it; never absolute. */
function repoRelative(file) {
    if (!file)
        return undefined;
    const clean = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    if (clean === '' || clean.split('/').includes('..'))
        return undefined;
    return clean.split('/').map(encodeURIComponent).join('/');
}
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function severityOf(score) {
    return (Object.entries(SECURITY_SEVERITY).find(([, s]) => s === score)?.[0] ??
        'info');
}
function fingerprint(finding, file) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${finding.ruleId}\0${file}\0${finding.line ?? 0}\0${finding.title}`)
        .digest('hex')
        .slice(0, 32);
}

;// CONCATENATED MODULE: ./src/actions/risk-gate/publish.ts


/**
 * Comment, label, deployment. Each is its own step and a failure of one (a fork PR's read-only
 * token, a missing permission) is a warning: the score and the decision are the result, and the
 * step's outcome must not depend on whether the token may write.
 */
async function publishResult(io, octokit, where, settings, report, pr) {
    const needsAttention = report.decision === 'review' || report.decision === 'block';
    if (settings.comment === 'always' || (settings.comment === 'on-failure' && needsAttention)) {
        await attempt(io, 'post the PR comment', async () => {
            const comment = await (0,github/* publishRiskComment */.Gg)(octokit, where, report);
            io.logger.info(`${comment.created ? 'posted' : 'updated'} the risk comment: ${comment.url}`);
        });
    }
    if (settings.labels)
        await attempt(io, 'set the risk label', () => (0,github/* setRiskLabel */.OD)(octokit, where, report.level, pr.labels));
    if (settings.deployEnvironment &&
        (report.decision === 'approve' || report.decision === 'deploy')) {
        const environment = settings.deployEnvironment;
        await attempt(io, `create a deployment to ${environment}`, async () => {
            const deployment = await (0,github/* createDeployment */.Yy)(octokit, where, {
                sha: pr.headSha,
                environment,
                score: report.score,
            });
            io.logger.info(`created deployment ${deployment.id} of ${pr.headSha.slice(0, 7)} to ${environment}`);
        });
    }
}
async function attempt(io, what, step) {
    try {
        await step();
    }
    catch (error) {
        io.logger.warning(`risk-gate could not ${what}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/risk-gate/execute.ts












async function execute(io, settings) {
    const started = Date.now();
    const bundle = await (0,policy_bundle/* loadPolicyBundle */.l9)(settings.policies ?? (0,policy_bundle/* defaultPolicyDirectory */.ru)(), {
        expectedSha256: settings.policiesSha256,
    });
    const where = settings.pr !== undefined ? { ...repositoryOf(io), number: settings.pr } : undefined;
    const octokit = where ? githubClient(io, settings) : undefined;
    const fetched = octokit && where ? await (0,github/* fetchPullRequestData */.nl)(octokit, where) : {};
    const diff = settings.diffFile ? await readDiff(settings.diffFile) : undefined;
    const assessment = await (0,assess/* assessRisk */.y)({
        ...fetched,
        ...(diff !== undefined ? { diff, files: undefined } : {}),
        checks: octokit ? fetched.checks : undefined,
        policies: bundle,
        mode: settings.mode,
        thresholds: { approveBelow: settings.approveBelow, deployBelow: settings.deployBelow },
        model: settings.llmReview
            ? {
                client: (0,llm.modelClientFor)(settings.modelChoice, io.logger),
            }
            : undefined,
    });
    const outDir = external_node_path_default().join(io.context.tempDir, 'kintsugi');
    const report = { ...assessment, audit: audit(io, assessment, started) };
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(outDir, 'risk-gate-report.json'), report);
    const sarifPath = settings.sarif ? await writeSarif(settings.sarif, assessment) : undefined;
    if (octokit && where && fetched.pr)
        await publishResult(io, octokit, where, settings, assessment, fetched.pr);
    io.setOutput('score', assessment.score);
    io.setOutput('decision', assessment.decision);
    io.setOutput('findings', assessment.findings);
    io.setOutput('report', reportPath);
    if (sarifPath)
        io.setOutput('sarif', sarifPath);
    await io.writeSummary((0,comment/* renderRiskMarkdown */.vW)(assessment, 2));
    io.annotate(assessment.findings
        .filter((f) => f.scored && f.file)
        .map((f) => ({
        level: f.severity === 'critical' || f.severity === 'high'
            ? 'error'
            : f.severity === 'medium'
                ? 'warning'
                : 'notice',
        title: `risk-gate: ${f.title}`,
        message: f.message,
        file: f.file,
        line: f.line,
        relevance: { critical: 4, high: 3, medium: 2, low: 1, info: 0 }[f.severity],
    })));
    const blocked = assessment.decision === 'block';
    return {
        status: blocked ? 'failure' : 'success',
        message: blocked
            ? `risk-gate blocked this change: ${assessment.denied.join(', ')} (score ${assessment.score}/100)`
            : `risk score ${assessment.score}/100 → ${assessment.decision}${assessment.wouldBlock.length ? `; shadow mode would have blocked: ${assessment.wouldBlock.join(', ')}` : ''}`,
        report,
        reportPath,
    };
}
function githubClient(io, settings) {
    if (!settings.githubToken)
        throw new errors/* ConfigError */.xL('Input github-token is empty: reading a pull request needs a token (or give a diff file instead of pr)');
    return (0,octokit.createOctokit)({
        token: settings.githubToken,
        baseUrl: io.context.apiUrl,
        logger: io.logger,
    });
}
function repositoryOf(io) {
    if (io.context.repository)
        return io.context.repository;
    throw new errors/* ConfigError */.xL('Input pr needs the repository: GITHUB_REPOSITORY (owner/name) is not set; set it, or give a diff file instead of pr');
}
async function readDiff(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`Input diff got ${JSON.stringify(file)}; accepted: a readable unified diff file (${error.code ?? 'unreadable'})`);
    }
}
async function writeSarif(file, report) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(toSarif(report, { toolVersion: (0,octokit/* kintsugiVersion */.RY)() }), null, 2)}\n`, 'utf8');
    return file;
}
function audit(io, report, started) {
    const { context } = io;
    return {
        time: new Date(started).toISOString(),
        action: 'risk-gate',
        ...(context.actor ? { actor: context.actor } : {}),
        ...(context.repository
            ? { repository: `${context.repository.owner}/${context.repository.repo}` }
            : {}),
        ...((report.pr?.headSha ?? context.sha) ? { commit: report.pr?.headSha ?? context.sha } : {}),
        ...(context.runId ? { runId: context.runId } : {}),
        ...(report.usage?.model ? { model: report.usage.model } : {}),
        ...(report.usage?.promptHash ? { promptHash: report.usage.promptHash } : {}),
        tokensIn: report.usage?.tokensIn ?? 0,
        tokensOut: report.usage?.tokensOut ?? 0,
        estimatedCostUsd: report.usage?.estimatedCostUsd ?? 0,
        durationMs: Date.now() - started,
        outcome: report.decision === 'block' ? 'failure' : 'success',
        links: report.pr?.url ? [report.pr.url] : [],
    };
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
