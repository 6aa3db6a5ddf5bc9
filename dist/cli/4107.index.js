export const id = 4107;
export const ids = [4107];
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
