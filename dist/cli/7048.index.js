export const id = 7048;
export const ids = [7048,6702,7648];
export const modules = {

/***/ 17048:
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/lean/process.ts
/**
 * The one place that starts external processes for lean-prove. Each process gets its own process
 * group so that a budget overrun kills lake, lean and anything they started, and is reported as a
 * timeout rather than a crash.
 */




const OUTPUT_CAP = 8 * 1024 * 1024;
const runCommand = (command, args, options) => new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    let timedOut = false;
    const child = (0,external_node_child_process_.spawn)(command, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk) => {
        if (output.length < OUTPUT_CAP)
            output += chunk.toString('utf8');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const killGroup = () => {
        timedOut = true;
        try {
            if (child.pid)
                process.kill(-child.pid, 'SIGKILL');
        }
        catch {
            child.kill('SIGKILL');
        }
    };
    const timer = options.timeoutMs > 0 ? setTimeout(killGroup, options.timeoutMs) : undefined;
    const finish = (exitCode, missing) => {
        if (timer)
            clearTimeout(timer);
        resolve({ output, exitCode, timedOut, durationMs: Date.now() - started, missing });
    };
    child.on('error', (error) => finish(null, error.code === 'ENOENT'));
    child.on('close', (code) => finish(code, false));
});
/** The first `command` on PATH, as the shell would find it. */
async function whichCommand(command, env) {
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, command);
        const ok = await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK).then(() => true, () => false);
        if (ok)
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lean/base-ref.ts
/**
 * A checkout of the base ref beside the workspace (a detached `git worktree`), so the base branch's
 * Lean project can be built with the same toolchain and compared declaration by declaration.
 */





