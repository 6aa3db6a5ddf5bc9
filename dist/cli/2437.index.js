export const id = 2437;
export const ids = [2437,4107];
export const modules = {

/***/ 64107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON_CONFLICT: () => (/* binding */ ON_CONFLICT),
/* harmony export */   resolvePlan: () => (/* binding */ resolvePlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _trees_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81614);




const ON_CONFLICT = ['pr-with-markers', 'skip', 'issue', 'overwrite'];
/**
 * Turns a plan into tree changes: `take-source` and `delete` directly, `merge` through
 * `git merge-file` (one process per file changed on both sides only), conflicts by `onConflict`.
 * `git` must reach both the target's and the source's objects (the target borrows the source's).
 */
async function resolvePlan(git, plan, onConflict) {
    const outcome = {
        added: [],
        changed: [],
        merged: [],
        deleted: [],
        conflicted: [],
        orphans: [],
        keptTarget: [],
        untouchedByExclude: plan.untouchedByExclude,
    };
    const changes = [];
    const set = (file, entry, list) => {
        changes.push({ path: file.path, entry });
        (list ?? (entry === null ? outcome.deleted : file.ours ? outcome.changed : outcome.added)).push(file.path);
    };
    const merges = [];
    for (const file of plan.files) {
        switch (file.decision.kind) {
            case 'take-source':
                set(file, file.theirs);
                break;
            case 'delete':
                set(file, null);
                break;
            case 'keep-target':
                outcome.keptTarget.push(file.path);
                break;
            case 'keep-orphan':
                outcome.orphans.push(file.path);
                break;
            case 'merge':
                merges.push(file);
                break;
            case 'conflict': {
                const overwrite = onConflict === 'overwrite';
                outcome.conflicted.push({
                    path: file.path,
                    reason: file.decision.reason,
                    resolution: overwrite ? 'took-source' : 'kept-target',
                });
                if (overwrite)
                    changes.push({ path: file.path, entry: file.theirs ?? null });
                break;
            }
            case 'unchanged':
                break;
        }
    }
    await mergeFiles(git, merges, onConflict, { changes, outcome, set });
    return { changes, outcome };
}
async function mergeFiles(git, files, onConflict, sink) {
    if (files.length === 0)
        return;
    const oids = files
        .flatMap((f) => [f.base?.oid, f.ours.oid, f.theirs.oid])
        .filter((o) => !!o);
    const blobs = await (0,_trees_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlobs */ .b4)(git, oids);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'kintsugi-merge-'));
    try {
        const written = [];
        for (const [i, file] of files.entries()) {
            const merge = await mergeOne(git, dir, i, file, blobs);
            const conflicted = merge.conflicts !== 0;
            if (!conflicted) {
                written.push({ file, resultPath: merge.resultPath, list: sink.outcome.merged });
                continue;
            }
            const markers = onConflict === 'pr-with-markers' && merge.conflicts > 0;
            const resolution = onConflict === 'overwrite' ? 'took-source' : markers ? 'markers' : 'kept-target';
            sink.outcome.conflicted.push({
                path: file.path,
                reason: merge.conflicts < 0
                    ? `${file.decision.reason}; cannot merge (binary?)`
                    : file.decision.reason,
                resolution,
                merged: merge.conflicts > 0 ? merge.text.slice(0, 20_000) : undefined,
            });
            if (resolution === 'took-source')
                sink.changes.push({ path: file.path, entry: file.theirs });
            if (resolution === 'markers')
                written.push({ file, resultPath: merge.resultPath, list: [] });
        }
        const writtenOids = await (0,_trees_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBlobFiles */ .Iy)(git, written.map((w) => w.resultPath));
        written.forEach(({ file, list }, i) => {
            sink.changes.push({
                path: file.path,
                entry: { mode: file.theirs.mode, oid: writtenOids[i] },
            });
            list.push(file.path);
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
async function mergeOne(git, dir, i, file, blobs) {
    const ours = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${i}.target`);
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${i}.base`);
    const theirs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${i}.source`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(ours, blobs.get(file.ours.oid));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(base, file.base ? blobs.get(file.base.oid) : '');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(theirs, blobs.get(file.theirs.oid));
    const labels = ['-L', `target ${file.path}`, '-L', 'last sync', '-L', `source ${file.path}`];
    // The exit code is the number of conflicts (capped at 127); above that, git could not merge.
    const result = await git.run(['merge-file', '-p', ...labels, ours, base, theirs], {
        okCodes: Array.from({ length: 255 }, (_, n) => n + 1),
    });
    const conflicts = result.code > 127 ? -1 : result.code;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(ours, result.stdout);
    return { conflicts, resultPath: ours, text: result.stdout.toString('utf8') };
}


/***/ }),

/***/ 62437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  filterTargets: () => (/* binding */ filterTargets),
  permissionsFor: () => (/* binding */ permissionsFor),
  syncBranchName: () => (/* binding */ syncBranchName),
  syncTargets: () => (/* binding */ syncTargets)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/sync/git.ts

class GitError extends Error {
    name = 'GitError';
}
/**
 * Git behind a narrow interface made by a factory: no shell, a fixed environment, and secrets
 * scrubbed from every message, so a token can never reach a log or a report through an error.
 */
function createGit(dir, options = {}) {
    const env = {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
        LC_ALL: 'C',
        ...options.env,
    };
    const scrub = (text) => redact(text, options.secrets ?? []);
    const run = (args, runOptions = {}) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new GitError(scrub(`git ${args[0]}: ${error.message}`))));
        child.on('close', (code) => {
            const result = {
                code: code ?? -1,
                stdout: Buffer.concat(out),
                stderr: scrub(Buffer.concat(err).toString('utf8')),
            };
            if (result.code === 0 || runOptions.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(scrub(`git ${args.slice(0, 2).join(' ')} failed (exit ${result.code}): ${result.stderr.trim()}`)));
        });
        child.stdin.on('error', () => { }); // a git that exits early closes stdin; its exit code says why
        child.stdin.end(runOptions.input ?? '');
    });
    return {
        dir,
        run,
        async text(args, runOptions) {
            return (await run(args, runOptions)).stdout.toString('utf8').trim();
        },
        withEnv: (extra) => createGit(dir, { ...options, env: { ...options.env, ...extra } }),
    };
}
function redact(text, secrets) {
    let result = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            result = result.split(secret).join('***');
    return result;
}
/**
 * Environment that makes git send `Authorization` for one host without putting the token in a URL,
 * an argv or `.git/config` (the way actions/checkout does it, through config from the environment).
 */
function authHeaderEnv(serverUrl, token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/$/, '')}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}

// EXTERNAL MODULE: ./src/sync/trees.ts
var sync_trees = __webpack_require__(81614);
;// CONCATENATED MODULE: ./src/sync/repos.ts




const SOURCE_TRAILER = 'Kintsugi-Sync-Source';
const AUTHOR_TRAILER = 'Kintsugi-Sync-Author';
const ROLLBACK_TRAILER = 'Kintsugi-Sync-Rollback';
async function openSource(options) {
    const git = createGit(options.dir);
    const sha = await git.text(['rev-parse', '--verify', `${options.rev ?? 'HEAD'}^{commit}`]);
    const author = await git.text(['log', '-1', '--format=%an <%ae>', sha]);
    const objectsDir = external_node_path_default().resolve(options.dir, await git.text(['rev-parse', '--git-path', 'objects']));
    const trees = new Map();
    const treeAt = (base) => {
        let tree = trees.get(base);
        if (!tree) {
            tree = readTreeAt(git, base);
            trees.set(base, tree);
        }
        return tree;
    };
    return {
        repo: options.repo,
        git,
        sha,
        author,
        tree: await (0,sync_trees/* listTree */.nT)(git, sha),
        objectsDir,
        treeAt,
    };
}
async function readTreeAt(git, sha) {
    if (!/^[0-9a-f]{7,64}$/.test(sha))
        return undefined;
    const present = await git.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] });
    if (present.code !== 0) {
        // A shallow checkout may lack the last synced commit: fetch just that one.
        const fetched = await git.run(['fetch', '-q', '--no-tags', '--depth=1', 'origin', sha], {
            okCodes: [1, 128],
        });
        if (fetched.code !== 0)
            return undefined;
    }
    return (0,sync_trees/* listTree */.nT)(git, sha);
}
async function fetchTarget(options) {
    await (0,promises_.mkdir)(options.dir, { recursive: true });
    const git = createGit(options.dir, options.git);
    await git.run(['init', '-q', '--bare']);
    await (0,promises_.writeFile)(external_node_path_default().join(options.dir, 'objects', 'info', 'alternates'), `${options.sourceObjectsDir}\n`);
    const wanted = [
        'HEAD',
        ...(options.branch ? [`refs/heads/${options.branch}`] : []),
        `refs/heads/${options.syncBranch}`,
    ];
    const listing = await git
        .text(['ls-remote', '--symref', options.url, ...wanted])
        .catch((error) => {
        const why = error.message.split('\n')[0];
        throw new Error(`cannot read repository ${options.repo}: it does not exist or the token cannot reach it (${why})`);
    });
    const refs = new Map();
    let defaultBranch;
    for (const line of listing.split('\n')) {
        const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
        if (symref)
            defaultBranch = symref[1];
        else if (line.includes('\t')) {
            const [sha, ref] = line.split('\t');
            refs.set(ref, sha);
        }
    }
    const branch = options.branch ?? defaultBranch;
    if (!branch)
        throw new Error('the repository is empty (no default branch)');
    // Without a configured branch, HEAD's line is the default branch's head.
    const head = refs.get(options.branch ? `refs/heads/${branch}` : 'HEAD');
    if (!head)
        throw new Error(`branch ${branch} does not exist in the target`);
    const syncBranchHead = refs.get(`refs/heads/${options.syncBranch}`);
    const refspecs = [`+refs/heads/${branch}:refs/heads/${branch}`];
    if (syncBranchHead)
        refspecs.push(`+refs/heads/${options.syncBranch}:refs/sync/current`);
    await git.run(['fetch', '-q', '--no-tags', `--depth=${options.depth}`, options.url, ...refspecs]);
    return { git, url: options.url, branch, head, syncBranchHead };
}
/**
 * The newest commit on the target branch with `Kintsugi-Sync-Source: <repo>@<sha>`. A shallow
 * fetch is deepened (by 500 commits, then fully) when the trailer is not within it.
 */
async function findLastSync(target, sourceRepo) {
    // Most syncs find the trailer within the first fetch; a target never synced costs two more.
    const ref = `+refs/heads/${target.branch}:refs/heads/${target.branch}`;
    for (const deepen of [undefined, '--deepen=500', '--unshallow']) {
        if (deepen) {
            const shallow = await target.git.text(['rev-parse', '--is-shallow-repository']);
            if (shallow !== 'true')
                return undefined;
            await target.git.run(['fetch', '-q', '--no-tags', deepen, target.url, ref]);
        }
        const found = await searchTrailer(target, sourceRepo);
        if (found)
            return found;
    }
    return undefined;
}
async function searchTrailer(target, sourceRepo) {
    const prefix = `${sourceRepo}@`;
    const out = await target.git.text([
        'log',
        '-z',
        '--fixed-strings',
        `--grep=${SOURCE_TRAILER}: ${prefix}`,
        `--format=%H%n%(trailers:key=${SOURCE_TRAILER},valueonly)`,
        target.head,
    ]);
    for (const record of out.split('\0')) {
        const [commit, ...values] = record.trim().split('\n');
        const value = values.map((v) => v.trim()).find((v) => v.startsWith(prefix));
        if (commit && value)
            return { commit, sourceSha: value.slice(prefix.length) };
    }
    return undefined;
}
async function commitTree(git, options) {
    const { name, email } = options.identity;
    return git
        .withEnv({
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
    })
        .text(['commit-tree', options.tree, '-p', options.parent, '-F', '-'], {
        input: options.message,
    });
}
/** Pushes a commit to the sync branch, only if the branch is still where we saw it. */
async function pushBranch(target, commit, branch, expected) {
    await target.git.run([
        'push',
        '-q',
        `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
        target.url,
        `${commit}:refs/heads/${branch}`,
    ]);
}
/** Pushes straight onto the target branch (create_pr: false); a fast-forward only. */
async function pushDirect(target, commit) {
    await target.git.run(['push', '-q', target.url, `${commit}:refs/heads/${target.branch}`]);
}
async function treeOf(git, commit) {
    return git.text(['rev-parse', `${commit}^{tree}`]);
}
/** The first parent of a commit, deepening a shallow fetch by one if it is cut off. */
async function parentOf(target, commit) {
    const read = () => target.git.run(['rev-parse', '--verify', '-q', `${commit}^`], { okCodes: [1, 128] });
    let result = await read();
    if (result.code !== 0) {
        await target.git.run([
            'fetch',
            '-q',
            '--no-tags',
            '--deepen=1',
            target.url,
            `+refs/heads/${target.branch}:refs/heads/${target.branch}`,
        ]);
        result = await read();
    }
    return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

;// CONCATENATED MODULE: ./src/sync/messages.ts

const LIST_CAP = 100;
const BODY_CAP = 60_000;
function syncCommitMessage(source, outcome) {
    const counts = describeCounts(outcome);
    return [
        `Sync from ${source.repo}@${source.sha.slice(0, 12)}`,
        '',
        counts,
        '',
        `${SOURCE_TRAILER}: ${source.repo}@${source.sha}`,
        `${AUTHOR_TRAILER}: ${source.author}`,
        '',
    ].join('\n');
}
function rollbackCommitMessage(source, syncCommit, syncedSha) {
    return [
        `Revert sync from ${source.repo}@${syncedSha.slice(0, 12)}`,
        '',
        `This reverts commit ${syncCommit}.`,
        '',
        `${ROLLBACK_TRAILER}: ${syncCommit}`,
        '',
    ].join('\n');
}
function describeCounts(o) {
    const parts = [
        [o.added.length, 'added'],
        [o.changed.length, 'changed'],
        [o.merged.length, 'merged'],
        [o.deleted.length, 'deleted'],
        [o.conflicted.length, 'conflicted'],
    ];
    const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    return said.length > 0 ? `${said.join(', ')}.` : 'No file changes.';
}
function pullTitle(kind, sourceRepo, sha) {
    return kind === 'sync'
        ? `Sync shared files from ${sourceRepo}`
        : `Revert the last sync from ${sourceRepo} (${sha.slice(0, 12)})`;
}
/** The PR body: what changed and why, conflicts first, every list capped. */
function pullBody(source, outcome, notes) {
    const sections = [
        `Files synced by Kintsugi repo-sync from \`${source.repo}@${source.sha.slice(0, 12)}\`. ${describeCounts(outcome)}`,
        ...notes,
    ];
    if (outcome.conflicted.length > 0) {
        sections.push('### Conflicts (changed in this repository and in the source)', capped(outcome.conflicted.map((c) => `\`${c.path}\`: ${c.reason} → ${describeResolution(c.resolution)}`)));
    }
    const lists = [
        ['Added', outcome.added],
        ['Changed', outcome.changed],
        ['Merged with changes made here', outcome.merged],
        ['Deleted (gone from the source)', outcome.deleted],
        ['Kept: changed only here', outcome.keptTarget],
        ['Kept: gone from the source, delete_orphaned is off', outcome.orphans],
        ['Not touched: excluded', outcome.untouchedByExclude],
    ];
    for (const [title, files] of lists)
        if (files.length > 0)
            sections.push(`<details><summary>${title} (${files.length})</summary>\n\n${capped(files.map((f) => `\`${f}\``))}\n\n</details>`);
    const body = sections.join('\n\n');
    return body.length > BODY_CAP ? `${body.slice(0, BODY_CAP)}\n\n(truncated)` : body;
}
function describeResolution(resolution) {
    if (resolution === 'markers')
        return 'conflict markers committed, resolve them in this PR';
    if (resolution === 'took-source')
        return 'source version taken (on-conflict: overwrite)';
    return 'this repository’s version kept';
}
function capped(items) {
    const shown = items.slice(0, LIST_CAP).map((i) => `- ${i}`);
    if (items.length > LIST_CAP)
        shown.push(`- … and ${items.length - LIST_CAP} more`);
    return shown.join('\n');
}
function conflictIssueTitle(sourceRepo) {
    return `Kintsugi sync: conflicts with ${sourceRepo}`;
}
function conflictIssueBody(source, outcome) {
    const parts = [
        `Syncing from \`${source.repo}@${source.sha.slice(0, 12)}\` found files changed both here and in the source. They were left as they are; merge them by hand, then the next sync carries on.`,
    ];
    for (const c of outcome.conflicted.slice(0, 20)) {
        parts.push(`### \`${c.path}\`\n${c.reason}`);
        if (c.merged)
            parts.push(`<details><summary>merge with conflict markers</summary>\n\n~~~~\n${c.merged.slice(0, 2_000)}\n~~~~\n\n</details>`);
    }
    const body = parts.join('\n\n');
    return body.length > BODY_CAP ? `${body.slice(0, BODY_CAP)}\n\n(truncated)` : body;
}

