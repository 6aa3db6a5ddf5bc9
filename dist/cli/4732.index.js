export const id = 4732;
export const ids = [4732];
export const modules = {

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testReportCommand: () => (/* binding */ testReportCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _flaky_aggregate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81254);
/* harmony import */ var _flaky_parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59975);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);





const USAGE = `usage: kintsugi test-report [--format json] [--parser ID] FILE...
Reads test result files (JUnit XML dialects, TRX, NUnit, jest/vitest/mocha/rspec JSON, go test -json,
dart JSON, cargo test output) and prints per file its counts per unique test; a re-run is an attempt.
Exit status 1 when any file cannot be read.
`;
/** One line per file: the counts and cases, or `{file, error}`; exit 1 if any file failed. */
const testReportCommand = async (argv, streams) => {
    const { positionals, options, help, format } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Z)(argv);
    if (help || positionals.length === 0) {
        (help ? streams.stdout : streams.stderr).write(USAGE);
        return help ? 0 : 2;
    }
    let failures = 0;
    for (const file of positionals) {
        const line = await describeFile(file, streams.cwd, options.parser);
        if ('error' in line)
            failures++;
        if (format === 'json')
            streams.stdout.write(`${JSON.stringify(line)}\n`);
        else
            streams.stdout.write(`${textLine(line)}\n`);
    }
    return failures > 0 ? 1 : 0;
};
async function describeFile(file, cwd, parser) {
    let content;
    try {
        content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory, not a result file'
                : error.message;
        return { file, error: `${file}: ${reason}` };
    }
    try {
        const report = (0,_flaky_parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReport */ .MM)(content, file, parser);
        const cases = report.cases.map((test) => ({
            name: test.name,
            classname: test.classname,
            file: test.file ?? null,
            status: test.status,
            attempts: test.attempts,
            message: test.message ?? null,
        }));
        return { file, format: report.format, ...(0,_flaky_aggregate_js__WEBPACK_IMPORTED_MODULE_4__/* .countCases */ .zp)(report.cases), cases };
    }
    catch (error) {
        if (error instanceof _flaky_parsers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportFormatError */ .Qs)
            return { file, error: error.message };
        throw error;
    }
}
function textLine(line) {
    if ('error' in line)
        return `error  ${String(line.error)}`;
    const { file, format, tests, passed, failed, errored, skipped, flaky } = line;
    return `${String(format).padEnd(10)} ${file}: ${String(tests)} tests, ${String(passed)} passed, ${String(failed)} failed, ${String(errored)} errored, ${String(skipped)} skipped, ${String(flaky)} flaky`;
}


/***/ })

};
