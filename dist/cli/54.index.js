export const id = 54;
export const ids = [54];
export const modules = {

/***/ 25398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ completeDocument),
/* harmony export */   qk: () => (/* binding */ buildPolicyDocument)
/* harmony export */ });
/* unused harmony export MAX_LIST_ITEMS */
/* harmony import */ var _signals_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56641);

/**
 * The input document policies are written against; every field is documented in
 * policies/README.md, and every field is always present (absent facts are '', 0, false or []),
 * so an expression never fails on a missing key. Lists are capped to bound evaluation time.
 */
const MAX_LIST_ITEMS = 1_000;
const PR_DEFAULTS = {
    number: 0,
    title: '',
    body: '',
    author: '',
    authorIsBot: false,
    base: '',
    head: '',
    headSha: '',
    draft: false,
    labels: [],
    baseProtected: false,
    url: '',
};
const ITEM_DEFAULTS = {
    files: {
        path: '',
        previousPath: '',
        status: 'modified',
        binary: false,
        additions: 0,
        deletions: 0,
        sensitive: [],
        test: false,
    },
    commits: {
        sha: '',
        message: '',
        author: '',
        authorIsBot: false,
        verified: true,
        verificationReason: 'valid',
    },
    checks: { name: '', status: 'completed', conclusion: '', app: '' },
    reviews: { user: '', userIsBot: false, state: 'COMMENTED' },
    findings: {
        ruleId: '',
        source: 'static',
        severity: 'info',
        title: '',
        message: '',
        file: '',
        line: 0,
    },
};
const SIGNAL_DEFAULTS = {
    filesChanged: 0,
    additions: 0,
    deletions: 0,
    changedLines: 0,
    sensitivePaths: [],
    dependencyChanges: [],
    secrets: [],
    binaryFiles: [],
    deletedTests: [],
    skippedTests: [],
    botTodos: [],
    botAuthored: false,
    unsignedCommits: [],
    codeql: 'unknown',
    humanApprovals: 0,
    productionTarget: false,
};
function buildPolicyDocument(parts) {
    return completeDocument({
        pr: parts.pr ?? {},
        files: parts.files.slice(0, MAX_LIST_ITEMS).map((f) => ({
            path: f.path,
            previousPath: f.previousPath ?? '',
            status: f.status,
            binary: f.binary,
            additions: f.additions,
            deletions: f.deletions,
            sensitive: (0,_signals_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .sensitiveCategories */ .vU)(f.path).map((a) => a.category),
            test: (0,_signals_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isTestFile */ .hl)(f.path),
        })),
        commits: parts.commits.slice(0, MAX_LIST_ITEMS),
        checks: (parts.checks ?? [])
            .slice(0, MAX_LIST_ITEMS)
            .map((c) => ({ ...c, conclusion: c.conclusion ?? '' })),
        reviews: parts.reviews.slice(0, MAX_LIST_ITEMS),
        signals: capSignals(parts.signals),
        findings: parts.findings.slice(0, MAX_LIST_ITEMS).map((f) => ({
            ruleId: f.ruleId,
            source: f.source,
            severity: f.severity,
            title: f.title,
            message: f.message,
            file: f.file ?? '',
            line: f.line ?? 0,
        })),
    });
}
/**
 * A partial document (a policy test case) completed with the defaults: objects merged, list items
 * given their defaults, undefined dropped (JSON round trip), so CEL sees only plain values.
 */
function completeDocument(partial) {
    const plain = JSON.parse(JSON.stringify(partial));
    const listOf = (name) => {
        const value = plain[name];
        return Array.isArray(value)
            ? value.map((item) => ({ ...ITEM_DEFAULTS[name], ...item }))
            : [];
    };
    return {
        pr: { ...PR_DEFAULTS, ...plain.pr },
        files: listOf('files'),
        commits: listOf('commits'),
        checks: listOf('checks'),
        reviews: listOf('reviews'),
        signals: { ...SIGNAL_DEFAULTS, ...plain.signals },
        findings: listOf('findings'),
    };
}
function capSignals(signals) {
    const capped = { ...signals };
    for (const [key, value] of Object.entries(signals)) {
        if (Array.isArray(value))
            capped[key] = value.slice(0, MAX_LIST_ITEMS);
    }
    return capped;
}


