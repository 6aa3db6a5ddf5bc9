export const id = 2779;
export const ids = [2779];
export const modules = {

/***/ 62779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/dashboard.ts
var github_dashboard = __webpack_require__(80299);
// EXTERNAL MODULE: ./src/github/app-token.ts
var app_token = __webpack_require__(49624);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
// EXTERNAL MODULE: ./src/platform/context.ts
var context = __webpack_require__(58708);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
// EXTERNAL MODULE: ./src/platform/summary.ts
var platform_summary = __webpack_require__(54487);
// EXTERNAL MODULE: ./src/patch/commands.ts
var commands = __webpack_require__(43546);
// EXTERNAL MODULE: ./src/patch/github-host.ts + 1 modules
var github_host = __webpack_require__(24830);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/upgrade/ecosystem.ts
/** Groups by a "must move with" relation: connected components. */
function groupTogether(upgrades, edges) {
    const parent = new Map(upgrades.map((u) => [u.name, u.name]));
    const reasons = new Map();
    const find = (x) => {
        const p = parent.get(x);
        if (p === x)
            return x;
        const root = find(p);
        parent.set(x, root);
        return root;
    };
    for (const [a, b, why] of edges) {
        if (!parent.has(a) || !parent.has(b))
            continue;
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb)
            parent.set(rb, ra);
        reasons.set(a, [...(reasons.get(a) ?? []), why]);
    }
    const groups = new Map();
    for (const u of upgrades)
        groups.set(find(u.name), [...(groups.get(find(u.name)) ?? []), u]);
    return [...groups.values()].map((members) => ({
        id: members.map((m) => m.name).join('+'),
        upgrades: members,
        reason: members.length > 1 ? members.flatMap((m) => reasons.get(m.name) ?? []).join('; ') : undefined,
    }));
}

;// CONCATENATED MODULE: ./src/upgrade/npm.ts






