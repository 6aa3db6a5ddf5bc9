export const id = 7609;
export const ids = [7609];
export const modules = {

/***/ 7609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/flaky/runners/types.ts
var types = __webpack_require__(70032);
;// CONCATENATED MODULE: ./src/actions/flaky-rerun/settings.ts



/** Every input read and checked once, into a frozen object; mistakes name the input. */
function readSettings(io) {
    const { inputs } = io;
    const command = inputs.optional('command');
    const reports = inputs.lines('reports');
    if (!command && reports.length === 0)
        throw new errors/* ConfigError */.xL('Input required and not supplied: command (or reports)');
    const workingDirectory = external_node_path_default().resolve(io.context.workspace, inputs.optional('working-directory', '.'));
    const registry = inputs.bool('registry', false);
    const githubToken = inputs.optional('github-token') ?? io.env.GITHUB_TOKEN;
    if (registry && !githubToken)
        throw new errors/* ConfigError */.xL('Input registry is true but github-token is empty; accepted: a token with issues: write');
    return Object.freeze({
        ...(command ? { command } : {}),
        reports,
        framework: inputs.oneOf('framework', ['auto', ...types/* FRAMEWORKS */.i], 'auto'),
        workingDirectory,
        reruns: inputs.int('reruns', 3, { min: 0, max: 20 }),
        timeoutMs: inputs.duration('timeout', 15 * 60_000),
        maxFailures: inputs.countOrPercent('max-failures', { kind: 'percent', value: 10 }),
        failOn: inputs.oneOf('fail-on', ['real', 'flaky', 'never'], 'real'),
        quarantine: inputs.list('quarantine', { separator: /\n/ }),
        registry,
        detectNewFlakes: inputs.int('detect-new-flakes', 0, { min: 0, max: 100 }),
        ...(githubToken ? { githubToken } : {}),
    });
}

;// CONCATENATED MODULE: ./src/actions/flaky-rerun/main.ts

async function run(io, deps = {}) {
    const settings = readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(4006), __webpack_require__.e(6780), __webpack_require__.e(9975), __webpack_require__.e(2571), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 90982));
    return execute(io, settings, deps);
}


/***/ }),

/***/ 70032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Bl: () => (/* binding */ commandWords),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   i: () => (/* binding */ FRAMEWORKS),
/* harmony export */   jv: () => (/* binding */ runsProgram),
/* harmony export */   l4: () => (/* binding */ withoutTestPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76719);



const FRAMEWORKS = [
    'vitest',
    'jest',
    'mocha',
    'node',
    'pytest',
    'go',
    'cargo',
    'nextest',
    'maven',
    'gradle',
    'rspec',
    'playwright',
    'phpunit',
    'dotnet',
];
function commandWords(command) {
    return (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(command) ?? command.split(/\s+/);
}
/** Does any word name this program (`vitest`, `npx vitest`, `./node_modules/.bin/vitest`)? */
function runsProgram(words, ...programs) {
    return words.some((word) => programs.includes(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(word)));
}
/**
 * The user's command without the test paths it was given, so that a re-run selects only the failed
 * tests instead of the paths plus them. Config files are kept (they are option values); a command
 * with shell syntax is returned unchanged.
 */
const CONFIG_FILE = /(^|[/\\])[^/\\]*(config|rc)[^/\\]*$|\.(json|ya?ml|toml|ini|cfg|xml|env)$/i;
function withoutTestPaths(command, cwd, isPath) {
    const words = (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(command);
    if (!words)
        return command;
    const kept = words.filter((word, i) => {
        if (i === 0 || word.startsWith('-'))
            return true;
        if (isPath?.(word))
            return false;
        // Config files stay (they are option values); test files and directories on disk go.
        if (CONFIG_FILE.test(word))
            return true;
        if (/[/\\.]/.test(word) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, word)))
            return false;
        const previous = words[i - 1];
        const optionValue = previous.startsWith('-') && !previous.includes('=');
        return optionValue || !/^\.\.?\//.test(word);
    });
    return kept
        .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
function relativeTo(cwd, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file) : file;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
function unique(items) {
    return [...new Set(items)];
}


/***/ }),

/***/ 76719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   Ko: () => (/* binding */ quoteMetaGo),
/* harmony export */   cn: () => (/* binding */ appendArgs),
/* harmony export */   nZ: () => (/* binding */ shellJoin)
/* harmony export */ });
/* unused harmony export shellQuote */
/** Quote one argument for `sh -c`: single quotes, with embedded ones closed, escaped and reopened. */
function shellQuote(arg) {
    if (/^[\w@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellJoin(args) {
    return args.map(shellQuote).join(' ');
}
/** Escape every regex metacharacter (JavaScript, Go RE2 and PCRE agree on this set). */
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Go's regexp.QuoteMeta: the same set, without escaping `/` (go test splits -run on it). */
function quoteMetaGo(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Split a simple command line into words (quotes and backslashes honoured). Returns undefined when
 * the line uses shell syntax (pipes, `&&`, `;`, redirections, substitutions) that a rewrite could break.
 */
function splitCommand(command) {
    const words = [];
    let current = '';
    let inWord = false;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (c === "'") {
            const end = command.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            current += command.slice(i + 1, end);
            i = end;
            inWord = true;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < command.length && command[j] !== '"'; j++) {
                if (command[j] === '\\' && j + 1 < command.length)
                    j++;
                if (command[j] === '$' || command[j] === '`')
                    return undefined;
            }
            if (j >= command.length)
                return undefined;
            current += command.slice(i + 1, j).replace(/\\(["\\$`])/g, '$1');
            i = j;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < command.length) {
            current += command[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else if (/[|&;<>()`$]/.test(c)) {
            return undefined;
        }
        else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/**
 * Add arguments to the user's command: directly for a plain command, after `--` for `npm test` /
 * `npm run x` (npm would swallow them otherwise).
 */
function appendArgs(command, args) {
    if (args.length === 0)
        return command;
    const words = splitCommand(command) ?? [];
    const viaNpm = words[0] === 'npm' &&
        (words[1] === 'test' || words[1] === 't' || words[1] === 'run' || words[1] === 'run-script');
    const separator = viaNpm && !words.includes('--') ? ' --' : '';
    return `${command.trimEnd()}${separator} ${shellJoin(args)}`;
}


/***/ })

};