/***/ }),

/***/ 55357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ru: () => (/* binding */ defaultPolicyDirectory),
  l9: () => (/* binding */ loadPolicyBundle)
});

// UNUSED EXPORTS: bundleDigest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/platform/package-root.ts
var package_root = __webpack_require__(95148);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/risk/score.ts
var score = __webpack_require__(26345);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/env.js + 31 modules
var env = __webpack_require__(89735);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/parse.js + 3 modules
var parse = __webpack_require__(53340);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/plan.js + 9 modules
var plan = __webpack_require__(78217);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/error.js
var error = __webpack_require__(42108);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/ext/strings.js
var strings = __webpack_require__(65480);
;// CONCATENATED MODULE: ./src/risk/policy/cel.ts


/**
 * Compiling and running one policy expression, with bounds. CEL has no loops or recursion, so its
 * cost grows with the size of the input lists and how deeply comprehensions (`exists`, `all`,
 * `map`, `filter`) nest. We bound the text, the syntax tree and the nesting before a rule is
 * accepted, cap the lists in the input document (document.ts), and stop an evaluation that runs
 * past its time bound (see withDeadline): it is reported as an error, never as a quiet pass.
 */
const EXPRESSION_LIMITS = Object.freeze({
    maxLength: 2_000,
    maxNodes: 400,
    maxComprehensionDepth: 2,
    evaluationBudgetMs: 250,
});
/** The top-level names of the input document (documented in policies/README.md). */
const DOCUMENT_NAMES = [
    'pr',
    'files',
    'commits',
    'checks',
    'reviews',
    'signals',
    'findings',
];
/** Operators the planner handles itself, not through the function resolver. */
const SPECIAL_FORMS = new Set(['_?_:_', '_||_', '_&&_', '@not_strictly_false']);
const cel_env = (0,env/* celEnv */.U)({ funcs: strings/* default */.A });
/** Throws an Error whose message says what is wrong; the caller adds file, line and rule id. */
function compileExpression(expression) {
    if (expression.length > EXPRESSION_LIMITS.maxLength) {
        throw new Error(`expression is ${expression.length} characters long; the limit is ${EXPRESSION_LIMITS.maxLength}`);
    }
    let ast;
    try {
        ast = (0,parse/* parse */.q)(expression);
    }
    catch (error) {
        throw new Error(`expression does not compile: ${error.message.replace(/^<input>:/, 'at ')}`);
    }
    const shape = inspect(ast.expr);
    if (shape.nodes > EXPRESSION_LIMITS.maxNodes) {
        throw new Error(`expression has ${shape.nodes} syntax nodes; the limit is ${EXPRESSION_LIMITS.maxNodes}`);
    }
    if (shape.depth > EXPRESSION_LIMITS.maxComprehensionDepth) {
        throw new Error(`expression nests ${shape.depth} comprehensions (exists/all/map/filter); the limit is ${EXPRESSION_LIMITS.maxComprehensionDepth}`);
    }
    const unknownNames = [...shape.freeNames].filter((n) => !DOCUMENT_NAMES.includes(n));
    if (unknownNames.length > 0) {
        throw new Error(`expression does not compile: unknown name ${unknownNames.map((n) => `'${n}'`).join(', ')}; the input document has ${DOCUMENT_NAMES.join(', ')}`);
    }
    const unknownFunctions = [...shape.functions].filter((f) => !SPECIAL_FORMS.has(f) && !cel_env.funcs.find(f));
    if (unknownFunctions.length > 0) {
        throw new Error(`expression does not compile: unknown function ${unknownFunctions.map((n) => `'${n}'`).join(', ')}`);
    }
    const evaluate = (0,plan/* plan */.e)(cel_env, ast);
    return (document) => {
        const input = guarded(document);
        let { value, ms } = withDeadline(() => evaluate(input));
        // One more try before an overrun counts, so a pause of the machine (other jobs, garbage
        // collection) does not fail a rule; a truly slow rule is stopped twice, at the bound each time.
        if ((0,error/* isCelError */.Jr)(value) && value.message === DEADLINE_PASSED)
            ({ value, ms } = withDeadline(() => evaluate(input)));
        if ((0,error/* isCelError */.Jr)(value) && value.message === DEADLINE_PASSED) {
            return {
                ok: false,
                error: `evaluation stopped after ${ms.toFixed(0)} ms, over the ${EXPRESSION_LIMITS.evaluationBudgetMs} ms bound`,
                ms,
            };
        }
        if ((0,error/* isCelError */.Jr)(value))
            return { ok: false, error: value.message, ms };
        if (typeof value !== 'boolean')
            return { ok: false, error: `expression returned ${typeof value}, not a boolean`, ms };
        return { ok: true, value, ms };
    };
}
/**
 * The time bound. CEL runs synchronously, so it cannot be interrupted from outside; instead every
 * list in the document is a read-through proxy that throws once the deadline has passed. Every
 * comprehension step reads a list element, so no expression runs long past the bound (cel-es turns
 * the throw into an evaluation error).
 */