function run(command, args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`${command} ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-5).join('\n') || error.message}`));
            else
                resolve(stdout);
        });
    });
}
function npmAdapter(options = {}) {
    const env = {
        ...process.env,
        ...options.env,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
    };
    const doFetch = options.fetch ?? fetch;
    const packuments = new Map();
    async function registryOf(workspace) {
        const url = options.registry ?? (await run('npm', ['config', 'get', 'registry'], workspace, env)).trim();
        return url.replace(/\/+$/, '');
    }
    async function packument(workspace, name) {
        const cached = packuments.get(name);
        if (cached)
            return cached;
        const registry = await registryOf(workspace);
        let response;
        try {
            response = await doFetch(`${registry}/${name.replace('/', '%2f')}`, {
                headers: { accept: 'application/json' },
            });
        }
        catch (error) {
            const cause = error.cause?.code ?? error.message;
            throw new errors/* ConfigError */.xL(`the npm registry ${registry} is unreachable (${cause}); set "registry" in .npmrc to one this runner can reach`);
        }
        if (response.status === 404)
            throw new errors/* ConfigError */.xL(`package ${name} is not in the registry ${registry}`);
        if (!response.ok)
            throw new errors/* ConfigError */.xL(`the npm registry ${registry} answered ${response.status} for ${name}`);
        const doc = (await response.json());
        packuments.set(name, doc);
        return doc;
    }
    return {
        id: 'npm',
        stateFiles: ['package.json', 'package-lock.json'],
        async check(workspace) {
            const has = (f) => (0,promises_.stat)(external_node_path_default().join(workspace, f)).then(() => true, () => false);
            if (!(await has('package.json')))
                throw new errors/* ConfigError */.xL(`no package.json in ${workspace}; the npm upgrader needs an npm project`);
            if (!(await has('package-lock.json'))) {
                throw new errors/* ConfigError */.xL(`no lockfile: package-lock.json not found in ${workspace}. Upgrades are bisected against the locked versions; run \`npm install\` and commit package-lock.json`);
            }
        },
        async plan(workspace, { latest, only }) {
            const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(workspace, 'package.json'), 'utf8'));
            const lock = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(workspace, 'package-lock.json'), 'utf8'));
            const wanted = [
                ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({
                    name,
                    range,
                    dev: false,
                })),
                ...Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => ({
                    name,
                    range,
                    dev: true,
                })),
            ].filter((d) => !only || only.includes(d.name));
            const upgrades = [];
            for (const dep of wanted) {
                const installed = lock.packages?.[`node_modules/${dep.name}`]?.version;
                if (!installed || !semver_default().valid(installed) || !semver_default().validRange(dep.range))
                    continue; // git, file: and tag deps stay
                const doc = await packument(workspace, dep.name);
                const versions = Object.keys(doc.versions ?? {}).filter((v) => semver_default().valid(v) && !semver_default().prerelease(v));
                const target = latest
                    ? doc['dist-tags']?.latest
                    : semver_default().maxSatisfying(versions, dep.range);
                if (!target || !semver_default().gt(target, installed))
                    continue;
                upgrades.push({
                    name: dep.name,
                    from: installed,
                    to: target,
                    bump: (semver_default().diff(installed, target) ?? 'patch').replace(/^pre/, ''),
                    dev: dep.dev,
                    changelog: changelogUrl(doc, target),
                });
            }
            return upgrades.sort((a, b) => a.name.localeCompare(b.name));
        },
        async group(workspace, upgrades) {
            const edges = [];
            for (const u of upgrades) {
                const versions = (await packument(workspace, u.name)).versions ?? {};
                const peersAfter = versions[u.to]?.peerDependencies ?? {};
                const peersBefore = versions[u.from]?.peerDependencies ?? {};
                for (const other of upgrades) {
                    if (other === u)
                        continue;
                    const after = peersAfter[other.name];
                    const before = peersBefore[other.name];
                    // u's new version needs other's new version, or other's new version breaks u's current peer range.
                    if (after && !semver_default().satisfies(other.from, after))
                        edges.push([other.name, u.name, `${u.name}@${u.to} needs ${other.name}@${after}`]);
                    else if (before && !semver_default().satisfies(other.to, before))
                        edges.push([
                            other.name,
                            u.name,
                            `${other.name}@${other.to} is outside ${u.name}@${u.from}'s peer range ${before}`,
                        ]);
                }
            }
            return groupTogether(upgrades, edges);
        },
        async apply(workspace, upgrades) {
            if (upgrades.length === 0) {
                await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...registryArgs(options)], workspace, env);
                return;
            }
            const args = [
                'install',
                '--ignore-scripts',
                '--no-audit',
                '--no-fund',
                ...registryArgs(options),
            ];
            const prod = upgrades.filter((u) => !u.dev).map((u) => `${u.name}@${u.to}`);
            const dev = upgrades.filter((u) => u.dev).map((u) => `${u.name}@${u.to}`);
            if (prod.length > 0)
                await run('npm', [...args, ...prod], workspace, env);
            if (dev.length > 0)
                await run('npm', [...args, '--save-dev', ...dev], workspace, env);
        },
    };
}
function registryArgs(options) {
    return options.registry ? ['--registry', options.registry] : [];
}
function changelogUrl(doc, version) {
    const repo = doc.versions?.[version]?.repository ?? doc.repository;
    const url = typeof repo === 'string' ? repo : repo?.url;
    const match = url && /github\.com[/:]([^/]+\/[^/.#]+)/.exec(url);
    return match ? `https://github.com/${match[1]}/releases` : undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/diagnose/analyse-log.ts + 4 modules
var analyse_log = __webpack_require__(85945);
// EXTERNAL MODULE: ./src/diagnose/report.ts
var report = __webpack_require__(29512);
// EXTERNAL MODULE: ./src/patch/heal.ts + 13 modules
var heal = __webpack_require__(96837);
// EXTERNAL MODULE: ./src/patch/publish.ts
var publish = __webpack_require__(7801);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/upgrade/pull-request.ts

const PLAN_MARKER = 'kintsugi:upgrade-plan';
/** Identifies a plan (what would be upgraded, from what, to what); equal plans need no new run. */
function planFingerprint(upgrades) {
    const canonical = upgrades
        .map((u) => `${u.name}@${u.from}->${u.to}`)
        .sort()
        .join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16);
}
function fingerprintIn(body) {
    return body ? new RegExp(`<!-- ${PLAN_MARKER} ([0-9a-f]+) -->`).exec(body)?.[1] : undefined;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function row(u) {
    return `| \`${u.name}\` | ${u.from} | ${u.to} | ${u.bump}${u.dev ? ' (dev)' : ''} | ${u.changelog ? `[releases](${u.changelog})` : ''} |`;
}
/** The PR body: the upgrades that pass, then each held-back one with the failure it causes. */
function upgradeBody(result, heldBack, fingerprint, runs) {
    const adapted = heldBack.filter((h) => h.adapted);
    const parts = [
        `<!-- ${PLAN_MARKER} ${fingerprint} -->`,
        `Kintsugi upgraded ${result.upgraded.length} dependenc${result.upgraded.length === 1 ? 'y' : 'ies'}; every one below passes the checks.`,
        '',
        '| package | from | to | bump | changelog |',
        '| --- | --- | --- | --- | --- |',
        ...result.upgraded.map(row),
    ];
    if (adapted.length > 0) {
        parts.push('', '### Upgraded with an adapting change', '');
        for (const h of adapted) {
            parts.push(`- ${h.upgrades.map((u) => `\`${u.name}\` ${u.from} → ${u.to}`).join(', ')}: ${cell(h.adapted.explanation)} (files: ${h.adapted.files.join(', ')}); validated.`);
        }
    }
    const held = heldBack.filter((h) => !h.adapted);
    if (held.length > 0) {
        parts.push('', '### Held back', '');
        for (const h of held) {
            parts.push(`<details><summary>${h.upgrades.map((u) => `${u.name} ${u.from} → ${u.to}`).join(', ')}: ${cell(h.summary)} (${h.category})</summary>`, '', '```', h.excerpt.replace(/```/g, "'''"), '```', '', '</details>');
        }
    }
    parts.push('', `Test runs spent: ${runs} (including the baseline run before any upgrade).`);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/upgrade/bisect.ts
async function findCulprits(groups, test, options = {}) {
    const runs = [];
    const maxRuns = options.maxRuns ?? 4 * groups.length + 4;
    const run = async (set, purpose) => {
        if (runs.length >= maxRuns)
            throw new Error(`bisect stopped after ${maxRuns} test runs without an answer`);
        const passed = await test(set);
        runs.push({ groups: set, passed, purpose });
        return passed;
    };
    const good = [];
    const culprits = [];
    let rest = [...groups];
    // Whether good ∪ rest is known to fail (true at the start: the full upgrade failed).
    let restKnownToFail = true;
    let goodVerified = false;
    for (let round = 0; rest.length > 0; round++) {
        if (round >= 2) {
            if (await run([...good, ...rest], 'confirm')) {
                good.push(...rest);
                return { culprits, good, runs, goodVerified: true };
            }
            restKnownToFail = true;
        }
        // Smallest k with good ∪ rest[0..k) failing; lo passes (good alone), hi is assumed to fail.
        let lo = 0;
        let hi = rest.length;
        let hiTested = restKnownToFail;
        while (hi - lo > 1 || !hiTested) {
            if (hi - lo <= 1) {
                // The search reached an upper end nobody tested: test it now.
                const passed = await run([...good, ...rest.slice(0, hi)], 'confirm');
                if (passed) {
                    good.push(...rest.slice(0, hi));
                    return { culprits, good, runs, goodVerified: true };
                }
                hiTested = true;
                break;
            }
            const mid = Math.floor((lo + hi) / 2);
            if (await run([...good, ...rest.slice(0, mid)], 'search')) {
                lo = mid;
                goodVerified = true;
            }
            else {
                hi = mid;
                hiTested = true;
            }
        }
        // rest[hi - 1] is a culprit; everything before it is good on top of `good`.
        good.push(...rest.slice(0, hi - 1));
        goodVerified = goodVerified || hi - 1 === 0;
        culprits.push(rest[hi - 1]);
        rest = rest.slice(hi);
        restKnownToFail = false;
    }
    if (!goodVerified || runs.length === 0 || !lastRunWas(runs, good)) {
        goodVerified = await run([...good], 'confirm');
    }
    return { culprits, good, runs, goodVerified };
}
function lastRunWas(runs, set) {
    return runs.some((r) => r.passed && r.groups.length === set.length && r.groups.every((g, i) => g === set[i]));
}

;// CONCATENATED MODULE: ./src/upgrade/upgrade.ts



const UPGRADE_SCHEMA_VERSION = 1;
/**
 * Upgrade everything that can be upgraded; when the checks go red, bisect the upgrade groups, hold
 * back only the culprits and leave the workspace with every upgrade that passes applied.
 */
async function upgradeDependencies(options) {
    const { workspace, adapter, logger } = options;
    await adapter.check(workspace);
    const baseline = await snapshot(workspace, adapter.stateFiles);
    const upgrades = await adapter.plan(workspace, { latest: options.latest, only: options.only });
    const testRuns = [];
    const result = (outcome, message, upgraded, heldBack, groups) => ({
        outcome,
        message,
        upgraded,
        heldBack,
        groups,
        testRuns,
        upgradeRuns: testRuns.filter((r) => r.purpose !== 'baseline').length,
    });
    if (upgrades.length === 0)
        return result('nothing-to-upgrade', 'Every dependency is already at the newest version allowed.', [], [], []);
    const groups = await adapter.group(workspace, upgrades);
    logger.info(`${upgrades.length} upgrade(s) in ${groups.length} group(s): ${groups.map((g) => g.id).join(', ')}`);
    const outputs = new Map();
    const check = async (set, purpose) => {
        await restore(workspace, baseline);
        await adapter.apply(workspace, set.flatMap((g) => g.upgrades));
        const started = Date.now();
        const { passed, output } = await options.runChecks(workspace);
        testRuns.push({
            purpose,
            upgrades: set.map((g) => g.id),
            passed,
            seconds: (Date.now() - started) / 1000,
        });
        logger.info(`test run ${testRuns.length} (${purpose}) with [${set.map((g) => g.id).join(', ')}]: ${passed ? 'passed' : 'failed'}`);
        if (!passed)
            outputs.set(set.map((g) => g.id).join('|'), output);
        return passed;
    };
    if (!(await check([], 'baseline'))) {
        return result('baseline-red', 'The checks fail before any upgrade: nothing to bisect. Fix the build first.', [], [], groups);
    }
    if (await check(groups, 'all-upgrades'))
        return result('all-upgraded', `All ${upgrades.length} upgrade(s) pass the checks.`, upgrades, [], groups);
    const bisect = await findCulprits(groups, (set) => check(set, 'bisect'));
    const heldBack = bisect.culprits.map((culprit) => ({
        group: culprit.id,
        upgrades: culprit.upgrades,
        reason: `the checks fail with ${culprit.id} upgraded on top of the upgrades that pass`,
        failureOutput: failureOf(culprit, bisect.runs, outputs),
    }));
    // Leave the workspace with exactly the good set applied.
    const lastRun = testRuns.at(-1);
    if (!lastRun?.passed || lastRun.upgrades.join('|') !== bisect.good.map((g) => g.id).join('|')) {
        if (bisect.goodVerified) {
            // Already tested green as a set during the bisect: re-apply it without spending a run.
            await restore(workspace, baseline);
            await adapter.apply(workspace, bisect.good.flatMap((g) => g.upgrades));
        }
        else if (!(await check(bisect.good, 'final'))) {
            throw new Error('the upgrades that passed one by one fail together; refusing to propose them');
        }
    }
    const upgraded = bisect.good.flatMap((g) => g.upgrades);
    const outcome = upgraded.length === 0 ? 'all-held-back' : 'partially-upgraded';
    return result(outcome, `${upgraded.length} upgrade(s) pass; ${heldBack.length} group(s) held back: ${heldBack.map((h) => h.group).join(', ')}.`, upgraded, heldBack, groups);
}
function failureOf(culprit, runs, outputs) {
    // The failing run whose last group is the culprit shows its failure with the least else changed.
    const candidates = runs
        .filter((r) => !r.passed && r.groups.includes(culprit))
        .sort((a, b) => a.groups.length - b.groups.length);
    for (const run of candidates) {
        const output = outputs.get(run.groups.map((g) => g.id).join('|'));
        if (output)
            return output;
    }
    return '';
}
async function snapshot(workspace, files) {
    const entries = await Promise.all(files.map(async (f) => [f, await (0,promises_.readFile)(external_node_path_default().join(workspace, f), 'utf8').catch(() => undefined)]));
    return new Map(entries);
}
async function restore(workspace, state) {
    for (const [file, content] of state)
        if (content !== undefined)
            await (0,promises_.writeFile)(external_node_path_default().join(workspace, file), content, 'utf8');
}

;// CONCATENATED MODULE: ./src/upgrade/scheduled.ts













const git = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The weekly job: upgrade, bisect, hold back the culprits, try to adapt the code to them, open one PR. */
async function runScheduledUpgrade(options) {
    const { workspace, adapter, settings, logger } = options;
    if (settings.validate.length === 0) {
        throw new errors/* ConfigError */.xL('Input validate: the upgrade mode needs the commands that tell whether the project still works (e.g. npm test), one per line');
    }
    await adapter.check(workspace);
    await assertClean(workspace);
    const branch = `${settings.branchPrefix}${adapter.id}`;
    const planned = await adapter.plan(workspace, { latest: settings.latest });
    const fingerprint = planFingerprint(planned);
    const open = settings.openPr && options.github ? await options.github.openPullBody(branch) : undefined;
    if (open && fingerprintIn(open.body) === fingerprint) {
        return unchanged(fingerprint, `Nothing new since PR #${open.number}: the same upgrades are already proposed; no test run spent.`);
    }
    const runner = options.runner ?? (0,commands/* createCommandRunner */._m)();
    const runChecks = async (root) => {
        let output = '';
        for (const command of settings.validate) {
            const result = await runner.shell(command, {
                cwd: root,
                timeoutMs: settings.validationTimeoutMs,
                isolated: true,
            });
            output += `$ ${command}\n${result.output}\n`;
            if (result.notFound)
                throw new errors/* ConfigError */.xL(`Input validate: command not found: "${command}"; accepted: commands that exist in the workspace`);
            if (result.exitCode !== 0 || result.timedOut)
                return { passed: false, output };
        }
        return { passed: true, output };
    };
    const result = await upgradeDependencies({
        workspace,
        adapter,
        latest: settings.latest,
        runChecks,
        logger,
    });
    const heldBack = await explainHeldBack(result, options);
    const report = {
        schemaVersion: UPGRADE_SCHEMA_VERSION,
        mode: 'upgrade',
        outcome: result.outcome,
        message: result.message,
        fingerprint,
        upgraded: result.upgraded,
        heldBack,
        testRuns: {
            total: result.testRuns.length,
            afterBaseline: result.upgradeRuns,
            log: result.testRuns,
        },
    };
    const proposable = result.upgraded.length > 0 || heldBack.some((h) => h.adapted);
    if (proposable && settings.openPr && options.github) {
        const files = await changedFiles(workspace);
        const body = upgradeBody(result, heldBack, fingerprint, result.testRuns.length);
        const title = `Kintsugi: upgrade ${result.upgraded.length} ${adapter.id} dependenc${result.upgraded.length === 1 ? 'y' : 'ies'}`;
        const published = await (0,publish/* publishFix */.f)(options.github.host, {
            branch,
            base: settings.base ?? (await options.github.host.defaultBranch()),
            baseSha: (await git('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim(),
            files,
            title,
            body,
            commitMessage: `${title}\n\n${result.upgraded.map((u) => `${u.name} ${u.from} -> ${u.to}`).join('\n')}`,
            draft: settings.draft,
            labels: settings.labels,
            reviewers: settings.reviewers,
        });
        report.pullRequest = { ...published, branch };
        report.message += ` PR #${published.number} ${published.created ? 'opened' : 'updated'}.`;
    }
    return report;
}
function unchanged(fingerprint, message) {
    return {
        schemaVersion: UPGRADE_SCHEMA_VERSION,
        mode: 'upgrade',
        outcome: 'unchanged',
        message,
        fingerprint,
        upgraded: [],
        heldBack: [],
        testRuns: { total: 0, afterBaseline: 0, log: [] },
    };
}
/** Diagnose each culprit's failure; with a model, try a validated change that adapts the code to it. */
async function explainHeldBack(result, options) {
    const summaries = [];
    for (const held of result.heldBack) {
        const diagnosis = await diagnoseOutput(held.failureOutput, held.group, options.settings.validate);
        const summary = {
            group: held.group,
            upgrades: held.upgrades,
            category: diagnosis.category,
            summary: diagnosis.summary,
            excerpt: diagnosis.excerpts[0]?.text ?? held.failureOutput.split('\n').slice(-20).join('\n'),
        };
        if (options.settings.llm && options.model)
            summary.adapted = await adaptTo(held.upgrades, diagnosis, options);
        summaries.push(summary);
    }
    return summaries;
}
async function diagnoseOutput(output, group, validate) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'kintsugi-upgrade-log-'));
    try {
        const file = external_node_path_default().join(dir, `${group}.log`);
        await (0,promises_.writeFile)(file, output, 'utf8');
        const log = await (0,analyse_log/* analyseLog */.s)(file, `${group}.log`, { maxExcerptLines: 40 });
        return {
            schemaVersion: report/* DIAGNOSE_SCHEMA_VERSION */.Ox,
            category: log.category,
            confidence: log.confidence,
            summary: log.summary,
            excerpts: log.excerpts,
            failingTests: log.failingTests,
            locations: log.locations,
            tools: log.tools,
            jobs: [
                {
                    name: `upgrade ${group}`,
                    command: validate.join(' && '),
                    category: log.category,
                    tools: log.tools,
                },
            ],
            llm: null,
            audit: {
                time: new Date().toISOString(),
                action: 'diagnose',
                tokensIn: 0,
                tokensOut: 0,
                estimatedCostUsd: 0,
                durationMs: 0,
                outcome: 'success',
                links: [],
            },
        };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * With the culprit applied on top of the good upgrades, let patch (fixers, then the model) make the
 * checks green. Kept only if it validates; otherwise the workspace goes back to the good set.
 */
async function adaptTo(upgrades, diagnosis, options) {
    const { workspace, adapter, settings, logger } = options;
    const start = await gitOut(workspace, ['rev-parse', 'HEAD']);
    const goodState = await scheduled_snapshot(workspace, adapter.stateFiles);
    await adapter.apply(workspace, upgrades);
    // patch heals from a clean tree: commit this state for the while (tracked files only), undo after.
    await gitOut(workspace, ['add', '-u']);
    await gitOut(workspace, [
        '-c',
        'user.name=kintsugi',
        '-c',
        'user.email=kintsugi@users.noreply.github.com',
        'commit',
        '-q',
        '--no-verify',
        '-m',
        'kintsugi: culprit applied (temporary)',
    ]);
    try {
        const report = await (0,heal/* healFailure */.$)({
            workspace,
            diagnosis,
            settings: {
                ...heal/* DEFAULT_HEAL_SETTINGS */.t,
                fixers: [],
                llm: true,
                openPr: false,
                validate: settings.validate,
                validationTimeoutMs: settings.validationTimeoutMs,
                maxAttempts: settings.maxAttempts,
                maxDiffLines: settings.maxDiffLines,
                budgetTokens: settings.budgetTokens,
                branchPrefix: settings.branchPrefix,
            },
            model: options.model,
            runner: options.runner,
            logger,
            patchDirectory: options.patchDirectory,
        });
        if (!report.patched || !report.patch) {
            logger.info(`no validated adaptation for ${upgrades.map((u) => u.name).join('+')}: ${report.message}`);
            await gitOut(workspace, ['reset', '-q', '--hard', 'HEAD']);
            await gitOut(workspace, ['reset', '-q', '--soft', start]);
            await gitOut(workspace, ['reset', '-q']);
            await scheduled_restore(workspace, goodState);
            await adapter.apply(workspace, []);
            return undefined;
        }
        const explanation = report.attempts.find((a) => a.outcome === 'accepted')?.explanation ?? report.message;
        await gitOut(workspace, ['reset', '-q', '--soft', start]);
        await gitOut(workspace, ['reset', '-q']);
        return { files: report.patch.files, explanation };
    }
    catch (error) {
        await gitOut(workspace, ['reset', '-q', '--soft', start]).catch(() => undefined);
        await gitOut(workspace, ['reset', '-q']).catch(() => undefined);
        throw error;
    }
}
async function gitOut(cwd, args) {
    return (await git('git', args, { cwd })).stdout.trim();
}
async function assertClean(workspace) {
    const status = await gitOut(workspace, ['status', '--porcelain']).catch(() => {
        throw new errors/* ConfigError */.xL(`${workspace} is not a git work tree; the upgrade mode proposes its change as a PR from a checkout`);
    });
    if (status)
        throw new errors/* ConfigError */.xL(`the work tree ${workspace} has uncommitted changes; commit or discard them first:\n${status}`);
}
async function changedFiles(workspace) {
    // -z: no quoting, and no trimming that would eat the status column of the first entry.
    const { stdout } = await git('git', ['status', '--porcelain', '-z', '--untracked-files=all'], {
        cwd: workspace,
    });
    const names = stdout
        .split('\0')
        .filter((entry) => entry.length > 3)
        .map((entry) => entry.slice(3));
    return Promise.all(names.map(async (name) => ({
        path: name,
        content: await (0,promises_.readFile)(external_node_path_default().join(workspace, name), 'utf8').catch(() => null),
    })));
}
async function scheduled_snapshot(workspace, files) {
    const state = new Map();
    for (const f of files) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(workspace, f), 'utf8').catch(() => undefined);
        if (text !== undefined)
            state.set(f, text);
    }
    return state;
}
async function scheduled_restore(workspace, state) {
    for (const [f, text] of state)
        await (0,promises_.writeFile)(external_node_path_default().join(workspace, f), text, 'utf8');
}

;// CONCATENATED MODULE: ./src/actions/patch/upgrade.ts












/** `mode: upgrade`: the scheduled dependency upgrade, through the same PR host, runner and model as `fix`. */
async function runUpgrade(io, settings, appToken) {
    const { heal } = settings;
    const outDir = external_node_path_default().join(io.context.tempDir, 'kintsugi');
    const report = await runScheduledUpgrade({
        workspace: io.context.workspace,
        adapter: npmAdapter({ env: io.env }),
        settings: {
            latest: settings.latest,
            validate: heal.validate,
            validationTimeoutMs: heal.validationTimeoutMs,
            openPr: heal.openPr,
            branchPrefix: heal.branchPrefix,
            base: heal.base,
            draft: heal.draft,
            labels: heal.labels,
            reviewers: heal.reviewers,
            llm: heal.llm,
            maxAttempts: heal.maxAttempts,
            maxDiffLines: heal.maxDiffLines,
            budgetTokens: heal.budgetTokens,
        },
        github: heal.openPr ? connect(io, settings, appToken) : undefined,
        model: heal.llm ? (0,llm.modelClientFor)(settings.modelChoice, io.logger) : undefined,
        runner: (0,commands/* createCommandRunner */._m)({ env: io.env }),
        logger: io.logger,
        patchDirectory: outDir,
    });
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(outDir, 'patch-report.json'), report);
    io.setOutput('patched', Boolean(report.pullRequest));
    io.setOutput('pr-number', report.pullRequest?.number ?? '');
    io.setOutput('pr-url', report.pullRequest?.url ?? '');
    io.setOutput('patch-path', '');
    io.setOutput('report', reportPath);
    await io.writeSummary(upgradeSummary(report));
    const status = report.outcome === 'baseline-red'
        ? 'failure'
        : report.outcome === 'unchanged' || report.outcome === 'nothing-to-upgrade'
            ? 'neutral'
            : 'success';
    return { status, message: report.message, report, reportPath };
}
function connect(io, settings, appToken) {
    const token = appToken ?? settings.githubToken;
    if (!token)
        throw new errors/* ConfigError */.xL('Input open-pr is true but neither github-token nor app-id/private-key is given; give one, or set open-pr: false');
    const repository = (0,context/* requireRepository */.Cc)(io.context);
    const octokit = (0,github_octokit.createOctokit)({ token, baseUrl: io.context.apiUrl, logger: io.logger });
    return {
        host: (0,github_host/* githubPullRequestHost */.C)(octokit, repository),
        async openPullBody(branch) {
            const pull = await (0,pulls/* findOpenPullByHead */.m7)(octokit, { ...repository, head: branch });
            if (!pull)
                return undefined;
            const { data } = await octokit.rest.pulls.get({ ...repository, pull_number: pull.number });
            return { number: pull.number, body: data.body ?? '' };
        },
    };
}
function upgradeSummary(report) {
    const summary = new platform_summary/* Summary */.BD().heading('Kintsugi dependency upgrade').paragraph(report.message);
    summary.table(['package', 'from', 'to', 'bump'], report.upgraded.map((u) => [u.name, u.from, u.to, u.bump]));
    summary.table(['held back', 'why', 'adapted'], report.heldBack.map((h) => [
        h.upgrades.map((u) => `${u.name} ${u.from} → ${u.to}`).join(', '),
        `${h.category}: ${h.summary}`,
        h.adapted ? `yes (${h.adapted.files.join(', ')})` : 'no',
    ]));
    summary.paragraph(`Test runs spent: ${report.testRuns.total} (${report.testRuns.afterBaseline} after the baseline run).`);
    return summary;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/patch/diagnosis.ts





const category = schemas/* enum */.k5n(report/* CATEGORIES */.R6);
/** The parts of the diagnose report patch relies on, checked before anything is trusted. */
const diagnoseReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(report/* DIAGNOSE_SCHEMA_VERSION */.Ox),
    category,
    confidence: schemas/* number */.aig().min(0).max(1),
    summary: schemas/* string */.YjP(),
    excerpts: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        startLine: schemas/* number */.aig().int(),
        endLine: schemas/* number */.aig().int(),
        text: schemas/* string */.YjP(),
    })),
    failingTests: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        file: schemas/* string */.YjP().optional(),
        line: schemas/* number */.aig().int().optional(),
        message: schemas/* string */.YjP().optional(),
    })),
    locations: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        line: schemas/* number */.aig().int(),
        column: schemas/* number */.aig().int().optional(),
        message: schemas/* string */.YjP(),
        tool: schemas/* string */.YjP().optional(),
    })),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()),
    jobs: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        logFile: schemas/* string */.YjP().optional(),
        failedStep: schemas/* string */.YjP().optional(),
        command: schemas/* string */.YjP().optional(),
        category,
        tools: schemas/* array */.YOg(schemas/* string */.YjP()),
    })),
    llm: schemas/* object */.Ikc({
        used: schemas/* boolean */.zMY(),
        model: schemas/* string */.YjP().optional(),
        rootCause: schemas/* string */.YjP().optional(),
        suggestedFix: schemas/* string */.YjP().optional(),
        rejected: schemas/* string */.YjP().optional(),
    })
        .nullable(),
    audit: schemas/* looseObject */._H3({ time: schemas/* string */.YjP(), action: schemas/* string */.YjP() }),
});
/** Validates a parsed diagnose report; `where` names it in the messages. */
function parseDiagnosis(value, where) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.xL(`Input diagnosis: ${where} is not a diagnose report (expected a JSON object)`);
    }
    const version = value.schemaVersion;
    if (version !== report/* DIAGNOSE_SCHEMA_VERSION */.Ox) {
        throw new errors/* ConfigError */.xL(`Input diagnosis: ${where} has schemaVersion ${JSON.stringify(version ?? null)}; ` +
            `this patch reads diagnose reports with schemaVersion ${report/* DIAGNOSE_SCHEMA_VERSION */.Ox}`);
    }
    const parsed = diagnoseReportSchema.safeParse(value);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, 5)
            .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
        throw new errors/* ConfigError */.xL(`Input diagnosis: ${where} is not a valid diagnose report: ${problems.join('; ')}`);
    }
    // The audit record is checked loosely: patch reads none of it beyond time and action.
    return parsed.data;
}
/** A report path (absolute or relative to the workspace), or the name of an artifact holding one. */
async function readDiagnosis(reference, sources) {
    const file = await findReportFile(reference, sources);
    const text = await (0,promises_.readFile)(file, 'utf8');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`Input diagnosis: ${file} is not valid JSON (${error.message})`);
    }
    return parseDiagnosis(value, file);
}
async function findReportFile(reference, sources) {
    const candidate = external_node_path_default().resolve(sources.workspace, reference);
    const found = await (0,promises_.stat)(candidate).catch(() => undefined);
    if (found?.isFile())
        return candidate;
    const looksLikeArtifact = /^[A-Za-z0-9._-]+$/.test(reference) && !reference.endsWith('.json');
    if (!looksLikeArtifact || !sources.artifacts) {
        throw new errors/* ConfigError */.xL(`Input diagnosis got ${JSON.stringify(reference)}: no such file` +
            (looksLikeArtifact ? ' and no artifact store to look it up in' : '') +
            '; accepted: a diagnose report path or the name of an artifact (kintsugi-diagnose)');
    }
    const destination = await (0,promises_.mkdtemp)(external_node_path_default().join(sources.tempDir, 'kintsugi-diagnosis-'));
    await sources.artifacts.download(reference, { destination });
    const reports = (await (0,promises_.readdir)(destination, { recursive: true }))
        .map(String)
        .filter((name) => name.endsWith('.json'));
    const preferred = reports.find((name) => /diagnose/.test(external_node_path_default().basename(name))) ?? reports[0];
    if (!preferred) {
        throw new errors/* ConfigError */.xL(`Input diagnosis: artifact ${reference} holds no JSON report`);
    }
    return external_node_path_default().join(destination, preferred);
}