;// CONCATENATED MODULE: ./src/sync/three-way.ts
/**
 * The per-file 3-way decision of repo-sync. Pure: it compares versions, it never reads or writes.
 *
 * A version is any string that is equal exactly when the file contents are equal (the engine passes
 * `mode:blob-id`; tests and the Lean vectors pass the text itself); `null` means the file is absent.
 *   - `base`   = the source file at the last synced commit (the `Kintsugi-Sync-Source` trailer)
 *   - `ours`   = the target file now
 *   - `theirs` = the source file now
 *
 * The rule the Lean proof relies on: when the source did not change a file since the last sync
 * (`theirs === base`), the target's version is kept, whatever it is. A change made only in the
 * target is therefore never overwritten.
 */
function decideFile({ base, ours, theirs }, options) {
    if (ours === theirs)
        return { kind: 'unchanged', reason: 'target already matches the source' };
    // Checked before anything else so no later rule can override a target-only change.
    if (theirs === base)
        return { kind: 'keep-target', reason: 'unchanged in the source since the last sync' };
    if (ours === base) {
        if (theirs !== null)
            return { kind: 'take-source', reason: 'changed only in the source' };
        return options.deleteOrphaned
            ? { kind: 'delete', reason: 'deleted in the source, unchanged in the target' }
            : { kind: 'keep-orphan', reason: 'deleted in the source; delete_orphaned is off' };
    }
    if (ours !== null && theirs !== null) {
        return {
            kind: 'merge',
            reason: base === null ? 'added on both sides with different contents' : 'changed on both sides',
        };
    }
    return {
        kind: 'conflict',
        reason: theirs === null
            ? 'deleted in the source, changed in the target'
            : 'deleted in the target, changed in the source',
    };
}
/**
 * The version a decision leaves in the target, when it is decided without merging:
 * `undefined` for `merge` and `conflict`, which need `git merge-file` or the `on-conflict` policy.
 */
