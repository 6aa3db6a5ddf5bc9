export const id = 8136;
export const ids = [8136];
export const modules = {

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyseTestReports: () => (/* binding */ analyseTestReports)
/* harmony export */ });
/* harmony import */ var _flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10845);

/**
 * Failing tests from JUnit XML / JSON reports (flaky-rerun's readers: JUnit, TRX, jest, mocha,
 * rspec, go, TAP...). A report that cannot be read is warned about and skipped: the log still speaks.
 */
async function analyseTestReports(patterns, cwd, warn) {
    if (patterns.length === 0)
        return [];
    const files = await (0,_flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .findReportFiles */ .jU)(patterns, cwd);
    if (files.length === 0)
        warn(`test-reports: no file matches ${patterns.join(', ')}`);
    const failing = [];
    for (const file of files) {
        try {
            for (const outcome of await (0,_flaky_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readOutcomesFromFile */ .SX)(file)) {
                if (outcome.status !== 'failed')
                    continue;
                const name = outcome.classname && !outcome.name.startsWith(outcome.classname)
                    ? `${outcome.classname}.${outcome.name}`
                    : outcome.name;
                failing.push({
                    name,
                    ...(outcome.file ? { file: outcome.file } : {}),
                    ...(outcome.line ? { line: outcome.line } : {}),
                    ...(outcome.message ? { message: outcome.message.slice(0, 500) } : {}),
                });
            }
        }
        catch (error) {
            warn(`test-reports: ${error.message}`);
        }
    }
    return failing;
}


/***/ }),

/***/ 10845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ readOutcomes),
/* harmony export */   SX: () => (/* binding */ readOutcomesFromFile),
/* harmony export */   jU: () => (/* binding */ findReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59975);
/* harmony import */ var _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29323);





const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * Files matching the patterns (paths or globs, relative to cwd), optionally only those written since
 * `since` (a re-run must not read the previous run's surefire files).
 */
async function findReportFiles(patterns, cwd, since) {
    const found = new Set();
    const globs = [];
    for (const pattern of patterns) {
        if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern).isGlob)
            globs.push(pattern.replace(/^\.\//, ''));
        else {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
            if (info?.isFile() && (since === undefined || info.mtimeMs >= since))
                found.add(file);
        }
    }
    if (globs.length > 0) {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(globs, { dot: true });
        for (const file of await walk(cwd)) {
            if (!isMatch(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')))
                continue;
            if (since !== undefined && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).mtimeMs < since)
                continue;
            found.add(file);
        }
    }
    return [...found].sort();
}
async function walk(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                files.push(...(await walk(full)));
        }
        else if (entry.isFile())
            files.push(full);
    }
    return files;
}
/** Every execution in one result text; throws ReportFormatError in words. */
function readOutcomes(content, file, parserId) {
    if (content.trim() === '')
        throw new _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportFormatError */ .Qs(file, 'the file is empty: no test results in it');
    const parser = (parserId ? (0,_parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .findParser */ .Hz)(parserId) : undefined) ??
        _parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULT_PARSERS */ .d7.find((p) => p.detect(content, file));
    if (!parser)
        throw new _parsers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportFormatError */ .Qs(file, 'not a test report format flaky-rerun reads');
    return parser.parse(content, file);
}
async function readOutcomesFromFile(file, parserId) {
    return readOutcomes(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file, parserId);
}


/***/ })

};