const DEADLINE_PASSED = 'policy evaluation deadline passed';
let deadline = Number.POSITIVE_INFINITY;
const guardedDocuments = new WeakMap();
function withDeadline(work) {
    const started = performance.now();
    deadline = started + EXPRESSION_LIMITS.evaluationBudgetMs;
    try {
        return { value: work(), ms: performance.now() - started };
    }
    finally {
        deadline = Number.POSITIVE_INFINITY;
    }
}
function guarded(document) {
    let found = guardedDocuments.get(document);
    if (!found) {
        found = guard(document);
        guardedDocuments.set(document, found);
    }
    return found;
}
function guard(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        const items = value.map(guard);
        return new Proxy(items, {
            get(target, key, receiver) {
                if (performance.now() > deadline)
                    throw new Error(DEADLINE_PASSED);
                return Reflect.get(target, key, receiver);
            },
        });
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guard(v)]));
}
function inspect(root) {
    const shape = { nodes: 0, depth: 0, freeNames: new Set(), functions: new Set() };
    const visit = (expr, bound, depth) => {
        if (!expr)
            return;
        shape.nodes++;
        shape.depth = Math.max(shape.depth, depth);
        const kind = expr.exprKind;
        switch (kind.case) {
            case 'identExpr':
                if (!bound.has(kind.value.name))
                    shape.freeNames.add(kind.value.name);
                return;
            case 'selectExpr':
                return visit(kind.value.operand, bound, depth);
            case 'callExpr':
                shape.functions.add(kind.value.function);
                visit(kind.value.target, bound, depth);
                for (const arg of kind.value.args)
                    visit(arg, bound, depth);
                return;
            case 'listExpr':
                for (const element of kind.value.elements)
                    visit(element, bound, depth);
                return;
            case 'structExpr':
                for (const entry of kind.value.entries) {
                    if (entry.keyKind.case === 'mapKey')
                        visit(entry.keyKind.value, bound, depth);
                    visit(entry.value, bound, depth);
                }
                return;
            case 'comprehensionExpr': {
                const c = kind.value;
                visit(c.iterRange, bound, depth);
                visit(c.accuInit, bound, depth);
                const inner = new Set([...bound, c.iterVar, c.iterVar2, c.accuVar].filter(Boolean));
                for (const part of [c.loopCondition, c.loopStep, c.result])
                    visit(part, inner, depth + 1);
                return;
            }
            default:
                return;
        }
    };
    visit(root, new Set(), 0);
    return shape;
}

;// CONCATENATED MODULE: ./src/risk/policy/rules.ts




const ACTIONS = ['deny', 'warn', 'audit'];
const KEYS = ['id', 'description', 'severity', 'expression', 'message', 'action', 'tests'];
const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/**
 * Rules from one YAML file: either a single rule or `rules: [...]`. Every mistake is a ConfigError
 * naming the file, the line and the rule id, so a policy author can go straight to it.
 */