async function checkoutBaseRef(repoDir, ref, run = runCommand) {
    const git = (args) => run('git', args, { cwd: repoDir, env: process.env, timeoutMs: 5 * 60_000 });
    if (!/^[\w./@^~-]+$/.test(ref) || ref.startsWith('-')) {
        throw new errors/* ConfigError */.xL(`Input base-ref got ${JSON.stringify(ref)}; accepted: a branch, tag or commit name`);
    }
    let commit;
    for (const candidate of [ref, `origin/${ref}`]) {
        const found = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
        if (found.exitCode === 0) {
            commit = found.output.trim();
            break;
        }
    }
    if (!commit) {
        const fetched = await git(['fetch', '--depth=1', 'origin', ref]);
        const head = fetched.exitCode === 0
            ? await git(['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])
            : undefined;
        if (!head || head.exitCode !== 0) {
            throw new errors/* ConfigError */.xL(`Input base-ref got ${JSON.stringify(ref)}: no such branch or commit here, and fetching it failed. Check out with fetch-depth: 0 or name an existing ref.`);
        }
        commit = head.output.trim();
    }
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'kintsugi-lean-base-'));
    const added = await git(['worktree', 'add', '--detach', dir, commit]);
    if (added.exitCode !== 0)
        throw new Error(`git worktree add failed: ${added.output.trim()}`);
    return {
        dir,
        commit,
        async remove() {
            await git(['worktree', 'remove', '--force', dir]);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/lean/cache-key.ts
/**
 * The `.lake` cache key: the toolchain and the dependency manifest decide whether built files can be
 * reused at all, the commit makes each save new; restores fall back by prefix to the newest save with
 * the same toolchain and manifest, then the same toolchain.
 */



async function fileHash(file) {
    const content = await (0,promises_.readFile)(file).catch(() => undefined);
    if (content === undefined)
        return 'none';
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex').slice(0, 16);
}
async function lakeCacheKey(projectDir, options) {
    const platform = options.platform ?? `${process.platform}-${process.arch}`;
    const toolchain = await fileHash(external_node_path_default().join(projectDir, 'lean-toolchain'));
    const manifest = await fileHash(external_node_path_default().join(projectDir, 'lake-manifest.json'));
    const byToolchain = `kintsugi-lean-${platform}-${toolchain}-`;
    const byManifest = `${byToolchain}${manifest}-`;
    return {
        key: `${byManifest}${options.commit ?? 'local'}`,
        restoreKeys: [byManifest, byToolchain],
        paths: [external_node_path_default().join(projectDir, '.lake')],
    };
}

;// CONCATENATED MODULE: ./src/lean/compare.ts
const BROKEN = new Set(['error', 'timeout']);
function compareWithBase(baseRef, base, head) {
    const before = new Map(base.map((d) => [d.name, d.status]));
    const change = (d) => ({
        name: d.name,
        file: d.file,
        line: d.line,
        ...(before.has(d.name) ? { before: before.get(d.name) } : {}),
        after: d.status,
    });
    const comparison = { baseRef, newSorries: [], newlyBroken: [], newlyProved: [] };
    for (const d of head) {
        const was = before.get(d.name);
        if (d.status === 'sorry' && was !== 'sorry')
            comparison.newSorries.push(change(d));
        else if (BROKEN.has(d.status) && (was === undefined || !BROKEN.has(was)))
            comparison.newlyBroken.push(change(d));
        else if (d.status === 'proved' && was !== undefined && was !== 'proved')
            comparison.newlyProved.push(change(d));
    }
    return comparison;
}
function verdictFor(failOn, declarations, comparison) {
    const count = (s) => declarations.filter((d) => d.status === s).length;
    const broken = count('error') + count('timeout');
    const sorries = count('sorry');
    if (failOn === 'never')
        return { failed: false, reason: 'fail-on is never' };
    if (failOn === 'error' || (failOn === 'new-sorry' && !comparison)) {
        const why = failOn === 'new-sorry' ? ' (no base-ref, so new-sorry checks errors only)' : '';
        return broken > 0
            ? { failed: true, reason: `${broken} declaration(s) failed or timed out${why}` }
            : { failed: false, reason: `no errors${why}` };
    }
    if (failOn === 'sorry') {
        return broken + sorries > 0
            ? { failed: true, reason: `${broken} failed or timed out, ${sorries} use sorry` }
            : { failed: false, reason: 'everything is proved' };
    }
    const fresh = comparison.newSorries.length + comparison.newlyBroken.length;
    return fresh > 0
        ? {
            failed: true,
            reason: `against ${comparison.baseRef}: ${comparison.newSorries.length} new sorry, ${comparison.newlyBroken.length} newly broken`,
        }
        : {
            failed: false,
            reason: `no new sorry and nothing newly broken against ${comparison.baseRef}`,
        };
}

// EXTERNAL MODULE: ./src/lean/declarations.ts
var lean_declarations = __webpack_require__(53547);
;// CONCATENATED MODULE: ./src/lean/lake.ts

function createLake(options) {
    const run = options.run ?? runCommand;
    const exec = (args, timeoutMs) => run(options.lake, args, { cwd: options.projectDir, env: options.env, timeoutMs });
    return {
        build: (targets, timeoutMs) => exec(['build', ...targets], timeoutMs),
        checkFile: (file, { maxHeartbeats, timeoutMs }) => exec(['env', 'lean', ...(maxHeartbeats > 0 ? [`-DmaxHeartbeats=${maxHeartbeats}`] : []), file], timeoutMs),
    };
}

;// CONCATENATED MODULE: ./src/lean/project.ts
/** The Lean files of a lake project, the targets the user named, and the order imports impose. */




const SKIP_DIRS = new Set(['.lake', 'lake-packages', 'build', '.git', 'node_modules']);
async function walk(root, dir = '') {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, dir), { withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
                files.push(...(await walk(root, rel)));
        }
        else if (entry.name.endsWith('.lean') && rel !== 'lakefile.lean')
            files.push(rel);
    }
    return files.sort();
}
function readImports(source) {
    return [...source.matchAll(/^\s*(?:public\s+)?import\s+([\w.«»']+)/gm)].map((m) => m[1]);
}
/** `shown` is the input as the user wrote it. */
async function assertProject(projectDir, shown = projectDir) {
    const info = await (0,promises_.stat)(projectDir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* ConfigError */.xL(`Input project got ${JSON.stringify(shown)}: no such directory. Point it at the lake project (the folder with lakefile.lean or lakefile.toml).`);
    }
    const hasLakefile = (await Promise.all(['lakefile.lean', 'lakefile.toml'].map((f) => (0,promises_.stat)(external_node_path_default().join(projectDir, f)).catch(() => undefined)))).some(Boolean);
    if (!hasLakefile) {
        throw new errors/* ConfigError */.xL(`Input project got ${JSON.stringify(shown)}: it is not a lean project (no lakefile.lean or lakefile.toml in it).`);
    }
}
/** All Lean files (no targets) or the ones named, as files (`A/B.lean`) or modules (`A.B`). */
async function listLeanFiles(projectDir, targets) {
    const all = await walk(projectDir);
    const byModule = new Map(all.map((f) => [(0,lean_declarations/* leanModuleName */.un)(f), f]));
    let chosen = all;
    if (targets.length > 0) {
        chosen = targets.map((t) => {
            const file = t.endsWith('.lean') ? t.replace(/^\.\//, '') : byModule.get(t);
            if (!file || !all.includes(file)) {
                throw new errors/* ConfigError */.xL(`Input targets got ${JSON.stringify(t)}: no such Lean file or module in the project; accepted: a path such as Kintsugi/Risk.lean or a module such as Kintsugi.Risk`);
            }
            return file;
        });
    }
    const files = await Promise.all(chosen.map(async (file) => {
        const source = await (0,promises_.readFile)(external_node_path_default().join(projectDir, file), 'utf8');
        const imports = readImports(source);
        return {
            file,
            module: (0,lean_declarations/* leanModuleName */.un)(file),
            source,
            imports,
            localImports: imports.filter((i) => byModule.has(i)),
        };
    }));
    return inImportOrder(files);
}
/** Dependencies first, so that a file's imports are built before it is checked. */
function inImportOrder(files) {
    const byModule = new Map(files.map((f) => [f.module, f]));
    const done = new Set();
    const order = [];
    const visit = (file, trail) => {
        if (done.has(file.module) || trail.has(file.module))
            return;
        trail.add(file.module);
        for (const dep of file.localImports) {
            const next = byModule.get(dep);
            if (next)
                visit(next, trail);
        }
        done.add(file.module);
        order.push(file);
    };
    for (const file of files)
        visit(file, new Set());
    return order;
}

// EXTERNAL MODULE: ./src/lean/parse/parse.ts + 2 modules
var parse = __webpack_require__(88718);
// EXTERNAL MODULE: ./src/lean/status.ts
var lean_status = __webpack_require__(7580);
;// CONCATENATED MODULE: ./src/lean/prove.ts
/**
 * Checks a lake project file by file, dependencies first, each under its budget, and says per
 * declaration what holds. With maxHeartbeats set, a file's imports are built with `lake build` and the
 * file itself is checked with `lake env lean -DmaxHeartbeats=N` (lake has no flag for Lean options).
 */





const CORE = /^(?:Init|Lean|Std|Lake)(?:\.|$)/;
async function proveProject(files, lake, settings, logger) {
    const checks = [];
    const log = [];
    const broken = new Map();
    for (const file of files) {
        // A file whose import already failed or timed out cannot build: say so instead of waiting again.
        const blocked = file.localImports.filter((m) => broken.has(m));
        const { check, output } = blocked.length
            ? skipped(file, `not checked: ${blocked.map((m) => `${m} ${broken.get(m)}`).join(', ')}`)
            : await checkOne(file, lake, settings);
        if (check.outcome !== 'ok')
            broken.set(file.module, check.outcome === 'timeout' ? 'timed out' : 'failed');
        logger.info(`${file.file}: ${check.outcome} (${check.seconds.toFixed(1)}s)`);
        log.push(`### ${file.file} (${check.outcome})\n${output}`);
        checks.push(check);
    }
    let declarations = checks.flatMap((c) => (0,lean_status/* declarationStatuses */.pc)(c));
    const axioms = await checkAxioms(checks, declarations, lake, settings);
    if (axioms.output)
        log.push(`### #print axioms\n${axioms.output}`);
    declarations = (0,lean_status/* applyAxioms */.iD)(declarations, axioms.reports);
    return {
        files: checks,
        declarations,
        messages: checks.flatMap((c) => c.messages),
        axiomsChecked: axioms.reports.map((r) => r.declaration),
        log: log.join('\n'),
    };
}
function skipped(file, detail) {
    const declarations = (0,lean_declarations/* findDeclarations */.jS)(file.file, file.source);
    const check = {
        file: file.file,
        module: file.module,
        outcome: 'not-built',
        detail,
        seconds: 0,
        declarations,
        messages: [],
    };
    return { check, output: `(${detail})` };
}
async function checkOne(file, lake, settings) {
    const started = Date.now();
    const budget = settings.budgetPerFileMs;
    const declarations = (0,lean_declarations/* findDeclarations */.jS)(file.file, file.source);
    const base = { file: file.file, module: file.module, declarations };
    const finish = (result, outcome, detail) => {
        const parsed = (0,parse/* parseLeanOutput */.H)(result.output);
        const messages = (0,lean_status/* messagesFor */.kP)(file.file, parsed.messages);
        const seconds = (Date.now() - started) / 1000;
        let verdict = outcome;
        if (!verdict) {
            if (result.timedOut)
                verdict = 'timeout';
            else if (result.exitCode === 0)
                verdict = 'ok';
            else
                verdict = messages.some((m) => m.severity === 'error') ? 'failed' : 'not-built';
        }
        let why = detail;
        if (verdict === 'timeout')
            why ??= `killed at the budget of ${Math.round(budget / 1000)}s per file`;
        if (verdict === 'not-built')
            why ??= notBuiltReason(result, parsed.build.failedTargets, file.module);
        const check = {
            ...base,
            outcome: verdict,
            seconds,
            messages,
            ...(why ? { detail: why } : {}),
        };
        return { check, output: result.output };
    };
    if (settings.maxHeartbeats <= 0)
        return finish(await lake.build([file.module], budget));
    const deps = file.imports.filter((i) => !CORE.test(i));
    if (deps.length > 0) {
        const built = await lake.build(deps, budget);
        if (built.timedOut)
            return finish(built, 'timeout', `building its imports ran past the budget of ${Math.round(budget / 1000)}s`);
        if (built.exitCode !== 0)
            return finish({ ...built, output: built.output }, 'not-built', notBuiltReason(built, (0,parse/* parseLeanOutput */.H)(built.output).build.failedTargets, file.module));
    }
    const left = Math.max(1, budget - (Date.now() - started));
    return finish(await lake.checkFile(file.file, { maxHeartbeats: settings.maxHeartbeats, timeoutMs: left }));
}
function notBuiltReason(result, failedTargets, module) {
    if (result.missing)
        return 'lake could not be started';
    const others = failedTargets.filter((t) => t !== module);
    if (others.length > 0)
        return `not checked: ${others.join(', ')} failed to build`;
    const last = result.output.trim().split('\n').slice(-3).join(' ').slice(0, 200);
    return `not checked: lake exited with ${result.exitCode}${last ? ` (${last})` : ''}`;
}
const NAMED_KINDS = new Set(['theorem', 'lemma', 'def', 'abbrev', 'instance', 'opaque']);
/** `#print axioms` for every clean named declaration, from a scratch file importing the modules that built. */
async function checkAxioms(checks, declarations, lake, settings) {
    if (!declarations.some((d) => d.status === 'sorry'))
        return { reports: [], output: '' };
    const built = new Set(checks.filter((c) => c.outcome === 'ok').map((c) => c.file));
    const names = declarations.filter((d) => d.status === 'proved' &&
        built.has(d.file) &&
        NAMED_KINDS.has(d.kind) &&
        !d.name.includes('@'));
    if (names.length === 0)
        return { reports: [], output: '' };
    const modules = checks.filter((c) => built.has(c.file)).map((c) => c.module);
    const scratchDir = external_node_path_default().join(settings.projectDir, '.lake', 'kintsugi');
    await (0,promises_.mkdir)(scratchDir, { recursive: true });
    const scratch = external_node_path_default().join(scratchDir, 'PrintAxioms.lean');
    const text = [
        ...modules.map((m) => `import ${m}`),
        '',
        ...names.map((d) => `#print axioms ${d.name}`),
        '',
    ].join('\n');
    await (0,promises_.writeFile)(scratch, text, 'utf8');
    const prepared = await lake.build(modules, settings.budgetPerFileMs);
    if (prepared.exitCode !== 0)
        return { reports: [], output: prepared.output };
    const result = await lake.checkFile(external_node_path_default().relative(settings.projectDir, scratch), {
        maxHeartbeats: 0,
        timeoutMs: settings.budgetPerFileMs,
    });
    return { reports: (0,parse/* parseLeanOutput */.H)(result.output).axioms, output: result.output };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/platform/report.ts
var platform_report = __webpack_require__(68809);
;// CONCATENATED MODULE: ./src/lean/proof-patch.ts
/** The statement (everything before the first `:=`) and the body of a declaration. */
function splitDeclaration(source, decl) {
    const text = source
        .split('\n')
        .slice(decl.line - 1, decl.endLine)
        .join('\n');
    const at = text.indexOf(':=');
    if (at < 0)
        return undefined;
    return { header: text.slice(0, at).trimEnd(), body: text.slice(at + 2).trim() };
}
function withProof(header, proof) {
    const lines = proof.trim().split('\n');
    return `${header} :=\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
function editsFor(entry, proposals) {
    return proposals
        .filter((p) => p.file === entry.file.file)
        .flatMap((p) => {
        const decl = entry.declarations.find((d) => d.name === p.theorem);
        const parts = decl && splitDeclaration(entry.file.source, decl);
        return decl && parts
            ? [
                {
                    start: decl.line,
                    end: decl.endLine,
                    lines: withProof(parts.header, p.proof).split('\n'),
                },
            ]
            : [];
    })
        .sort((a, b) => a.start - b.start);
}
function sourceLines(source) {
    const lines = source.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function repoPath(projectPath, file) {
    return [projectPath, file].filter((p) => p && p !== '.').join('/');
}
/** One hunk per file spanning all its proposals, with three lines of context. */
function buildPatch(proposals, files, projectPath) {
    const out = [];
    for (const entry of files) {
        const edits = editsFor(entry, proposals);
        if (edits.length === 0)
            continue;
        const oldLines = sourceLines(entry.file.source);
        const from = Math.max(1, edits[0].start - 3);
        const to = Math.min(oldLines.length, edits[edits.length - 1].end + 3);
        const body = [];
        let line = from;
        let added = 0;
        for (const edit of edits) {
            for (; line < edit.start; line++)
                body.push(` ${oldLines[line - 1]}`);
            for (; line <= edit.end; line++)
                body.push(`-${oldLines[line - 1]}`);
            body.push(...edit.lines.map((l) => `+${l}`));
            added += edit.lines.length;
        }
        for (; line <= to; line++)
            body.push(` ${oldLines[line - 1]}`);
        const removed = edits.reduce((n, e) => n + e.end - e.start + 1, 0);
        const oldCount = to - from + 1;
        const name = repoPath(projectPath, entry.file.file);
        out.push(`--- a/${name}`, `+++ b/${name}`, `@@ -${from},${oldCount} +${from},${oldCount - removed + added} @@`, ...body);
    }
    return out.length ? `${out.join('\n')}\n` : '';
}
/** Each changed file's whole new content, paths relative to the repository. */
function applyProposals(proposals, files, projectPath) {
    const changed = [];
    for (const entry of files) {
        const edits = editsFor(entry, proposals);
        if (edits.length === 0)
            continue;
        const lines = sourceLines(entry.file.source);
        for (const edit of [...edits].reverse())
            lines.splice(edit.start - 1, edit.end - edit.start + 1, ...edit.lines);
        changed.push({
            path: repoPath(projectPath, entry.file.file),
            content: `${lines.join('\n')}\n`,
        });
    }
    return changed;
}

;// CONCATENATED MODULE: ./src/lean/proofs.ts
/**
 * Model-proposed proofs for failing theorems. The model only ever returns proof text; each candidate
 * is screened, written into a scratch copy of the file up to the theorem, and checked by Lean under
 * the same budget. Only candidates Lean accepts (no error, no sorry) are proposed, as a patch.
 */






const PROVABLE = new Set(['theorem', 'lemma', 'example']);
const FORBIDDEN = /\bsorry\b|\badmit\b|\baxiom\b|\bimport\b|\bset_option\b|\bunsafe\b|\bimplemented_by\b|\bextern\b|\bnative_decide\b|#|@\[|\/-|-\//;
const MAX_PROOF_CHARS = 4000;
const ProofCandidates = schemas/* object */.Ikc({
    candidates: schemas/* array */.YOg(schemas/* object */.Ikc({
        proof: schemas/* string */.YjP().min(1).max(MAX_PROOF_CHARS),
        idea: schemas/* string */.YjP().max(500).optional(),
    }))
        .max(8),
});
function screenCandidate(proof) {
    if (proof.length > MAX_PROOF_CHARS)
        return 'too long';
    const bad = FORBIDDEN.exec(proof);
    return bad ? `contains ${JSON.stringify(bad[0])}` : undefined;
}
async function searchProofs(failing, files, options) {
    const search = {
        proposals: [],
        checks: [],
        usage: (0,platform_report/* emptyUsage */.ly)(),
        patch: '',
        files: [],
    };
    const targets = failing.filter((d) => PROVABLE.has(d.kind) && (d.status === 'sorry' || d.status === 'error'));
    for (const theorem of targets.slice(0, options.maxTheorems ?? 10)) {
        const entry = files.find((f) => f.file.file === theorem.file);
        const decl = entry?.declarations.find((d) => d.name === theorem.name);
        const parts = entry && decl ? splitDeclaration(entry.file.source, decl) : undefined;
        if (!entry || !decl || !parts)
            continue;
        const errors = entry.messages
            .filter((m) => m.line !== undefined &&
            m.line >= decl.line &&
            m.line <= decl.endLine &&
            m.severity !== 'info')
            .map((m) => `${m.line}:${m.column ?? 0}: ${m.severity}: ${m.text}`)
            .join('\n');
        const reply = await options.client.structured({
            system: 'You write Lean 4 proofs. Reply with up to the requested number of candidate proofs for the theorem: ' +
                'each is exactly the text that follows `:=` (a term, or `by` and tactics). Use only what the file imports; ' +
                'never sorry, admit, axioms, set_option or new commands.',
            prompt: `Give at most ${options.maxCandidates} different candidate proofs for ${theorem.name}.`,
            untrusted: [
                { label: `Lean statement of ${theorem.name}`, text: parts.header, priority: 3 },
                { label: 'current proof', text: parts.body, priority: 1 },
                {
                    label: 'Lean messages (errors and goals)',
                    text: errors || `status: ${theorem.status}`,
                    priority: 2,
                    keep: 'head',
                },
            ],
            tool: {
                name: 'propose_proofs',
                description: 'Candidate proofs, each the text after `:=`.',
                schema: ProofCandidates,
            },
            budgetTokens: 8_000,
        });
        search.usage = (0,platform_report/* addUsage */.vk)(search.usage, reply.usage);
        const candidates = reply.value.candidates.slice(0, options.maxCandidates);
        for (const [index, candidate] of candidates.entries()) {
            const check = await checkCandidate(theorem, decl, entry.file, parts.header, candidate.proof, index, options);
            search.checks.push(check);
            if (check.accepted) {
                search.proposals.push({
                    theorem: theorem.name,
                    file: theorem.file,
                    line: decl.line,
                    proof: candidate.proof.trim(),
                });
                break;
            }
        }
    }
    search.patch = buildPatch(search.proposals, files, options.projectPath);
    search.files = applyProposals(search.proposals, files, options.projectPath);
    return search;
}
async function checkCandidate(theorem, decl, file, header, proof, index, options) {
    const base = { theorem: theorem.name, proof };
    const screened = screenCandidate(proof);
    if (screened)
        return { ...base, accepted: false, reason: `refused before Lean: ${screened}` };
    const before = file.source
        .split('\n')
        .slice(0, decl.line - 1)
        .join('\n');
    const dir = external_node_path_default().join(options.projectDir, '.lake', 'kintsugi', 'candidates');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const scratch = external_node_path_default().join(dir, `${file.module.replace(/\W/g, '_')}_${decl.line}_${index}.lean`);
    await (0,promises_.writeFile)(scratch, `${before}\n${withProof(header, proof)}\n`, 'utf8');
    const result = await options.lake.checkFile(external_node_path_default().relative(options.projectDir, scratch), {
        maxHeartbeats: options.maxHeartbeats,
        timeoutMs: options.budgetPerFileMs,
    });
    if (result.timedOut)
        return { ...base, accepted: false, reason: 'ran out of the budget' };
    const messages = (0,parse/* parseLeanOutput */.H)(result.output).messages;
    const error = messages.find((m) => m.severity === 'error');
    if (error)
        return { ...base, accepted: false, reason: `Lean: ${error.text.split('\n')[0]}` };
    if (messages.some((m) => m.sorry))
        return { ...base, accepted: false, reason: 'Lean: uses sorry' };
    if (result.exitCode !== 0)
        return { ...base, accepted: false, reason: `Lean exited with ${result.exitCode}` };
    options.logger.info(`candidate ${index + 1} for ${theorem.name} checks`);
    return { ...base, accepted: true };
}

;// CONCATENATED MODULE: ./src/lean/toolchain.ts
/**
 * The Lean toolchain named in `lean-toolchain`: reused when `lake` is already there, installed with
 * elan when it is not (elan itself installed by its elan-init script only on a GitHub runner).
 */





const ELAN_INIT = 'https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh';
async function readToolchain(projectDir, shown = projectDir) {
    const file = external_node_path_default().join(projectDir, 'lean-toolchain');
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined) {
        throw new errors/* ConfigError */.xL(`Input project got ${JSON.stringify(shown)}: it has no lean-toolchain file. lean-prove needs ` +
            'it to know which Lean to use; create it with one line such as leanprover/lean4:v4.15.0.');
    }
    const toolchain = text.trim();
    if (!/^[\w./:+-]+$/.test(toolchain)) {
        throw new errors/* ConfigError */.xL(`${file} holds ${JSON.stringify(toolchain.slice(0, 80))}; accepted: one toolchain name such as leanprover/lean4:v4.15.0`);
    }
    return toolchain;
}
async function ensureToolchain(toolchain, options) {
    const elanBin = external_node_path_default().join(options.env.ELAN_HOME ?? external_node_path_default().join(external_node_os_default().homedir(), '.elan'), 'bin');
    const env = {
        ...options.env,
        PATH: [options.env.PATH ?? '', elanBin].filter(Boolean).join((external_node_path_default()).delimiter),
    };
    const timeoutMs = options.timeoutMs ?? 15 * 60_000;
    let elan = await whichCommand('elan', env);
    const lake = await whichCommand('lake', env);
    if (lake && !elan)
        return { toolchain, env, lake, action: 'reused' };
    let action = 'reused';
    if (!elan) {
        if (!options.allowElanInstall)
            throw missingLean(toolchain, 'elan is not available and installing it is only done on GitHub runners');
        await installElan(toolchain, env, options, timeoutMs);
        elan = await whichCommand('elan', env);
        if (!elan)
            throw missingLean(toolchain, `elan-init ran but no elan appeared in ${elanBin}`);
        action = 'installed-elan';
    }
    const listed = await options.run(elan, ['toolchain', 'list'], {
        cwd: process.cwd(),
        env,
        timeoutMs: 60_000,
    });
    const names = new Set([toolchain, `leanprover/lean4:${toolchain}`]);
    if (!listed.output.split('\n').some((l) => names.has(l.trim().split(/\s/)[0] ?? ''))) {
        options.logger.info(`installing Lean ${toolchain} with elan`);
        const installed = await options.run(elan, ['toolchain', 'install', toolchain], {
            cwd: process.cwd(),
            env,
            timeoutMs,
        });
        if (installed.exitCode !== 0)
            throw missingLean(toolchain, `elan toolchain install ${toolchain} failed:\n${installed.output.slice(-2000)}`);
        if (action === 'reused')
            action = 'installed-toolchain';
    }
    const lakeAfter = await whichCommand('lake', env);
    if (!lakeAfter)
        throw missingLean(toolchain, `elan has ${toolchain} but no lake is on PATH (${elanBin})`);
    return { toolchain, env, lake: lakeAfter, action };
}
async function installElan(toolchain, env, options, timeoutMs) {
    const script = external_node_path_default().join(external_node_os_default().tmpdir(), `elan-init-${process.pid}.sh`);
    options.logger.info(`installing elan from ${ELAN_INIT}`);
    const fetched = await options.run('curl', ['-sSfL', ELAN_INIT, '-o', script], {
        cwd: process.cwd(),
        env,
        timeoutMs: 120_000,
    });
    if (fetched.exitCode !== 0)
        throw missingLean(toolchain, `downloading elan-init failed: ${fetched.missing ? 'curl is not installed' : fetched.output.trim().slice(-500)}`);
    const ran = await options.run('sh', [script, '-y', '--default-toolchain', 'none'], {
        cwd: process.cwd(),
        env,
        timeoutMs,
    });
    if (ran.exitCode !== 0)
        throw missingLean(toolchain, `elan-init failed: ${ran.output.trim().slice(-1000)}`);
}
function missingLean(toolchain, why) {
    return new errors/* ConfigError */.xL(`lean-prove cannot run Lean ${toolchain}: lake is not on PATH and ${why}. Install elan before this step ` +
        '(https://github.com/leanprover/elan, or the leanprover/lean-action step), or put lake on PATH.');
}

;// CONCATENATED MODULE: ./src/lean/lean-prove.ts
/**
 * lean-prove's domain: set up Lean, restore `.lake`, check every file under its budget, compare with
 * the base ref, look for proofs with a model, and save `.lake` whatever happened. No `@actions/*` here.
 */













function countStatuses(outcome) {
    const counts = { proved: 0, sorry: 0, error: 0, timeout: 0 };
    for (const d of outcome.declarations)
        counts[d.status]++;
    return counts;
}
async function runLeanProve(settings, deps) {
    const projectDir = external_node_path_default().resolve(settings.workspace, settings.project);
    await assertProject(projectDir, settings.project);
    const toolchain = await readToolchain(projectDir, settings.project);
    const key = await lakeCacheKey(projectDir, { commit: settings.commit });
    const cache = { key: key.key, saved: false };
    if (settings.cache) {
        cache.restoredKey = await deps.cache
            .restore(key.paths, key.key, key.restoreKeys)
            .catch((error) => {
            deps.logger.warning(`restoring .lake failed: ${(0,errors/* describeError */.Uc)(error)}`);
            return undefined;
        });
        deps.logger.info(cache.restoredKey ? `restored .lake from ${cache.restoredKey}` : 'no .lake cache to restore');
    }
    const run = deps.run ?? runCommand;
    try {
        const setup = await ensureToolchain(toolchain, {
            env: deps.env,
            run,
            logger: deps.logger,
            allowElanInstall: deps.allowElanInstall,
        });
        const lake = createLake({ projectDir, lake: setup.lake, env: setup.env, run });
        const proveSettings = {
            projectDir,
            budgetPerFileMs: settings.budgetPerFileMs,
            maxHeartbeats: settings.maxHeartbeats,
        };
        const files = await listLeanFiles(projectDir, settings.targets);
        const head = await deps.logger.group('lake build', () => proveProject(files, lake, proveSettings, deps.logger));
        const comparison = settings.baseRef
            ? compareWithBase(settings.baseRef, await proveBase(settings, settings.baseRef, setup, run, deps), head.declarations)
            : undefined;
        let proofs;
        if (settings.llmProofs && deps.model) {
            const failing = head.declarations.filter((d) => d.status === 'sorry' || d.status === 'error');
            const context = files.map((file) => ({
                file,
                declarations: (0,lean_declarations/* findDeclarations */.jS)(file.file, file.source),
                messages: head.files.find((c) => c.file === file.file)?.messages ?? [],
            }));
            proofs = await searchProofs(failing, context, {
                client: deps.model,
                lake,
                projectDir,
                projectPath: external_node_path_default().relative(settings.workspace, projectDir).split((external_node_path_default()).sep).join('/'),
                budgetPerFileMs: settings.budgetPerFileMs,
                maxHeartbeats: settings.maxHeartbeats,
                maxCandidates: settings.maxCandidates,
                logger: deps.logger,
            });
        }
        return {
            toolchain,
            toolchainAction: setup.action,
            cache,
            head,
            counts: countStatuses(head),
            ...(comparison ? { comparison } : {}),
            ...(proofs ? { proofs } : {}),
            verdict: verdictFor(settings.failOn, head.declarations, comparison),
        };
    }
    finally {
        // Saved even when the build fails: the next run starts from whatever did build.
        if (settings.cache) {
            await deps.cache.save(key.paths, key.key).then(() => {
                cache.saved = true;
            }, (error) => {
                cache.error = (0,errors/* describeError */.Uc)(error);
                deps.logger.warning(`saving .lake failed: ${cache.error}`);
            });
        }
    }
}
/** The base ref's declarations, from a build of its own checkout (no project there: nothing to compare). */
async function proveBase(settings, baseRef, setup, run, deps) {
    const checkout = await checkoutBaseRef(settings.workspace, baseRef, run);
    try {
        const projectDir = external_node_path_default().join(checkout.dir, external_node_path_default().relative(settings.workspace, external_node_path_default().resolve(settings.workspace, settings.project)));
        // The same targets, as far as they exist at the base: a new file has nothing to compare with.
        const all = await listLeanFiles(projectDir, []).catch(() => []);
        const wanted = new Set(settings.targets.map((t) => t.replace(/^\.\//, '')));
        const files = wanted.size === 0 ? all : all.filter((f) => wanted.has(f.file) || wanted.has(f.module));
        await shareDependencies(external_node_path_default().resolve(settings.workspace, settings.project), projectDir);
        const lake = createLake({ projectDir, lake: setup.lake, env: setup.env, run });
        const proveSettings = {
            projectDir,
            budgetPerFileMs: settings.budgetPerFileMs,
            maxHeartbeats: settings.maxHeartbeats,
        };
        const base = await deps.logger.group(`lake build at ${baseRef}`, () => proveProject(files, lake, proveSettings, deps.logger));
        return base.declarations;
    }
    finally {
        await checkout.remove();
    }
}
/**
 * With the same lake-manifest.json the base needs the very dependencies the head just built (for a
 * Mathlib project, hours of work): link them instead of building them again.
 */
async function shareDependencies(headProject, baseProject) {
    const manifest = (dir) => (0,promises_.readFile)(external_node_path_default().join(dir, 'lake-manifest.json'), 'utf8').catch(() => undefined);
    const [head, base] = await Promise.all([manifest(headProject), manifest(baseProject)]);
    if (head === undefined || head !== base)
        return;
    const packages = external_node_path_default().join(headProject, '.lake', 'packages');
    if (!(await (0,promises_.stat)(packages).catch(() => undefined))?.isDirectory())
        return;
    await (0,promises_.mkdir)(external_node_path_default().join(baseProject, '.lake'), { recursive: true });
    await (0,promises_.symlink)(packages, external_node_path_default().join(baseProject, '.lake', 'packages'), 'dir').catch(() => undefined);
}

// EXTERNAL MODULE: ./src/platform/summary.ts
var summary = __webpack_require__(54487);
;// CONCATENATED MODULE: ./src/lean/report.ts

const LEAN_REPORT_SCHEMA_VERSION = 1;
/** The sticky PR comment's purpose; the github helper turns it into the hidden marker line. */
const COMMENT_MARKER = 'lean-prove';
const ICON = {
    proved: '✅ proved',
    sorry: '🟡 sorry',
    error: '❌ error',
    timeout: '⏱ timeout',
};
const ORDER = { error: 0, timeout: 1, sorry: 2, proved: 3 };
function buildReport(project, result, audit, patchFile) {
    return {
        schemaVersion: LEAN_REPORT_SCHEMA_VERSION,
        project,
        toolchain: result.toolchain,
        counts: result.counts,
        verdict: result.verdict,
        cache: result.cache,
        files: result.head.files.map((f) => ({
            file: f.file,
            outcome: f.outcome,
            seconds: Number(f.seconds.toFixed(2)),
            ...(f.detail ? { detail: f.detail } : {}),
        })),
        declarations: result.head.declarations,
        axiomsChecked: result.head.axiomsChecked,
        ...(result.comparison ? { comparison: result.comparison } : {}),
        ...(result.proofs
            ? {
                proofs: {
                    proposals: result.proofs.proposals,
                    checks: result.proofs.checks,
                    ...(patchFile ? { patchFile } : {}),
                },
            }
            : {}),
        audit,
    };
}
function sorted(declarations) {
    return [...declarations].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.file.localeCompare(b.file) || a.line - b.line);
}
/** Markdown shared by the job summary and the sticky comment. */
function renderMarkdown(report, options = {}) {
    const s = new summary/* Summary */.BD();
    const { proved, sorry, error, timeout } = report.counts;
    s.heading(`Lean proofs: ${proved} proved, ${sorry} sorry, ${error} failed, ${timeout} timed out`, 2);
    s.paragraph(`${report.verdict.failed ? '❌' : '✅'} ${report.verdict.reason} · toolchain \`${report.toolchain}\` · project \`${report.project}\``);
    const c = report.comparison;
    if (c) {
        const names = (list) => list.length ? list.map((x) => `\`${x.name}\``).join(', ') : 'none';
        s.list([
            `New sorries against \`${c.baseRef}\`: ${names(c.newSorries)}`,
            `Newly broken: ${names(c.newlyBroken)}`,
            `Newly proved: ${names(c.newlyProved)}`,
        ]);
    }
    const rows = sorted(report.declarations);
    const max = options.maxRows ?? 200;
    s.table(['Declaration', 'Status', 'Where', 'Why'], rows
        .slice(0, max)
        .map((d) => [`\`${d.name}\``, ICON[d.status], `${d.file}:${d.line}`, d.reason ?? '']));
    if (rows.length > max)
        s.paragraph(`… and ${rows.length - max} more in the report.`);
    const slow = report.files.filter((f) => f.outcome !== 'ok');
    if (slow.length)
        s.details('Files that did not build', slow
            .map((f) => `- ${(0,summary/* escapeCell */.kq)(f.file)}: ${f.outcome}${f.detail ? ` (${(0,summary/* escapeCell */.kq)(f.detail)})` : ''}`)
            .join('\n'));
    const proofs = report.proofs;
    if (proofs) {
        const accepted = proofs.proposals.map((p) => `- \`${p.theorem}\` (${p.file}:${p.line}):\n\n\`\`\`lean\n${p.proof}\n\`\`\``);
        const refused = proofs.checks.filter((x) => !x.accepted).length;
        s.heading('Proofs proposed by the model (each checked by Lean)', 3);
        s.paragraph(accepted.length ? accepted.join('\n') : 'No candidate passed Lean.');
        s.paragraph(`${refused} candidate(s) refused by Lean or the screen.${proofs.patchFile ? ` Patch: \`${proofs.patchFile}\`.` : ''}${proofs.pullRequest ? ` Draft PR: ${proofs.pullRequest}` : ''}`);
    }
    return s.toMarkdown();
}
function renderComment(report) {
    return renderMarkdown(report, { maxRows: 60 });
}
/** Errors, timeouts and sorries at Lean's positions (Lean columns are 0-based, GitHub's 1-based). */
function leanAnnotations(result, projectPath) {
    const prefix = projectPath && projectPath !== '.' ? `${projectPath}/` : '';
    const annotations = [];
    for (const check of result.head.files) {
        for (const m of check.messages) {
            if (m.line === undefined || (m.severity !== 'error' && !m.sorry))
                continue;
            const sameLine = m.endLine === undefined || m.endLine === m.line;
            annotations.push({
                level: m.severity === 'error' ? 'error' : 'warning',
                title: m.heartbeatTimeout
                    ? 'Lean: heartbeat timeout'
                    : m.sorry
                        ? 'Lean: sorry'
                        : `Lean${m.name ? ` (${m.name})` : ''}`,
                message: m.text,
                file: `${prefix}${check.file}`,
                line: m.line,
                ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
                // GitHub accepts columns only on single-line annotations.
                ...(sameLine && m.column !== undefined ? { column: m.column + 1 } : {}),
                ...(sameLine && m.endColumn !== undefined ? { endColumn: m.endColumn + 1 } : {}),
                relevance: m.severity === 'error' ? 2 : 1,
            });
        }
        if (check.outcome === 'timeout') {
            annotations.push({
                level: 'error',
                title: 'Lean: file budget',
                message: check.detail ?? 'timed out',
                file: `${prefix}${check.file}`,
                line: 1,
                relevance: 3,
            });
        }
    }
    for (const d of result.head.declarations) {
        if (d.reason?.startsWith('depends on sorryAx')) {
            annotations.push({
                level: 'warning',
                title: 'Lean: depends on sorry',
                message: `${d.name} ${d.reason}`,
                file: `${prefix}${d.file}`,
                line: d.line,
            });
        }
    }
    return annotations;
}

// EXTERNAL MODULE: ./src/llm/index.ts + 9 modules
var llm = __webpack_require__(35653);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/actions/lean-prove/comment.ts



/** The pull request this run is about, if any. */
function pullRequestNumber(payload) {
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number')
        return pr.number;
    const issue = payload.issue;
    if (issue?.pull_request && typeof issue.number === 'number')
        return issue.number;
    return undefined;
}
/** Posts or updates the one lean-prove comment on the PR; returns its URL, or undefined off a PR. */
async function postStickyComment(io, token, body) {
    const issueNumber = pullRequestNumber(io.context.payload);
    const repository = io.context.repository;
    if (!issueNumber || !repository)
        return undefined;
    if (!token)
        throw new Error('comment is on but github-token is empty');
    const octokit = (0,github_octokit.createOctokit)({ token, baseUrl: io.context.apiUrl, logger: io.logger });
    const posted = await (0,sticky_comment.upsertStickyComment)(octokit, {
        ...repository,
        issueNumber,
        marker: COMMENT_MARKER,
        body,
    });
    return posted.url;
}

// EXTERNAL MODULE: ./src/patch/github-host.ts + 1 modules
var github_host = __webpack_require__(24830);
// EXTERNAL MODULE: ./src/patch/publish.ts
var publish = __webpack_require__(7801);
;// CONCATENATED MODULE: ./src/actions/lean-prove/proof-pr.ts



const BRANCH_PREFIX = 'kintsugi/lean-proofs/';
/** Where the proofs go: onto the PR's own head branch (same repository only), or the pushed branch. */
function proofTarget(io) {
    const payload = io.context.payload;
    const repository = io.context.repository;
    const head = payload.pull_request?.head;
    if (head) {
        if (head.repo?.full_name?.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase())
            return 'the pull request comes from a fork; the patch file is in the report instead';
        if (!head.ref || !head.sha)
            return 'the event has no head branch';
        return { base: head.ref, baseSha: head.sha };
    }
    const ref = io.context.ref ?? '';
    if (!ref.startsWith('refs/heads/') || !io.context.sha)
        return `not on a branch (${ref || 'no ref'})`;
    return { base: ref.slice('refs/heads/'.length), baseSha: io.context.sha };
}
/**
 * The checked proofs as a draft PR through patch's own publishing code (Git Data API commit, one PR
 * per branch, updated on re-runs). Returns the PR URL, or why none was opened.
 */
async function openProofPullRequest(io, token, proofs) {
    if (proofs.files.length === 0)
        return { skipped: 'no proof passed Lean' };
    if (!io.context.repository)
        return { skipped: 'GITHUB_REPOSITORY is not set' };
    if (!token)
        return { skipped: 'github-token is empty' };
    const target = proofTarget(io);
    if (typeof target === 'string')
        return { skipped: target };
    if (target.base.startsWith('kintsugi/'))
        return { skipped: `${target.base} is a Kintsugi branch; it is never patched` };
    const octokit = (0,github_octokit.createOctokit)({ token, baseUrl: io.context.apiUrl, logger: io.logger });
    const names = proofs.proposals.map((p) => `\`${p.theorem}\``);
    const pull = await (0,publish/* publishFix */.f)((0,github_host/* githubPullRequestHost */.C)(octokit, io.context.repository), {
        branch: (0,publish/* branchName */.a)(BRANCH_PREFIX, target.base, ['proofs']),
        base: target.base,
        baseSha: target.baseSha,
        files: proofs.files,
        title: `Lean proofs for ${proofs.proposals.length} theorem(s)`,
        body: [
            'Proofs proposed by a model and each checked by Lean (`lake env lean`, no error, no sorry) before this PR was opened:',
            '',
            ...names.map((n) => `- ${n}`),
            '',
            'Review them as you would any proof: Lean accepted them, but the statements are yours.',
        ].join('\n'),
        commitMessage: `Prove ${names.join(', ').replace(/`/g, '')}\n\nChecked by Lean before committing (kintsugi lean-prove).`,
        draft: true,
        labels: ['kintsugi'],
        reviewers: [],
    });
    return { url: pull.url };
}

;// CONCATENATED MODULE: ./src/actions/lean-prove/execute.ts










async function execute(io, settings) {
    const started = Date.now();
    const model = settings.llmProofs ? (0,llm.modelClientFor)(settings.modelChoice, io.logger) : undefined;
    const result = await runLeanProve(settings, {
        env: io.env,
        logger: io.logger,
        cache: io.cache,
        allowElanInstall: io.env.GITHUB_ACTIONS === 'true',
        ...(model ? { model } : {}),
    });
    const outDir = external_node_path_default().join(io.context.tempDir, 'kintsugi');
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const patchFile = await writePatch(outDir, result);
    const report = buildReport(settings.project, result, audit(io, settings, result, started), patchFile);
    if (patchFile)
        io.logger.info(`proofs that check are in ${patchFile} (apply with git apply)`);
    if (settings.proofPullRequest && result.proofs && report.proofs) {
        const pr = await openProofPullRequest(io, settings.githubToken, result.proofs).catch((error) => ({
            url: undefined,
            skipped: `could not open it: ${(0,errors/* describeError */.Uc)(error)}`,
        }));
        report.proofs.pullRequest = pr.url ?? null;
        io.logger.info(pr.url ? `proof PR: ${pr.url}` : `no proof PR: ${pr.skipped}`);
    }
    const reportPath = await (0,platform_report/* writeJsonReport */.a_)(external_node_path_default().join(outDir, 'lean-prove-report.json'), report);
    await (0,promises_.writeFile)(external_node_path_default().join(outDir, 'lean-prove.log'), result.head.log, 'utf8');
    io.setOutput('proved', result.counts.proved);
    io.setOutput('sorry', result.counts.sorry);
    io.setOutput('failed', result.counts.error);
    io.setOutput('timed-out', result.counts.timeout);
    io.setOutput('report', reportPath);
    await io.writeSummary(new summary/* Summary */.BD().raw(renderMarkdown(report)));
    io.annotate(leanAnnotations(result, settings.project.replace(/\/+$/, '')));
    if (settings.comment)
        await comment(io, settings, renderComment(report));
    return {
        status: result.verdict.failed ? 'failure' : 'success',
        message: result.verdict.reason,
        report,
        reportPath,
    };
}
async function writePatch(outDir, result) {
    if (!result.proofs?.patch)
        return undefined;
    const file = external_node_path_default().join(outDir, 'lean-proofs.patch');
    await (0,promises_.writeFile)(file, result.proofs.patch, 'utf8');
    return file;
}
async function comment(io, settings, body) {
    try {
        const where = await postStickyComment(io, settings.githubToken, body);
        io.logger.info(where ? `PR comment: ${where}` : 'not a pull request: no comment posted');
    }
    catch (error) {
        // The proofs are the result; a comment that cannot be posted must not hide them.
        io.logger.warning(`could not post the PR comment: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
function audit(io, settings, result, started) {
    const usage = result.proofs?.usage;
    return {
        time: new Date(started).toISOString(),
        action: 'lean-prove',
        ...(io.context.actor ? { actor: io.context.actor } : {}),
        ...(io.context.repository
            ? { repository: `${io.context.repository.owner}/${io.context.repository.repo}` }
            : {}),
        ...(io.context.sha ? { commit: io.context.sha } : {}),
        ...(io.context.runId ? { runId: io.context.runId } : {}),
        ...(usage?.model
            ? { model: usage.model }
            : settings.llmProofs
                ? { model: settings.model }
                : {}),
        ...(usage?.promptHash ? { promptHash: usage.promptHash } : {}),
        tokensIn: usage?.tokensIn ?? 0,
        tokensOut: usage?.tokensOut ?? 0,
        estimatedCostUsd: usage?.estimatedCostUsd ?? 0,
        durationMs: Date.now() - started,
        outcome: result.verdict.failed ? 'failure' : 'success',
        links: [],
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

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
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


/***/ }),

/***/ 53547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jS: () => (/* binding */ findDeclarations),
/* harmony export */   un: () => (/* binding */ leanModuleName),
/* harmony export */   yF: () => (/* binding */ declarationAt)
/* harmony export */ });
/**
 * Declarations of a Lean source file and the lines they span, read well enough to map Lean's messages
 * to them: a declaration runs from its keyword to the line before the next declaration or command at
 * the left margin. Namespaces are tracked so names are the ones `#print axioms` needs.
 */
const MODIFIERS = String.raw `(?:(?:private|protected|noncomputable|partial|unsafe|nonrec|public|scoped|local)\s+)*`;
const ATTRIBUTES = String.raw `(?:@\[[^\]]*\]\s*)*`;
const DECLARATION = new RegExp(String.raw `^\s*${ATTRIBUTES}${MODIFIERS}(?<kind>theorem|lemma|def|abbrev|instance|example|structure|inductive|class|opaque|axiom)\b\s*(?<name>[^\s:({\[]+)?`);
/** Commands at the left margin that end the declaration before them. */
const COMMAND = /^(?:namespace|section|end|open|variable|universe|set_option|#\w+|import|attribute|mutual|noncomputable section|@\[|\/--|\/-!)/;
function leanModuleName(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/\.lean$/, '')
        .split('/')
        .join('.');
}
function findDeclarations(file, source) {
    const lines = source.split('\n');
    const found = [];
    const namespaces = [];
    let open;
    let inComment = false;
    const close = (lastLine) => {
        if (!open)
            return;
        let end = lastLine;
        // Blank lines and comments after a declaration introduce what follows, not the declaration.
        while (end > open.line && /^\s*(?:--.*)?$/.test(lines[end - 1] ?? ''))
            end--;
        open.endLine = end;
        found.push(open);
        open = undefined;
    };
    for (const [index, raw] of lines.entries()) {
        const lineNo = index + 1;
        const line = raw.replace(/--.*$/, '');
        if (inComment) {
            if (raw.includes('-/'))
                inComment = false;
            continue;
        }
        if (/^\s*\/-/.test(raw) && !raw.includes('-/')) {
            if (/^\/-/.test(raw))
                close(lineNo - 1);
            inComment = true;
            continue;
        }
        const decl = DECLARATION.exec(line);
        if (decl?.groups) {
            close(lineNo - 1);
            const prefix = namespaces.filter((n) => n.kind === 'namespace').map((n) => n.name);
            const own = decl.groups.kind === 'example' || !decl.groups.name
                ? `${decl.groups.kind}@${lineNo}`
                : decl.groups.name;
            const name = own.startsWith('_root_.') ? own.slice(7) : [...prefix, own].join('.');
            open = { name, kind: decl.groups.kind, file, line: lineNo, endLine: lineNo };
        }
        else if (COMMAND.test(raw)) {
            close(lineNo - 1);
            trackScopes(line, namespaces);
        }
        if (open && open.bodyLine === undefined && /:=|\bwhere\b|^\s*\|/.test(line))
            open.bodyLine = lineNo;
    }
    close(lines.length);
    return found;
}
function trackScopes(line, scopes) {
    const ns = /^namespace\s+(\S+)/.exec(line);
    if (ns) {
        for (const part of ns[1].split('.'))
            scopes.push({ name: part, kind: 'namespace' });
        return;
    }
    const section = /^(?:noncomputable\s+)?section\b\s*(\S*)/.exec(line);
    if (section) {
        scopes.push({ name: section[1] ?? '', kind: 'section' });
        return;
    }
    const end = /^end\b\s*(\S*)/.exec(line);
    if (end) {
        const parts = end[1] ? end[1].split('.').length : 1;
        scopes.splice(Math.max(0, scopes.length - parts), parts);
    }
}
/** The declaration whose lines contain `line` (the innermost, for a mutual block). */
function declarationAt(declarations, line) {
    return declarations.filter((d) => d.line <= line && line <= d.endLine).pop();
}


/***/ }),

/***/ 38859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ usesSorryAx),
/* harmony export */   n: () => (/* binding */ parseAxioms)
/* harmony export */ });
const DEPENDS = /'(\S+?)' depends on axioms: \[([^\]]*)\]/g;
const NONE = /'(\S+?)' does not depend on any axioms/g;
function parseAxioms(text) {
    const found = [];
    for (const m of text.matchAll(DEPENDS)) {
        const axioms = m[2]
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== '');
        found.push({ at: m.index ?? 0, report: { declaration: m[1], axioms } });
    }
    for (const m of text.matchAll(NONE))
        found.push({ at: m.index ?? 0, report: { declaration: m[1], axioms: [] } });
    return found.sort((a, b) => a.at - b.at).map((f) => f.report);
}
function usesSorryAx(report) {
    return report.axioms.includes('sorryAx');
}


/***/ }),

