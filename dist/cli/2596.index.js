export const id = 2596;
export const ids = [2596];
export const modules = {

/***/ 22596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  leanOutputCommand: () => (/* binding */ leanOutputCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lean/declarations.ts
var lean_declarations = __webpack_require__(53547);
// EXTERNAL MODULE: ./src/lean/parse/parse.ts + 2 modules
var parse = __webpack_require__(88718);
// EXTERNAL MODULE: ./src/lean/parse/axioms.ts
var axioms = __webpack_require__(38859);
// EXTERNAL MODULE: ./src/lean/status.ts
var lean_status = __webpack_require__(7580);
;// CONCATENATED MODULE: ./src/lean/output-summary.ts
/**
 * `kintsugi lean-output`: one recorded Lean/lake output → `{file, messages, declarations, build}`.
 * Declarations need the sources (a project directory); without them only `#print axioms` names them.
 */






async function summariseLeanOutput(file, text, projectDir) {
    const parsed = (0,parse/* parseLeanOutput */.H)(text);
    const messages = parsed.messages.map((m) => ({
        path: m.path ?? null,
        line: m.line ?? null,
        column: m.column ?? null,
        endLine: m.endLine ?? null,
        endColumn: m.endColumn ?? null,
        severity: m.severity,
        name: m.name ?? null,
        text: m.text,
    }));
    let declarations = parsed.axioms.map((a) => ({
        name: a.declaration,
        status: (0,axioms/* usesSorryAx */.B)(a) ? 'sorry' : 'proved',
    }));
    if (projectDir) {
        const paths = [
            ...new Set(parsed.messages.flatMap((m) => (m.path && m.path.endsWith('.lean') ? [m.path] : []))),
        ];
        const results = [];
        for (const rel of paths) {
            const source = await (0,promises_.readFile)(external_node_path_default().resolve(projectDir, rel), 'utf8').catch(() => undefined);
            if (source === undefined)
                continue;
            const decls = (0,lean_declarations/* findDeclarations */.jS)(rel, source);
            results.push(...(0,lean_status/* declarationStatuses */.pc)({
                file: rel,
                module: rel,
                outcome: 'ok',
                seconds: 0,
                declarations: decls,
                messages: (0,lean_status/* messagesFor */.kP)(rel, parsed.messages),
            }));
        }
        if (results.length > 0)
            declarations = (0,lean_status/* applyAxioms */.iD)(results, parsed.axioms).map((d) => ({
                name: d.name,
                status: d.status,
            }));
    }
    return {
        file,
        messages,
        declarations,
        build: { ok: parsed.build.ok, targets: parsed.build.targets },
    };
}

// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/lean-output.ts





const USAGE = 'usage: kintsugi lean-output [--format json] [--project DIR] FILE...';
/** `kintsugi lean-output [--format json] [--project DIR] FILE...`: parse recorded Lean/lake output. */
const leanOutputCommand = async (argv, streams) => {
    const { options, positionals, help, format } = (0,args/* parseArgs */.Z)(argv);
    if (help || positionals.length === 0) {
        streams[help ? 'stdout' : 'stderr'].write(`${USAGE}\n  One JSON object per file and line: {file, messages, declarations, build}.\n  --project: the lake project whose sources name the declarations.\n`);
        return help ? 0 : 2;
    }
    const projectDir = options.project ? external_node_path_default().resolve(streams.cwd, options.project) : undefined;
    for (const file of positionals) {
        const text = await (0,promises_.readFile)(external_node_path_default().resolve(streams.cwd, file), 'utf8').catch(() => {
            throw new errors/* ConfigError */.xL(`lean-output: cannot read ${JSON.stringify(file)}; accepted: files of recorded Lean or lake output`);
        });
        const summary = await summariseLeanOutput(file, text, projectDir);
        if (format === 'json') {
            streams.stdout.write(`${JSON.stringify(summary)}\n`);
            continue;
        }
        const count = (s) => summary.messages.filter((m) => m.severity === s).length;
        const statuses = summary.declarations.map((d) => `${d.name}=${d.status}`).join(', ');
        streams.stdout.write(`${file}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info; build ${summary.build.ok ? 'ok' : 'failed'}${statuses ? `; ${statuses}` : ''}\n`);
    }
    return 0;
};


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


/***/ })

};