function decidedVersion(decision, versions) {
    switch (decision.kind) {
        case 'unchanged':
        case 'keep-target':
        case 'keep-orphan':
            return versions.ours;
        case 'take-source':
            return versions.theirs;
        case 'delete':
            return null;
        case 'merge':
        case 'conflict':
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/sync/plan.ts



/** Matchers for a target's `paths` and `exclude`; dotfiles (`.github/**`) match like any file. */
function scopeOf(target) {
    const options = { dot: true };
    return {
        inPaths: picomatch_default()(target.paths, options),
        excluded: target.exclude.length > 0 ? picomatch_default()(target.exclude, options) : () => false,
    };
}
/**
 * The 3-way plan of one target. `base` is the source tree at the last synced commit, or null when
 * the target was never synced (then every difference counts as a change on both sides).
 */
function planTarget(target, trees) {
    const { inPaths, excluded } = scopeOf(target);
    const candidates = new Set();
    for (const tree of [trees.source, trees.base ?? new Map(), trees.target])
        for (const file of tree.keys())
            if (inPaths(file))
                candidates.add(file);
    const files = [];
    const untouchedByExclude = [];
    for (const file of [...candidates].sort()) {
        const base = trees.base?.get(file);
        const ours = trees.target.get(file);
        const theirs = trees.source.get(file);
        if (excluded(file)) {
            if ((0,sync_trees/* versionOf */.E4)(ours) !== (0,sync_trees/* versionOf */.E4)(theirs))
                untouchedByExclude.push(file);
            continue;
        }
        const decision = decideFile({ base: (0,sync_trees/* versionOf */.E4)(base), ours: (0,sync_trees/* versionOf */.E4)(ours), theirs: (0,sync_trees/* versionOf */.E4)(theirs) }, { deleteOrphaned: target.deleteOrphaned });
        if (decision.kind !== 'unchanged')
            files.push({ path: file, base, ours, theirs, decision });
    }
    return { files, untouchedByExclude };
}
/** Whether a target's synced files include workflows (the token then needs `workflows: write`). */
function touchesWorkflows(target, trees) {
    const { inPaths, excluded } = scopeOf(target);
    return trees.some((tree) => [...tree.keys()].some((file) => file.startsWith('.github/workflows/') && inPaths(file) && !excluded(file)));
}

;// CONCATENATED MODULE: ./src/sync/publish.ts

/**
 * Commits the tree onto the target branch and proposes it: exactly one PR per target, opened,
 * updated, left untouched when it already carries this change, or closed when nothing differs.
 */
async function publish(repo, host, request) {
    const { target, syncBranch } = request;
    const none = { number: null, url: null, operation: 'none' };
    const noDiff = request.tree === (await treeOf(repo.git, repo.head));
    if (!target.createPr) {
        if (noDiff)
            return { pushed: false, pull: none };
        const commit = await commitTree(repo.git, {
            tree: request.tree,
            parent: repo.head,
            message: request.message,
            identity: request.identity,
        });
        await pushDirect(repo, commit);
        return { pushed: true, commit, pull: none };
    }
    const open = await host.findOpenPull(syncBranch, repo.branch);
    if (noDiff) {
        if (!open)
            return { pushed: false, pull: none };
        await host.closePull(open.number, 'Closed by Kintsugi repo-sync: the target already matches the source.');
        return { pushed: false, pull: { ...refOf(open), operation: 'closed' } };
    }
    if (open && (await alreadyProposed(repo, request.tree)))
        return {
            pushed: false,
            commit: repo.syncBranchHead,
            pull: { ...refOf(open), operation: 'none' },
        };
    if (open &&
        repo.syncBranchHead &&
        !(await isOwnCommit(repo, repo.syncBranchHead, request.ownTrailer)))
        return {
            pushed: false,
            commit: repo.syncBranchHead,
            pull: { ...refOf(open), operation: 'none' },
            notice: `PR #${open.number} (${syncBranch}) has a commit that is not Kintsugi's (a conflict resolved there?), so it is left as it is: merge or close it, and the next sync carries on`,
        };
    const commit = await commitTree(repo.git, {
        tree: request.tree,
        parent: repo.head,
        message: request.message,
        identity: request.identity,
    });
    await pushBranch(repo, commit, syncBranch, repo.syncBranchHead);
    if (open) {
        await host.updatePull(open.number, { title: request.title, body: request.body });
        return { pushed: true, commit, pull: { ...refOf(open), operation: 'updated' } };
    }
    const pull = await host.createPull({
        head: syncBranch,
        base: repo.branch,
        title: request.title,
        body: request.body,
    });
    if (target.labels.length > 0)
        await host.addLabels(pull.number, target.labels);
    if (target.reviewers.length + target.teamReviewers.length > 0)
        await host.requestReviewers(pull.number, target.reviewers, target.teamReviewers);
    const autoMerge = await maybeAutoMerge(host, pull, target, request.conflictMarkers);
    return { pushed: true, commit, pull: { ...refOf(pull), operation: 'created' }, autoMerge };
}
/** Someone pushing to the PR branch (resolving conflict markers, say) must not lose that work. */
async function isOwnCommit(repo, commit, trailer) {
    const message = await repo.git.text(['log', '-1', '--format=%B', commit]);
    return message.split('\n').some((line) => line.startsWith(trailer));
}
/** The open PR's branch is one commit on the current target head with exactly this tree. */
async function alreadyProposed(repo, tree) {
    if (!repo.syncBranchHead)
        return false;
    const [branchTree, parent] = await Promise.all([
        treeOf(repo.git, repo.syncBranchHead),
        parentOf(repo, repo.syncBranchHead),
    ]);
    return branchTree === tree && parent === repo.head;
}
async function maybeAutoMerge(host, pull, target, conflictMarkers) {
    if (!target.autoMerge)
        return 'not-asked';
    if (target.requireApprovals > 0)
        return 'refused: require_approvals';
    if (conflictMarkers)
        return 'refused: conflict markers';
    await host.enableAutoMerge(pull);
    return 'enabled';
}
function refOf(pull) {
    return { number: pull.number, url: pull.url };
}
/** Records what publishing did in the target's report. */
function applyPublish(report, result) {
    report.status = result.pushed ? 'synced' : 'unchanged';
    report.commit = result.commit;
    report.pullRequest = { target: report.repo, ...result.pull };
    report.autoMerge = result.autoMerge;
    report.notice = result.notice;
}

// EXTERNAL MODULE: ./src/sync/resolve.ts
var resolve = __webpack_require__(64107);
;// CONCATENATED MODULE: ./src/sync/rollback.ts







/** Reverts the last sync commit: a 3-way sync from its parent, with the sync commit as base. */
async function rollbackOne(run, repo, access, report) {
    const { source, target, options } = run;
    const lastSync = await findLastSync(repo, source.repo);
    report.lastSync = lastSync ?? null;
    if (!lastSync) {
        report.status = 'unchanged';
        report.error = undefined;
        run.logger.warning(`${target.repo}: no commit from ${source.repo} to roll back`);
        return;
    }
    const parent = await parentOf(repo, lastSync.commit);
    if (!parent)
        throw new Error(`cannot read the parent of sync commit ${lastSync.commit}`);
    const everything = { paths: ['**'], exclude: [], deleteOrphaned: true };
    const plan = planTarget(everything, {
        source: await (0,sync_trees/* listTree */.nT)(repo.git, parent),
        base: await (0,sync_trees/* listTree */.nT)(repo.git, lastSync.commit),
        target: await (0,sync_trees/* listTree */.nT)(repo.git, repo.head),
    });
    const { changes, outcome } = await (0,resolve.resolvePlan)(repo.git, plan, options.onConflict === 'overwrite' ? 'overwrite' : 'skip');
    report.files = outcome;
    if (options.dryRun) {
        report.status = 'planned';
        return;
    }
    const tree = await (0,sync_trees/* buildTree */.H6)(repo.git, external_node_path_default().join(run.dir, 'rollback.index'), repo.head, changes);
    const result = await publish(repo, access.host, {
        target: { ...target, autoMerge: false, createPr: true },
        tree,
        message: rollbackCommitMessage(source, lastSync.commit, lastSync.sourceSha),
        title: pullTitle('rollback', source.repo, lastSync.sourceSha),
        body: `Reverts ${lastSync.commit}, the last sync from \`${source.repo}@${lastSync.sourceSha.slice(0, 12)}\`. Files changed here since then are kept.\n\n${pullBody(source, outcome, []).split('\n\n').slice(1).join('\n\n')}`,
        syncBranch: report.syncBranch,
        ownTrailer: `${ROLLBACK_TRAILER}: `,
        identity: options.identity,
        conflictMarkers: false,
    });
    applyPublish(report, result);
}

;// CONCATENATED MODULE: ./src/sync/report.ts
const SYNC_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/sync/sync.ts














/** Syncs (or plans, or rolls back) every target; one target failing never stops the others. */
async function syncTargets(input) {
    const { options } = input;
    const source = await openSource(input.source);
    const workDir = options.workDir ?? (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'kintsugi-sync-')));
    const mode = options.rollback ? 'rollback' : options.dryRun ? 'dry-run' : 'sync';
    try {
        const targets = await mapLimited(input.config.targets, options.concurrency ?? 4, (target, i) => input.logger.group(`${mode} ${target.repo}`, () => runTarget({ ...input, source, target, dir: external_node_path_default().join(workDir, String(i)) })));
        return {
            schemaVersion: SYNC_SCHEMA_VERSION,
            mode,
            source: { repo: source.repo, sha: source.sha },
            onConflict: options.onConflict,
            targets,
            pullRequests: targets.flatMap((t) => (t.pullRequest ? [t.pullRequest] : [])),
        };
    }
    finally {
        if (!options.workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** The `targets` input: owner/name or globs, case-insensitive; a filter that matches nothing is a mistake. */
function filterTargets(config, patterns) {
    if (patterns.length === 0)
        return config;
    const match = picomatch_default()(patterns.map((p) => p.toLowerCase()));
    const targets = config.targets.filter((t) => match(t.repo.toLowerCase()));
    if (targets.length === 0)
        throw new errors/* ConfigError */.xL(`Input targets got ${JSON.stringify(patterns.join(', '))}; accepted: owner/name or globs matching the config's targets (${config.targets.map((t) => t.repo).join(', ')})`);
    return { targets };
}
function syncBranchName(prefix, sourceRepo, rollback) {
    return `${prefix}${sourceRepo.replace('/', '-')}${rollback ? '-rollback' : ''}`;
}
/**
 * The least the token for one target needs: read-only for a dry run; workflows only when the
 * target's synced paths hold workflow files in the source; issues only for on-conflict: issue.
 */
function permissionsFor(target, source, options) {
    if (options.dryRun)
        return { contents: 'read' };
    const permissions = { contents: 'write' };
    if (target.createPr || options.rollback)
        permissions.pull_requests = 'write';
    if (touchesWorkflows(target, [source.tree]))
        permissions.workflows = 'write';
    if (options.onConflict === 'issue' && !options.rollback)
        permissions.issues = 'write';
    return permissions;
}
async function runTarget(run) {
    const { target, options, source, logger } = run;
    const syncBranch = syncBranchName(options.branchPrefix, source.repo, options.rollback);
    const report = {
        repo: target.repo,
        branch: target.branch,
        syncBranch,
        status: 'failed',
    };
    const permissions = permissionsFor(target, source, options);
    let access;
    try {
        access = await run.access(target, permissions);
        report.auth = { via: access.via, permissions, revoked: false };
        const secrets = access.token
            ? [access.token, Buffer.from(`x-access-token:${access.token}`).toString('base64')]
            : [];
        try {
            const repo = await fetchTarget({
                repo: target.repo,
                dir: run.dir,
                url: options.remoteUrl(target),
                branch: target.branch,
                syncBranch,
                depth: options.depth ?? 50,
                sourceObjectsDir: source.objectsDir,
                git: { env: authHeaderEnv(options.serverUrl, access.token), secrets },
            });
            report.branch = repo.branch;
            await (options.rollback
                ? rollbackOne(run, repo, access, report)
                : syncOne(run, repo, access, report));
        }
        catch (error) {
            report.status = 'failed';
            report.error = redact((0,errors/* describeError */.Uc)(error), secrets);
        }
    }
    catch (error) {
        report.error = `could not get access to ${target.repo}: ${(0,errors/* describeError */.Uc)(error)}`;
    }
    finally {
        if (access && report.auth)
            report.auth.revoked = await access.release().catch(() => false);
        (0,promises_.rm)(run.dir, { recursive: true, force: true }).catch(() => { });
    }
    if (report.notice)
        logger.warning(`${target.repo}: ${report.notice}`);
    if (report.error)
        logger.error(`${target.repo}: ${report.error}`);
    else
        logger.info(`${target.repo}: ${report.status}${report.pullRequest ? ` (PR ${report.pullRequest.operation})` : ''}`);
    return report;
}
async function syncOne(run, repo, access, report) {
    const { source, target, options } = run;
    const lastSync = await findLastSync(repo, source.repo);
    report.lastSync = lastSync ?? null;
    const base = lastSync ? ((await source.treeAt(lastSync.sourceSha)) ?? null) : null;
    if (lastSync && !base)
        run.logger.warning(`${target.repo}: source commit ${lastSync.sourceSha} of the last sync is unreachable; every difference counts as a conflict`);
    const plan = planTarget(target, {
        source: source.tree,
        base,
        target: await (0,sync_trees/* listTree */.nT)(repo.git, repo.head),
    });
    const { changes, outcome } = await (0,resolve.resolvePlan)(repo.git, plan, options.onConflict);
    report.files = outcome;
    if (options.dryRun) {
        report.status = 'planned';
        return;
    }
    const tree = await (0,sync_trees/* buildTree */.H6)(repo.git, external_node_path_default().join(run.dir, 'sync.index'), repo.head, changes);
    const markers = outcome.conflicted.some((c) => c.resolution === 'markers');
    const result = await publish(repo, access.host, {
        target,
        tree,
        message: syncCommitMessage(source, outcome),
        title: pullTitle('sync', source.repo, source.sha),
        body: pullBody(source, outcome, markers ? ['**This PR contains conflict markers: resolve them before merging.**'] : []),
        syncBranch: report.syncBranch,
        ownTrailer: `${SOURCE_TRAILER}: ${source.repo}@`,
        identity: options.identity,
        conflictMarkers: markers,
    });
    applyPublish(report, result);
    const keptConflicts = outcome.conflicted.filter((c) => c.resolution === 'kept-target');
    if (options.onConflict === 'issue' && keptConflicts.length > 0)
        report.issue = await access.host.upsertIssue({
            title: conflictIssueTitle(source.repo),
            body: conflictIssueBody(source, outcome),
            labels: target.labels,
        });
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 81614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   Iy: () => (/* binding */ writeBlobFiles),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   nT: () => (/* binding */ listTree)
/* harmony export */ });
/* unused harmony export ZERO_OID */
const ZERO_OID = '0000000000000000000000000000000000000000';
/** Every file of a commit or tree, in one `git ls-tree` process. Submodules are left out. */
async function listTree(git, rev) {
    const { stdout } = await git.run(['ls-tree', '-r', '-z', '--full-tree', rev]);
    const tree = new Map();
    for (const record of stdout.toString('utf8').split('\0')) {
        if (!record)
            continue;
        const tab = record.indexOf('\t');
        const [mode, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob')
            tree.set(record.slice(tab + 1), { mode, oid });
    }
    return tree;
}
/** The version string the 3-way decision compares: equal exactly when mode and content are. */
function versionOf(entry) {
    return entry ? `${entry.mode}:${entry.oid}` : null;
}
/** Reads many blobs in one `git cat-file --batch` process. */
async function readBlobs(git, oids) {
    const wanted = [...new Set(oids)];
    const blobs = new Map();
    if (wanted.length === 0)
        return blobs;
    const { stdout } = await git.run(['cat-file', '--batch'], { input: `${wanted.join('\n')}\n` });
    let at = 0;
    for (const oid of wanted) {
        const end = stdout.indexOf(10, at);
        const header = stdout.subarray(at, end).toString('utf8');
        const [, type, size] = header.split(' ');
        if (type !== 'blob')
            throw new Error(`git object ${oid} is not a readable blob (${header})`);
        const length = Number(size);
        blobs.set(oid, stdout.subarray(end + 1, end + 1 + length));
        at = end + 1 + length + 1;
    }
    return blobs;
}
/** Writes blobs into the object database in one `git hash-object -w --stdin-paths` process. */
async function writeBlobFiles(git, files) {
    if (files.length === 0)
        return [];
    const out = await git.text(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
        input: `${files.join('\n')}\n`,
    });
    return out.split('\n');
}
/**
 * Builds the target's new tree from its current commit plus the changes, using a private index
 * file: no checkout, no per-file process. Returns the tree id.
 */
async function buildTree(git, indexFile, head, changes) {
    const indexed = git.withEnv({ GIT_INDEX_FILE: indexFile });
    await indexed.run(['read-tree', head]);
    const info = changes
        .map(({ path, entry }) => entry ? `${entry.mode} ${entry.oid}\t${path}` : `0 ${ZERO_OID}\t${path}`)
        .join('\0');
    if (info)
        await indexed.run(['update-index', '-z', '--index-info'], { input: `${info}\0` });
    return indexed.text(['write-tree']);
}


/***/ })

};
