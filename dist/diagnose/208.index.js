export const id = 208;
export const ids = [208];
export const modules = {

/***/ 91208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainWithModel: () => (/* binding */ explainWithModel),
/* harmony export */   readSourceSnippets: () => (/* binding */ readSourceSnippets)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36186);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29512);





const ReplySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    rootCause: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(2000),
    category: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_report_js__WEBPACK_IMPORTED_MODULE_4__/* .CATEGORIES */ .R6),
    evidence: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(500),
        line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
        text: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(500).optional(),
    }))
        .min(1)
        .max(20),
    suggestedFix: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(4000),
    confidence: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1),
});
/**
 * Asks the model to explain the failure from the heuristic findings. Its reply is checked against
 * the logs: evidence lines that are not in them void it, and the heuristic result stands.
 */
async function explainWithModel(client, report, logs, options) {
    const untrusted = [
        ...report.excerpts.map((e, i) => ({
            label: `log excerpt ${e.file} lines ${e.startLine}-${e.endLine}`,
            text: numbered(e.text, e.startLine),
            priority: 10 - i,
            keep: 'head',
        })),
        { label: 'failing tests', text: JSON.stringify(report.failingTests.slice(0, 40)), priority: 5 },
        {
            label: 'source locations named by tools',
            text: JSON.stringify(report.locations.slice(0, 40)),
            priority: 4,
        },
        ...(options.sourceSnippets
            ? [{ label: 'source lines around the locations', text: options.sourceSnippets, priority: 3 }]
            : []),
    ];
    try {
        const reply = await client.structured({
            system: 'You explain why a CI run failed. Use only the log excerpts and findings given. Cite evidence as the log file and 1-based line numbers shown at the start of each excerpt line.',
            prompt: `Heuristic diagnosis: ${report.category} (confidence ${report.confidence}). ${report.summary}\n${options.baselineNote ?? ''}\nGive the root cause, the category, evidence lines, a suggested fix and your confidence.`,
            untrusted,
            tool: {
                name: 'diagnosis',
                description: 'The root cause of the CI failure with evidence lines from the log.',
                schema: ReplySchema,
            },
            budgetTokens: options.budgetTokens,
        });
        const problem = await checkEvidence(reply.value, logs);
        const llm = { used: !problem, model: client.model };
        if (problem)
            return { llm: { ...llm, rejected: problem }, usage: reply.usage };
        return {
            llm: { ...llm, rootCause: reply.value.rootCause, suggestedFix: reply.value.suggestedFix },
            usage: reply.usage,
            category: reply.value.category,
            confidence: reply.value.confidence,
        };
    }
    catch (error) {
        return {
            llm: {
                used: false,
                model: client.model,
                rejected: `model step failed: ${error.message}`,
            },
        };
    }
}
function numbered(text, start) {
    return text
        .split('\n')
        .map((line, i) => `${start + i}: ${line}`)
        .join('\n');
}
/** Every evidence line must exist in a log we read and, when quoted, say what the model quoted. */
async function checkEvidence(reply, logs) {
    for (const evidence of reply.evidence) {
        const log = logs.find((l) => l.diagnosis.file === evidence.file) ??
            (logs.length === 1 ? logs[0] : undefined);
        if (!log)
            return `evidence cites "${evidence.file}", which is not one of the logs`;
        if (evidence.line > log.diagnosis.lineCount)
            return `evidence cites line ${evidence.line} of ${log.diagnosis.file}, which has ${log.diagnosis.lineCount} lines`;
        if (evidence.text) {
            const actual = await lineAt(log.path, evidence.line);
            if (!normalise(actual).includes(normalise(evidence.text).slice(0, 200)))
                return `evidence line ${evidence.line} of ${log.diagnosis.file} does not say "${evidence.text.slice(0, 80)}"`;
        }
    }
    return undefined;
}
async function lineAt(file, wanted) {
    let n = 0;
    let found = '';
    await (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachLine */ .F)(file, (line) => {
        n++;
        if (n === wanted) {
            found = line;
            return false;
        }
        return true;
    });
    return found;
}
function normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}
async function readSourceSnippets(workspace, locations, max = 8) {
    const parts = [];
    for (const loc of locations.slice(0, max)) {
        // Paths come from the log (untrusted): only files inside the workspace are read.
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, loc.file);
        if (!file.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace) + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
            continue;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const lines = text.split('\n');
        const from = Math.max(1, loc.line - 3);
        const to = Math.min(lines.length, loc.line + 3);
        parts.push(`${loc.file}:${from}-${to}\n${lines
            .slice(from - 1, to)
            .map((l, i) => `${from + i}: ${l}`)
            .join('\n')}`);
    }
    return parts.join('\n\n');
}


/***/ })

};