;// CONCATENATED MODULE: ./src/actions/patch/summary.ts

const OUTCOME_TITLE = {
    patched: 'Patched',
    'not-patched': 'Could not patch',
    skipped: 'Skipped',
    'not-reproduced': 'Nothing to patch',
};
/** The job summary: verdict, the PR, the risk, the validation evidence and every attempt. */
function patchSummary(report) {
    const summary = new platform_summary/* Summary */.BD()
        .heading(`Kintsugi patch: ${OUTCOME_TITLE[report.outcome]}`, 2)
        .paragraph(report.message);
    if (report.pullRequest) {
        summary.paragraph(`PR [#${report.pullRequest.number}](${report.pullRequest.url}) on \`${report.branch}\` (${report.pullRequest.created ? 'opened' : 'updated'}).`);
    }
    if (report.patch) {
        summary.paragraph(`Risk **${report.patch.risk.score}/100 (${report.patch.risk.level})**: ${report.patch.risk.reasons.join('; ')}.`);
        summary.table(['validation command', 'before', 'after'], report.patch.validation.map((c) => [
            c.command,
            report.validation.baseline?.failing.includes(c.command) ? 'failed' : 'passed',
            c.passed ? 'passed' : 'failed',
        ]));
    }
    if (report.validation.note)
        summary.paragraph(`_${report.validation.note}_`);
    summary.table(['#', 'source', 'outcome', 'why'], report.attempts.map((a) => [
        a.number,
        a.source === 'fixers'
            ? `fixers: ${(a.fixers ?? []).map((f) => (f.status === 'ran' ? f.id : `${f.id} (skipped)`)).join(', ')}`
            : 'model',
        a.outcome,
        a.reasons.slice(0, 3).join('; '),
    ]));
    if (report.patch?.diff)
        summary.details('Diff', `\`\`\`diff\n${report.patch.diff.slice(0, 20_000)}\n\`\`\``);
    return summary;
}