/***/ 88718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ parseLeanOutput)
});

// EXTERNAL MODULE: ./src/lean/parse/axioms.ts
var axioms = __webpack_require__(38859);
;// CONCATENATED MODULE: ./src/lean/parse/lines.ts
const POSITION = String.raw `(?<path>[^\s:][^:]*?):(?<line>\d+):(?<col>\d+)(?:-(?<endLine>\d+):(?<endCol>\d+))?`;
const LEVEL = String.raw `(?<sev>error|warning|info|information)(?:\((?<name>[^)\s]+)\))?`;
/** `file:line:col[-line:col]: error[(name)]: message` */
const LEAN_HEADER = new RegExp(String.raw `^${POSITION}: ${LEVEL}:(?: (?<text>.*))?$`);
/** lake's re-print `error: file:line:col: message` (GitHub may prefix `Error: `); the inner level is optional. */
const LAKE_REPRINT = new RegExp(String.raw `^(?:(?:Error|Warning|Notice): )?(?<lakeSev>error|warning|info): ${POSITION}:(?: ${LEVEL}:)?(?: (?<text>.*))?$`);
/** A lake line with a level and no position: `error: build failed`, `info: Bark!`. */
const LAKE_LEVEL = /^(?:(?:Error|Warning|Notice): )?(?<sev>error|warning|info|trace): (?<text>.*)$/;
/** `✔ [4/6] Built Dep (1.2s)`, `✖ [5000/9999] Building X`, and the older `[1/2] Compiling Hello`. */
const PROGRESS = /^(?:(?<icon>[✔✖⚠ℹ])\s+)?\[(?<job>\d+)\/(?<jobs>\d+)\]\s+(?<verb>[A-Z][a-z]+)\s+(?<target>\S+)(?:\s+\((?<time>[\d.]+)(?<unit>ms|s|m)\))?\s*$/u;
const ICON_STATUS = {
    '✔': 'built',
    '✖': 'failed',
    '⚠': 'warning',
    ℹ: 'info',
};
const BUILD_OK = /^Build completed successfully\b|^Nothing to build\.?$/;
const BUILD_FAILED = /^(?:(?:Error): )?error: build failed\s*$/;
const FAILURE_LIST = /^Some required (?:builds|targets) logged failures:\s*$/;
const FAILURE_ITEM = /^- (?<target>\S+)\s*$/;
const SORRY = /^declaration uses ['`]sorry['`]/;
const HEARTBEATS = /\(deterministic\) timeout|maximum number of heartbeats/;
function severityOf(word) {
    if (word === 'error')
        return 'error';
    if (word === 'warning')
        return 'warning';
    return 'info';
}
/** Leading `./` segments are lake's way of joining paths; they name the same file. */
function normalisePath(file) {
    return file.replace(/^(?:\.\/)+/, '');
}
function positioned(groups) {
    const n = (value) => (value === undefined ? undefined : Number(value));
    return {
        path: normalisePath(groups.path),
        line: n(groups.line),
        column: n(groups.col),
        endLine: n(groups.endLine),
        endColumn: n(groups.endCol),
    };
}
function matchLeanHeader(line) {
    const m = LEAN_HEADER.exec(line);
    if (!m?.groups)
        return undefined;
    return withName({
        ...positioned(m.groups),
        severity: severityOf(m.groups.sev),
        text: m.groups.text ?? '',
        origin: 'lean',
    }, m.groups.name);
}
function matchLakeReprint(line) {
    const m = LAKE_REPRINT.exec(line);
    if (!m?.groups)
        return undefined;
    return withName({
        ...positioned(m.groups),
        severity: severityOf(m.groups.sev ?? m.groups.lakeSev),
        text: m.groups.text ?? '',
        origin: 'lake-reprint',
    }, m.groups.name);
}
function matchLakeLevel(line) {
    const m = LAKE_LEVEL.exec(line);
    if (!m?.groups)
        return undefined;
    const sev = m.groups.sev;
    return { severity: sev === 'trace' ? 'trace' : severityOf(sev), text: m.groups.text ?? '' };
}
function matchProgress(line) {
    const m = PROGRESS.exec(line);
    if (!m?.groups)
        return undefined;
    const { icon, verb, time, unit } = m.groups;
    const seconds = time === undefined ? undefined : Number(time) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
    const inProgress = /ing$/.test(verb);
    return {
        status: icon ? ICON_STATUS[icon] : inProgress ? 'building' : 'built',
        job: Number(m.groups.job),
        jobs: Number(m.groups.jobs),
        verb: verb,
        target: m.groups.target,
        ...(seconds === undefined ? {} : { seconds }),
    };
}
function withName(message, name) {
    return name ? { ...message, name } : message;
}
/** Marks sorry warnings and heartbeat timeouts once the message text is complete. */
function classifyMessage(message) {
    const out = { ...message };
    if (message.severity === 'warning' && SORRY.test(message.text))
        out.sorry = true;
    if (HEARTBEATS.test(message.text))
        out.heartbeatTimeout = true;
    return out;
}
function isSorryText(text) {
    return SORRY.test(text);
}

;// CONCATENATED MODULE: ./src/lean/parse/json.ts

function position(value) {
    if (!value || typeof value !== 'object')
        return {};
    const { line, column } = value;
    return {
        ...(typeof line === 'number' ? { line } : {}),
        ...(typeof column === 'number' ? { column } : {}),
    };
}
/** Parses a line if it is a `lean --json` message; anything else (including other JSON) → undefined. */
function parseJsonMessage(line) {
    if (!line.startsWith('{') || !line.includes('"severity"'))
        return undefined;
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object')
        return undefined;
    const record = value;
    const severity = record.severity;
    if (severity !== 'error' && severity !== 'warning' && severity !== 'information')
        return undefined;
    const start = position(record.pos);
    const end = position(record.endPos);
    const kind = typeof record.kind === 'string' && record.kind !== '[anonymous]' ? record.kind : undefined;
    const message = {
        ...(typeof record.fileName === 'string' ? { path: normalisePath(record.fileName) } : {}),
        ...(start.line !== undefined ? { line: start.line } : {}),
        ...(start.column !== undefined ? { column: start.column } : {}),
        ...(end.line !== undefined ? { endLine: end.line } : {}),
        ...(end.column !== undefined ? { endColumn: end.column } : {}),
        severity: severity === 'information' ? 'info' : severity,
        ...(kind ? { name: kind } : {}),
        text: typeof record.data === 'string' ? record.data.replace(/\n+$/, '') : '',
        origin: 'json',
    };
    return message;
}

;// CONCATENATED MODULE: ./src/lean/parse/parse.ts



class OutputReader {
    messages = [];
    targets = new Map();
    failedTargets = [];
    verdict;
    open;
    inFailureList = false;
    read(line) {
        if (this.inFailureList) {
            const item = FAILURE_ITEM.exec(line);
            if (item?.groups) {
                this.failedTargets.push(item.groups.target);
                return;
            }
            this.inFailureList = false;
        }
        if (this.readStructured(line))
            return;
        this.readFreeText(line);
    }
    /** Lines with a recognisable shape; each closes the open message. */
    readStructured(line) {
        const message = parseJsonMessage(line) ?? matchLeanHeader(line) ?? matchLakeReprint(line);
        if (message) {
            this.start(message, message.origin === 'json' ? undefined : false);
            return true;
        }
        const progress = matchProgress(line);
        if (progress) {
            this.close();
            const { status, job, jobs, target, seconds } = progress;
            this.targets.set(target, {
                name: target,
                status,
                job,
                jobs,
                ...(seconds === undefined ? {} : { seconds }),
            });
            return true;
        }
        if (BUILD_OK.test(line)) {
            this.close();
            this.verdict = true;
            return true;
        }
        if (BUILD_FAILED.test(line))
            this.verdict = false;
        if (FAILURE_LIST.test(line)) {
            this.close();
            this.inFailureList = true;
            return true;
        }
        const lake = matchLakeLevel(line);
        if (!lake)
            return false;
        if (lake.severity === 'trace')
            this.close();
        else
            this.start({ severity: lake.severity, text: lake.text, origin: 'lake' }, true);
        return true;
    }
    readFreeText(line) {
        const open = this.open;
        const continues = open && (!open.indentedOnly || /^\s+\S/.test(line) || line.trim() === '');
        if (open && continues) {
            open.lines.push(line);
            return;
        }
        this.close();
        if (line.trim() === '')
            return;
        this.start({ severity: 'info', text: line, origin: 'headerless' }, false);
    }
    /** `indentedOnly` undefined: the message is complete on its line (JSON). */
    start(message, indentedOnly) {
        this.close();
        const complete = indentedOnly === undefined || classifyMessage(message).sorry === true;
        if (complete) {
            this.messages.push(classifyMessage(message));
            return;
        }
        this.open = { message, lines: [message.text], indentedOnly };
    }
    close() {
        if (!this.open)
            return;
        const { message, lines } = this.open;
        while (lines.length > 1 && lines[lines.length - 1].trim() === '')
            lines.pop();
        this.messages.push(classifyMessage({ ...message, text: lines.join('\n') }));
        this.open = undefined;
    }
}
function parseLeanOutput(text) {
    const reader = new OutputReader();
    for (const raw of text.split('\n'))
        reader.read(raw.replace(/\r$/, ''));
    reader.close();
    const hasErrors = reader.messages.some((m) => m.severity === 'error');
    const failed = reader.failedTargets.length > 0 ||
        [...reader.targets.values()].some((t) => t.status === 'failed');
    return {
        messages: reader.messages,
        build: {
            ok: reader.verdict ?? !(hasErrors || failed),
            targets: [...reader.targets.values()],
            failedTargets: reader.failedTargets,
        },
        axioms: (0,axioms/* parseAxioms */.n)(text),
    };
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iD: () => (/* binding */ applyAxioms),
/* harmony export */   kP: () => (/* binding */ messagesFor),
/* harmony export */   pc: () => (/* binding */ declarationStatuses)
/* harmony export */ });
/* harmony import */ var _declarations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53547);
/* harmony import */ var _parse_axioms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38859);


const RANK = { proved: 0, sorry: 1, error: 2, timeout: 3 };
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
function messageStatus(message) {
    if (message.severity === 'error')
        return message.heartbeatTimeout ? 'timeout' : 'error';
    if (message.sorry)
        return 'sorry';
    return undefined;
}
function declarationStatuses(check) {
    const worst = new Map();
    for (const message of check.messages) {
        const status = messageStatus(message);
        if (!status || message.line === undefined)
            continue;
        const declaration = (0,_declarations_js__WEBPACK_IMPORTED_MODULE_0__/* .declarationAt */ .yF)(check.declarations, message.line);
        if (!declaration)
            continue;
        const seen = worst.get(declaration);
        if (!seen || RANK[status] > RANK[seen.status]) {
            worst.set(declaration, {
                status,
                reason: `${message.line}:${message.column ?? 0}: ${firstLine(message.text)}`,
            });
        }
    }
    return check.declarations.map((d) => {
        const base = { name: d.name, kind: d.kind, file: d.file, line: d.line, endLine: d.endLine };
        const found = worst.get(d);
        if (found)
            return { ...base, ...found };
        if (check.outcome === 'timeout')
            return {
                ...base,
                status: 'timeout',
                reason: check.detail ?? 'the file ran out of its budget',
            };
        if (check.outcome === 'not-built')
            return { ...base, status: 'error', reason: check.detail ?? 'the file was not built' };
        return { ...base, status: 'proved' };
    });
}
/** A theorem Lean accepted may still rest on a sorried lemma: `#print axioms` shows `sorryAx`. */
function applyAxioms(results, axioms) {
    const byName = new Map(axioms.map((a) => [a.declaration, a]));
    return results.map((r) => {
        const report = byName.get(r.name);
        if (r.status !== 'proved' || !report || !(0,_parse_axioms_js__WEBPACK_IMPORTED_MODULE_1__/* .usesSorryAx */ .B)(report))
            return r;
        return {
            ...r,
            status: 'sorry',
            reason: 'depends on sorryAx (#print axioms): it uses a lemma proved with sorry',
        };
    });
}
/** Messages about `file` (Lean prints the path as it was given; lake joins `./` segments). */
function messagesFor(file, messages) {
    return messages.filter((m) => m.path !== undefined && (m.path === file || m.path.endsWith(`/${file}`)));
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
