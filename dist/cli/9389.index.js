export const id = 9389;
export const ids = [9389];
export const modules = {

/***/ 39389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSyncConfig: () => (/* binding */ parseSyncConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46316);


const TARGET_KEYS = {
    repo: 'string',
    branch: 'string',
    paths: 'strings',
    exclude: 'strings',
    create_pr: 'bool',
    auto_merge: 'bool',
    require_approvals: 'count',
    reviewers: 'strings',
    labels: 'strings',
    delete_orphaned: 'bool',
};
const TOP_KEYS = ['targets'];
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * Parses and validates the sync config. Every mistake is a ConfigError naming the file, the line
 * and the key, and saying what is accepted; unknown keys are mistakes too (a typo such as
 * `delete_orphan: true` must not silently keep files).
 */
function parseSyncConfig(text, file = '.sync-config.yaml') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true });
    const fail = (node, message) => {
        const offset = node?.range?.[0];
        const where = offset === undefined ? file : `${file}:${lineCounter.linePos(offset).line}`;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${where}: ${message}`);
    };
    const yamlError = doc.errors[0];
    if (yamlError) {
        const line = yamlError.linePos?.[0].line ?? lineCounter.linePos(yamlError.pos[0]).line;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}:${line}: invalid YAML: ${yamlError.message.split('\n', 1)[0]}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        return fail(root, 'the config must be a mapping with a `targets` list');
    rejectUnknownKeys(root, TOP_KEYS, '', fail);
    const targetsNode = root.get('targets', true);
    if (!targetsNode)
        return fail(root, 'missing key `targets`; accepted: a list of targets');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(targetsNode) || targetsNode.items.length === 0)
        return fail(targetsNode, '`targets` must be a non-empty list of targets');
    const targets = targetsNode.items.map((item, i) => readTarget(item, `targets[${i}]`, fail, (n) => lineOf(lineCounter, n)));
    const seen = new Map();
    for (const target of targets) {
        const key = `${target.repo.toLowerCase()}#${target.branch ?? ''}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}:${target.line}: target ${target.repo} is listed twice (first on line ${earlier}); accepted: each repository and branch once`);
        seen.set(key, target.line);
    }
    return { targets };
}
function lineOf(counter, node) {
    return counter.linePos(node.range?.[0] ?? 0).line;
}
function rejectUnknownKeys(map, known, prefix, fail) {
    for (const pair of map.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!known.includes(key))
            fail(pair.key, `unknown key \`${prefix}${key}\`; accepted: ${known.join(', ')}`);
    }
}
function readTarget(node, at, fail, line) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return fail(node, `\`${at}\` must be a mapping with at least \`repo\` and \`paths\``);
    rejectUnknownKeys(node, Object.keys(TARGET_KEYS), `${at}.`, fail);
    const values = {};
    for (const [key, kind] of Object.entries(TARGET_KEYS)) {
        const value = node.get(key, true);
        if (value !== undefined)
            values[key] = readValue(value, `${at}.${key}`, kind, fail);
    }
    const repoNode = node.get('repo', true);
    if (!repoNode)
        return fail(node, `missing key \`${at}.repo\`; accepted: owner/name`);
    const repo = values.repo;
    if (!REPO.test(repo))
        return fail(repoNode, `\`${at}.repo\` got ${JSON.stringify(repo)}; accepted: owner/name`);
    const paths = values.paths ?? [];
    if (paths.length === 0)
        return fail(node.get('paths', true) ?? node, `\`${at}.paths\` must list at least one glob, such as docs/**`);
    const reviewers = values.reviewers ?? [];
    const [owner, name] = repo.split('/');
    return {
        repo,
        owner,
        name,
        branch: values.branch,
        paths,
        exclude: values.exclude ?? [],
        createPr: values.create_pr ?? true,
        autoMerge: values.auto_merge ?? false,
        requireApprovals: values.require_approvals ?? 0,
        reviewers: reviewers.filter((r) => !r.startsWith('team:')),
        teamReviewers: reviewers.filter((r) => r.startsWith('team:')).map((r) => r.slice(5)),
        labels: values.labels ?? [],
        deleteOrphaned: values.delete_orphaned ?? false,
        line: line(node),
    };
}
function readValue(node, at, kind, fail) {
    const scalar = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node.value : undefined;
    switch (kind) {
        case 'string':
            if (typeof scalar === 'string' && scalar.trim() !== '')
                return scalar.trim();
            return fail(node, `\`${at}\` must be a non-empty string`);
        case 'bool':
            if (typeof scalar === 'boolean')
                return scalar;
            return fail(node, `\`${at}\` got ${JSON.stringify(scalar ?? null)}; accepted: true or false`);
        case 'count':
            if (typeof scalar === 'number' && Number.isInteger(scalar) && scalar >= 0)
                return scalar;
            return fail(node, `\`${at}\` got ${JSON.stringify(scalar ?? null)}; accepted: a whole number, 0 or more`);
        case 'strings': {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof scalar === 'string')
                return [scalar];
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return fail(node, `\`${at}\` must be a list of strings`);
            return node.items.map((item, i) => {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && typeof item.value === 'string' && item.value.trim() !== '')
                    return item.value.trim();
                return fail(item, `\`${at}[${i}]\` must be a non-empty string`);
            });
        }
    }
}


/***/ })

};
