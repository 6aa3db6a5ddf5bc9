export const id = 763;
export const ids = [763];
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
                client: (0,llm/* modelClientFor */.Ur)(settings.modelChoice, io.logger),
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
    return (0,octokit/* createOctokit */.Qi)({
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


/***/ })

};