;// CONCATENATED MODULE: ./src/actions/patch/execute.ts














/** Each mode of the action; `upgrade` (scheduled dependency upgrades) plugs in here. */
const MODES = {
    fix: runFix,
    upgrade: async (io, settings) => {
        if (settings.heal.llm && !(0,llm.isModelConfigured)(settings.modelChoice)) {
            throw new errors/* ConfigError */.xL(`Input llm is on but ${llm.MODEL_NOT_CONFIGURED}; or set llm: off`);
        }
        const appToken = await mintAppToken(io, settings);
        try {
            return await runUpgrade(io, settings, appToken?.token);
        }
        finally {
            await appToken
                ?.revoke()
                .catch((error) => io.logger.warning(`could not revoke the App token: ${(0,errors/* describeError */.Uc)(error)}`));
        }
    },
};
async function execute(io, settings) {
    return MODES[settings.mode](io, settings);
}
async function runFix(io, settings) {
    const diagnosis = await readDiagnosis(settings.diagnosis, {
        workspace: io.context.workspace,
        artifacts: io.artifacts,
        tempDir: io.context.tempDir,
    });
    if (settings.heal.llm && !(0,llm.isModelConfigured)(settings.modelChoice)) {
        throw new errors/* ConfigError */.xL(`Input llm is on but ${llm.MODEL_NOT_CONFIGURED}; or set llm: off`);
    }
    const model = settings.heal.llm ? (0,llm.modelClientFor)(settings.modelChoice, io.logger) : undefined;
    const outDir = external_node_path_default().join(io.context.tempDir, 'kintsugi');
    const appToken = await mintAppToken(io, settings);
    let report;
    try {
        const github = await connectGitHub(io, settings, appToken?.token);
        report = await (0,heal/* healFailure */.$)({
            workspace: io.context.workspace,
            diagnosis,
            settings: settings.heal,
            github,
            model,
            runner: (0,commands/* createCommandRunner */._m)({ env: io.env }),
            logger: io.logger,
            patchDirectory: outDir,
            audit: {
                actor: io.context.actor,
                repository: io.context.repository
                    ? `${io.context.repository.owner}/${io.context.repository.repo}`
                    : undefined,
                commit: io.context.sha,
                runId: io.context.runId,
            },
        });
    }
    finally {
        await appToken
            ?.revoke()
            .catch((error) => io.logger.warning(`could not revoke the App token: ${(0,errors/* describeError */.Uc)(error)}`));
    }
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(outDir, 'patch-report.json'), report);
    io.setOutput('patched', report.patched);
    io.setOutput('pr-number', report.pullRequest?.number ?? '');
    io.setOutput('pr-url', report.pullRequest?.url ?? '');
    io.setOutput('patch-path', report.patchPath ?? '');
    io.setOutput('report', reportPath);
    await io.writeSummary(patchSummary(report));
    const status = report.patched
        ? 'success'
        : report.outcome === 'not-patched'
            ? 'failure'
            : 'neutral';
    return { status, message: report.message, report, reportPath };
}
async function mintAppToken(io, settings) {
    if (!settings.app || !settings.heal.openPr)
        return undefined;
    const { owner, repo } = (0,context/* requireRepository */.Cc)(io.context);
    return (0,app_token/* mintInstallationToken */.i)({
        appId: settings.app.appId,
        privateKey: settings.app.privateKey,
        owner,
        repo,
        permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
        baseUrl: io.context.apiUrl,
        logger: io.logger,
    });
}
/** The PR host and the dashboard (loop guard), when a PR is to be opened. */
async function connectGitHub(io, settings, appToken) {
    if (!settings.heal.openPr)
        return undefined;
    const token = appToken ?? settings.githubToken;
    if (!token)
        throw new errors/* ConfigError */.xL('Input open-pr is true but neither github-token nor app-id/private-key is given; give one, or set open-pr: false');
    const repository = (0,context/* requireRepository */.Cc)(io.context);
    const octokit = (0,github_octokit.createOctokit)({ token, baseUrl: io.context.apiUrl, logger: io.logger });
    let dashboard;
    try {
        dashboard = await (0,github_dashboard/* openDashboard */.Nb)(octokit, {
            ...repository,
            runId: io.context.runId,
            logger: io.logger,
        });
    }
    catch (error) {
        io.logger.warning(`could not open the dashboard issue, so healing runs per day are not capped this time: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    return { host: (0,github_host/* githubPullRequestHost */.C)(octokit, repository), dashboard };
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


/***/ })

};