function parsePolicyFile(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const firstError = doc.errors[0];
    if (firstError) {
        const line = firstError.linePos?.[0]?.line ?? 1;
        throw new errors/* ConfigError */.xL(`${file}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* ConfigError */.xL(`${file}:${at(root)}: expected a rule (a mapping with id, expression...) or "rules:" with a list of them`);
    const list = root.get('rules', true);
    if (list === undefined)
        return [readRule(file, root, at)];
    if (!(0,dist/* isSeq */.oP)(list))
        throw new errors/* ConfigError */.xL(`${file}:${at(root)}: "rules" must be a list of rules`);
    const rules = list.items.map((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            throw new errors/* ConfigError */.xL(`${file}:${at(item)}: each entry of "rules" must be a mapping`);
        return readRule(file, item, at);
    });
    return rules;
}
function readRule(file, node, at) {
    const ruleLine = at(node);
    const idNode = node.get('id', true);
    const id = typeof node.get('id') === 'string' ? node.get('id') : undefined;
    const fail = (key, problem) => {
        const where = key ? (node.get(key, true) ?? node) : node;
        throw new errors/* ConfigError */.xL(`${file}:${at(where)}: rule ${id ? `"${id}"` : '(no id)'}: ${problem}`);
    };
    if (!id || !ID.test(id))
        fail(idNode ? 'id' : undefined, `id must be lower-case letters, digits, '.', '_' or '-' (got ${JSON.stringify(node.get('id') ?? null)})`);
    for (const pair of node.items) {
        const key = String(pair.key?.value ?? pair.key);
        if (!KEYS.includes(key))
            fail(key, `unknown key "${key}"; accepted: ${KEYS.join(', ')}`);
    }
    const text = (key, required = true) => {
        const value = node.get(key);
        if (value === undefined && !required)
            return '';
        if (typeof value !== 'string' || value.trim() === '')
            fail(value === undefined ? undefined : key, `"${key}" is required and must be a non-empty string`);
        return value.trim();
    };
    const severity = node.get('severity');
    if (!(0,score/* isSeverity */._Z)(severity))
        fail('severity', `severity ${JSON.stringify(severity ?? null)} is not one of ${score/* SEVERITIES */.oC.join(' | ')}`);
    const action = node.get('action') ?? 'deny';
    if (!ACTIONS.includes(action))
        fail('action', `action ${JSON.stringify(action)} is not one of ${ACTIONS.join(' | ')}`);
    const expression = text('expression');
    let evaluate;
    try {
        evaluate = compileExpression(expression);
    }
    catch (error) {
        return fail('expression', error.message);
    }
    return {
        id: id,
        description: text('description'),
        severity: severity,
        expression,
        message: text('message'),
        action: action,
        tests: readTests(node, fail),
        source: { file, line: ruleLine },
        evaluate,
    };
}
function readTests(node, fail) {
    const tests = node.toJSON().tests;
    if (tests === undefined)
        return { fire: [], quiet: [] };
    const cases = (name) => {
        const value = tests[name];
        if (value === undefined)
            return [];
        if (!Array.isArray(value) ||
            !value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
            fail('tests', `tests.${name} must be a list of input documents (mappings)`);
        }
        return value;
    };
    if (tests === null || typeof tests !== 'object' || Array.isArray(tests))
        fail('tests', 'tests must be a mapping with "fire" and "quiet" lists');
    const extra = Object.keys(tests).filter((k) => k !== 'fire' && k !== 'quiet');
    if (extra.length > 0)
        fail('tests', `unknown key tests.${extra[0]}; accepted: fire, quiet`);
    return { fire: cases('fire'), quiet: cases('quiet') };
}

;// CONCATENATED MODULE: ./src/risk/policy/bundle.ts






function defaultPolicyDirectory() {
    return external_node_path_default().join((0,package_root/* packageRoot */.Z)(), 'policies');
}
/**
 * Reads every rule file (`*.yaml`, `*.yml`, at any depth, hidden entries skipped) of a bundle.
 * With `expectedSha256`, a bundle whose digest differs is refused before any rule is parsed.
 */
async function loadPolicyBundle(directory, options = {}) {
    const isDirectory = await (0,promises_.stat)(directory).then((s) => s.isDirectory(), () => false);
    if (!isDirectory)
        throw new errors/* ConfigError */.xL(`Input policies got ${JSON.stringify(directory)}; accepted: a directory of *.yaml policy files`);
    const files = await ruleFiles(directory);
    if (files.length === 0)
        throw new errors/* ConfigError */.xL(`Input policies got ${JSON.stringify(directory)}: it holds no *.yaml or *.yml policy files`);
    const contents = await Promise.all(files.map((f) => (0,promises_.readFile)(external_node_path_default().join(directory, f))));
    const digest = bundleDigest(files.map((file, i) => ({ file, content: contents[i] })));
    const expected = options.expectedSha256
        ?.trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (expected !== undefined && expected !== digest) {
        throw new errors/* ConfigError */.xL(`Input policies-sha256 got ${JSON.stringify(options.expectedSha256)} but the bundle at ${directory} has digest ${digest}; refusing a bundle that differs from the pinned one`);
    }
    const rules = [];
    const seen = new Map();
    for (const [i, file] of files.entries()) {
        for (const rule of parsePolicyFile(external_node_path_default().join(external_node_path_default().basename(directory), file), contents[i].toString('utf8'))) {
            const earlier = seen.get(rule.id);
            if (earlier)
                throw new errors/* ConfigError */.xL(`${rule.source.file}:${rule.source.line}: rule "${rule.id}" is already defined at ${earlier.source.file}:${earlier.source.line}`);
            seen.set(rule.id, rule);
            rules.push(rule);
        }
    }
    return { directory, digest, files, rules };
}
/**
 * The bundle digest: sha256 over the rule files sorted by their path relative to the bundle
 * (forward slashes, byte order), each contributing `<path>\0<length in bytes>\0<contents>`.
 * Paths are in it so renaming a file changes it; lengths so no two bundles can run together.
 * `kintsugi policy digest --policies DIR` prints it; policies/README.md documents it for users.
 */
function bundleDigest(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const { file, content } of [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
        hash.update(`${file}\0${content.length}\0`);
        hash.update(content);
    }
    return hash.digest('hex');
}
async function ruleFiles(directory, prefix = '') {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(directory, prefix), { withFileTypes: true });
    const found = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            found.push(...(await ruleFiles(directory, relative)));
        else if (entry.isFile() && /\.ya?ml$/.test(entry.name))
            found.push(relative);
    }
    return found.sort();
}


/***/ }),

/***/ 26345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   wl: () => (/* binding */ riskLevel),
/* harmony export */   xP: () => (/* binding */ scoreFindings)
/* harmony export */ });
/* unused harmony exports SEVERITY_POINTS, MAX_SCORE, DECISION_RANK */
/**
 * The risk score and the decision it leads to. Pure and tiny on purpose: the Lean helper proves
 * its properties (score in [0, 100], never falls when a finding is added, decisions monotone in
 * the score) against these very functions through a vectors file.
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const SEVERITY_POINTS = Object.freeze({
    critical: 30,
    high: 15,
    medium: 7,
    low: 3,
    info: 1,
});
const MAX_SCORE = 100;
/** Sum of the findings' points, capped at 100. */
function scoreFindings(findings) {
    let total = 0;
    for (const finding of findings) {
        total += SEVERITY_POINTS[finding.severity];
        if (total >= MAX_SCORE)
            return MAX_SCORE;
    }
    return total;
}
function decide(score, thresholds) {
    if (thresholds.blocked)
        return 'block';
    if (score < thresholds.approveBelow)
        return 'approve';
    if (score < thresholds.deployBelow)
        return 'deploy';
    return 'review';
}
/** How much attention a decision asks for; higher is stricter (used to show monotonicity). */
const DECISION_RANK = Object.freeze({
    approve: 0,
    deploy: 1,
    review: 2,
    block: 3,
});
/** The `risk:*` label: low where the score would be approved, medium where it may deploy. */
function riskLevel(score, thresholds) {
    if (score < thresholds.approveBelow)
        return 'low';
    if (score < thresholds.deployBelow)
        return 'medium';
    return 'high';
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}


/***/ }),

/***/ 56641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ TODO_MARKER),
/* harmony export */   hl: () => (/* binding */ isTestFile),
/* harmony export */   sB: () => (/* binding */ SKIPPED_TEST),
/* harmony export */   vU: () => (/* binding */ sensitiveCategories),
/* harmony export */   yJ: () => (/* binding */ SENSITIVE_AREAS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Paths where a small change can do large harm; matched case-insensitively anywhere in the tree. */
const SENSITIVE_AREAS = [
    {
        category: 'workflows',
        severity: 'high',
        why: 'CI workflows run with repository secrets and write tokens',
        globs: [
            '.github/workflows/**',
            '.github/actions/**',
            '**/action.yml',
            '**/action.yaml',
            '.gitlab-ci.yml',
            'CODEOWNERS',
            '.github/CODEOWNERS',
        ],
    },
    {
        category: 'auth',
        severity: 'medium',
        why: 'authentication and authorisation decide who may do what',
        globs: [
            '**/auth/**',
            '**/auth.*',
            '**/auth[_-]*',
            '**/*{authn,authz,authentic,authoriz,oauth,login,session,permission,rbac}*',
            '**/acl/**',
        ],
    },
    {
        category: 'crypto',
        severity: 'medium',
        why: 'cryptography is easy to weaken silently',
        globs: [
            '**/crypto/**',
            '**/*crypt*',
            '**/*cipher*',
            '**/*.pem',
            '**/*.key',
            '**/tls/**',
            '**/ssl/**',
            '**/*signing*',
        ],
    },
    {
        category: 'migrations',
        severity: 'medium',
        why: 'schema migrations change production data and are hard to undo',
        globs: ['**/migrations/**', '**/migrate/**', '**/*.sql', '**/db/schema*', '**/alembic/**'],
    },
    {
        category: 'infrastructure',
        severity: 'medium',
        why: 'infrastructure code changes what runs in production and who can reach it',
        globs: [
            '**/*.tf',
            '**/*.tfvars',
            '**/terraform/**',
            '**/Dockerfile*',
            '**/docker-compose*.y*ml',
            '**/k8s/**',
            '**/kubernetes/**',
            '**/helm/**',
            '**/charts/**',
            '**/ansible/**',
            '**/*.bicep',
            '**/cloudformation/**',
            '**/pulumi/**',
        ],
    },
];
const MATCHERS = SENSITIVE_AREAS.map((area) => ({
    area,
    test: picomatch__WEBPACK_IMPORTED_MODULE_0___default()(area.globs, { dot: true, nocase: true }),
}));
function sensitiveCategories(path) {
    return MATCHERS.filter((m) => m.test(path)).map((m) => m.area);
}
const TEST_FILE = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([
    '**/*.{test,spec}.*',
    '**/__tests__/**',
    '**/test/**',
    '**/tests/**',
    '**/*_test.{go,py,rb,exs}',
    '**/test_*.py',
    '**/*Test.{java,kt,cs}',
    '**/*Tests.{java,kt,cs,swift}',
], { dot: true });
function isTestFile(path) {
    return TEST_FILE(path);
}
/** A line that skips or focuses a test away: `it.skip(`, `@pytest.mark.skip`, `t.Skip(`, `#[ignore]`... */
const SKIPPED_TEST = /\b(?:(?:it|test|describe|context|suite)\.(?:skip|todo)\s*\(|x(?:it|describe|test)\s*\(|@pytest\.mark\.(?:skip|xfail)\b|@unittest\.skip|@(?:Disabled|Ignore)\b|t\.Skip(?:Now|f)?\(|#\[ignore\]|\.only\s*\()/;
/** A TODO-style marker in a comment-ish position. */
const TODO_MARKER = /\b(?:TODO|FIXME|XXX|HACK)\b/;


/***/ })

};
