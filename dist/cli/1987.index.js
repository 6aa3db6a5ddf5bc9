export const id = 1987;
export const ids = [1987];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);

/** `--name value`, `--name=value`, bare `--flag` (= "true"), `--` ends options. */
function parseArgs(argv) {
    const options = {};
    const positionals = [];
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
        }
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            if (eq > 0) {
                options[arg.slice(2, eq)] = arg.slice(eq + 1);
            }
            else {
                const next = argv[i + 1];
                if (next === undefined || next.startsWith('--'))
                    options[arg.slice(2)] = 'true';
                else {
                    options[arg.slice(2)] = next;
                    i++;
                }
            }
        }
        else {
            positionals.push(arg);
        }
    }
    const format = options.format ?? 'text';
    delete options.format;
    if (format !== 'text' && format !== 'json') {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`option --format got ${JSON.stringify(format)}; accepted: text | json`);
    }
    return { options, positionals, help, format };
}


/***/ }),

/***/ 41987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   warmDiagnoseWorkers: () => (/* binding */ warmDiagnoseWorkers)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);


/**
 * `kintsugi diagnose FILE...` scans a large log in worker threads (not against a baseline): they
 * start from this, first thing, while the CLI still loads, rather than when the scan does. Bad
 * arguments are left for the command itself to report.
 */
async function warmDiagnoseWorkers(argv, cwd) {
    let args;
    try {
        args = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArgs */ .Z)(argv);
    }
    catch {
        return;
    }
    if (args.help || args.positionals.length === 0)
        return;
    if (args.options['baseline-logs'] !== undefined || args.options.baseline === 'auto')
        return;
    const { warmScanWorkersFor } = await __webpack_require__.e(/* import() */ 1118).then(__webpack_require__.bind(__webpack_require__, 51118));
    await warmScanWorkersFor(args.positionals.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file)));
}


/***/ }),

/***/ 46316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export NotImplementedError */
/**
 * A mistake in how the user configured Kintsugi (an input, a file they pointed us at).
 * Reported as a plain message, never with a stack trace: the user can fix it.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Thrown by an action whose domain is not built yet: it must fail, never pretend to succeed. */
class NotImplementedError extends Error {
    name = 'NotImplementedError';
    constructor(what) {
        super(`${what} is not implemented yet in this version of Kintsugi`);
    }
}
/** Message for the user: config errors as they are, anything else (including non-Error throws) described. */
function describeError(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return `non-error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `non-error thrown: ${String(error)}`;
    }
}
function isUserError(error) {
    return error instanceof ConfigError;
}


/***/ })

};
