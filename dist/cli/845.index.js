export const id = 845;
export const ids = [845];
export const modules = {

/***/ 91788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ analyseLog)
});

// EXTERNAL MODULE: ./src/diagnose/line-reader.ts
var line_reader = __webpack_require__(36186);
;// CONCATENATED MODULE: ./src/diagnose/normalise.ts
const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences with the ESC byte, and the `[31m` remains left when a viewer strips ESC.
const ANSI = 
// eslint-disable-next-line no-control-regex -- matching terminal control bytes is the point
/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\[(?:\d{1,3};)*\d{1,3}m|\[m|\[\d*K/g;
const MAY_HOLD_ANSI = /\x1b|\[[\dmK]/; // eslint-disable-line no-control-regex
const WORKFLOW_COMMAND = /^##\[(group|endgroup|error|warning|notice|debug|command|section)\]/;
const TRAVIS = /travis_(?:fold|time):[a-z]+:[^\r\n]*?(?:\r|$)|\[0K/g;
function normaliseLine(raw) {
    let text = raw;
    if (text.endsWith('\r'))
        text = text.slice(0, -1);
    const cr = text.lastIndexOf('\r');
    if (cr !== -1)
        text = lastVisibleOverwrite(text);
    text = text.replace(TIMESTAMP, '');
    // `gh run view --log` prefixes each line with the job and step names and a tab.
    if (text.includes('\t'))
        text = text.replace(GH_CLI_PREFIX, '');
    if (MAY_HOLD_ANSI.test(text))
        text = text.replace(ANSI, '');
    if (text.includes('travis_'))
        text = text.replace(TRAVIS, '');
    let marker;
    if (text.startsWith('##[')) {
        const command = WORKFLOW_COMMAND.exec(text);
        if (command) {
            marker = markerOf(command[1]);
            text = text.slice(command[0].length);
        }
    }
    else if (text.startsWith('::')) {
        const command = /^::(error|warning|group|endgroup)[^:]*::/.exec(text);
        if (command) {
            marker = markerOf(command[1]);
            text = text.slice(command[0].length);
        }
    }
    return { text: text.trimEnd(), marker };
}
function markerOf(name) {
    if (name === 'error')
        return 'error';
    if (name === 'warning')
        return 'warning';
    if (name === 'group' || name === 'section')
        return 'group';
    if (name === 'endgroup')
        return 'endgroup';
    return undefined;
}
/** A terminal shows what was written after the last carriage return that still left text. */
function lastVisibleOverwrite(text) {
    const parts = text.split('\r');
    for (let i = parts.length - 1; i >= 0; i--) {
        if (parts[i].trim() !== '')
            return parts[i];
    }
    return '';
}
/**
 * The key two logs are compared on: what differs between two runs of the same build without meaning
 * anything (times, durations, ids, temporary paths, hashes) is replaced by a placeholder.
 */
function comparisonKey(text) {
    return text
        .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>')
        .replace(/\b\d\d:\d\d:\d\d(?:[.,]\d+)?\b/g, '<time>')
        .replace(/\b\d+(?:[.,]\d+)?\s*(?:ms|s|sec|secs|seconds?|m|min|mins|minutes?|h)\b/g, '<dur>')
        .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
        .replace(/(?:\/tmp|\/var\/folders|[A-Za-z]:\\Users\\[^\\]+\\AppData\\Local\\Temp)[^\s'"):]*/g, '<tmp>')
        .replace(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/g, '<hex>')
        .replace(/\b\d{6,}\b/g, '<n>')
        .replace(/\b\d+(?:\.\d+)?\s*(?:[kKMG]i?B|bytes)\b/g, '<size>')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/diagnose/baseline.ts


/** Aligning two logs holds 4 bytes per line of each; past this many lines the diff is skipped. */
const MAX_ALIGNED_LINES = 4_000_000;
const ALIGNED = 1;
const MOVED = 2;
/**
 * Marks each line of the failing log: ALIGNED when the passing log has the same line (after removing
 * times, durations, ids, temp paths, hashes) at the matching place, MOVED when it has it elsewhere.
 * Index 0 is unused so marks[lineNo] reads naturally. Undefined when a log is too long to align.
 */
async function baselineMarks(failing, passing) {
    const a = await lineKeys(passing);
    const b = await lineKeys(failing);
    if (!a || !b)
        return undefined;
    const pairs = new Int32Array(b.length).fill(-1);
    alignRange(a, b, 0, a.length, 0, b.length, pairs, 0);
    const inPassing = new Set(a);
    const marks = new Uint8Array(b.length + 1);
    for (let j = 0; j < b.length; j++) {
        if (pairs[j] >= 0)
            marks[j + 1] = ALIGNED;
        else if (inPassing.has(b[j]))
            marks[j + 1] = MOVED;
    }
    return marks;
}
async function lineKeys(file) {
    let keys = new Uint32Array(1024);
    let n = 0;
    let tooLong = false;
    await (0,line_reader/* forEachLine */.F)(file, (line) => {
        if (n === MAX_ALIGNED_LINES) {
            tooLong = true;
            return false;
        }
        if (n === keys.length) {
            const bigger = new Uint32Array(keys.length * 2);
            bigger.set(keys);
            keys = bigger;
        }
        keys[n++] = hash(comparisonKey(normaliseLine(line).text));
        return true;
    });
    return tooLong ? undefined : keys.subarray(0, n);
}
/** FNV-1a, 32 bits: collisions only ever make a line look unchanged, and are rare at log sizes. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/**
 * Seed-and-extend (as CiDiff and patience diff): lines unique on both sides are seeds; the longest
 * in-order chain of seeds is kept, each seed is extended over equal neighbours, and the gaps between
 * seeds are aligned the same way. Gaps without unique lines match their equal ends.
 */
function alignRange(a, b, a0, a1, b0, b1, pairs, depth) {
    // Equal heads and tails first: cheap, and most of two runs of one build is identical.
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0])
        pairs[b0++] = a0++;
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1])
        pairs[--b1] = --a1;
    if (a0 >= a1 || b0 >= b1 || depth > 64)
        return;
    const seeds = chain(uniqueSeeds(a, b, a0, a1, b0, b1));
    if (seeds.length === 0)
        return;
    let prevA = a0;
    let prevB = b0;
    for (const [i, j] of seeds) {
        alignRange(a, b, prevA, i, prevB, j, pairs, depth + 1);
        pairs[j] = i;
        prevA = i + 1;
        prevB = j + 1;
    }
    alignRange(a, b, prevA, a1, prevB, b1, pairs, depth + 1);
}
function uniqueSeeds(a, b, a0, a1, b0, b1) {
    const inA = new Map();
    for (let i = a0; i < a1; i++)
        inA.set(a[i], inA.has(a[i]) ? -1 : i);
    const inB = new Map();
    for (let j = b0; j < b1; j++)
        inB.set(b[j], inB.has(b[j]) ? -1 : j);
    const seeds = [];
    for (const [key, j] of inB) {
        const i = inA.get(key);
        if (j >= 0 && i !== undefined && i >= 0)
            seeds.push([i, j]);
    }
    return seeds.sort((x, y) => x[1] - y[1]);
}
/** Longest chain of seeds increasing on both sides (seeds come sorted by their failing-log line). */
function chain(seeds) {
    const tails = [];
    const previous = new Int32Array(seeds.length).fill(-1);
    for (let k = 0; k < seeds.length; k++) {
        const i = seeds[k][0];
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (seeds[tails[mid]][0] < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const out = [];
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k])
        out.push(seeds[k]);
    return out.reverse();
}

;// CONCATENATED MODULE: ./src/diagnose/ranking.ts
/**
 * The root cause is the first block nearly as strong as the strongest one: tools print the cause
 * first and its consequences (summaries, `make: *** Error 1`, exit codes) after it. Further excerpts
 * are the next strongest blocks, in the order they were printed.
 */
function rankBlocks(blocks, options) {
    const candidates = blocks.filter((b) => b.score > 0);
    if (candidates.length === 0)
        return [];
    const best = Math.max(...candidates.map((b) => b.score));
    const rootCause = candidates.find((b) => b.score >= best * 0.8) ?? candidates[0];
    const others = candidates
        .filter((b) => b !== rootCause && b.score >= Math.max(best * 0.5, 1))
        .sort((a, b) => b.score - a.score || a.startLine - b.startLine)
        .slice(0, Math.max(0, options.maxExcerpts - 1))
        .sort((a, b) => a.startLine - b.startLine);
    return [rootCause, ...others];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/diagnose/blocks.ts
function isConsequence(finding) {
    return finding.cascade === true && finding.weight < 2;
}
/** Drops the consequences printed before the first cause, so the excerpt opens on the cause. */
function startAt(block, lineNo, text) {
    const drop = lineNo - block.startLine;
    block.lines = drop < block.lines.length ? block.lines.slice(drop) : [text];
    block.startLine = lineNo;
    block.leadingConsequences = false;
}
const MAX_BLOCK_LINES = 400;
/** Builds blocks from classified lines, keeping at most `cap` lines of text per block. */
class BlockBuilder {
    cap;
    open;
    prefix = '';
    /** Lines after the block that join it only if detail follows (a message line before a stack). */
    pending = [];
    finished = [];
    constructor(cap) {
        this.cap = cap;
    }
    get isOpen() {
        return this.open !== undefined;
    }
    /** A line some parser scored: starts a block or joins the open one. */
    addErrorLine(lineNo, text, finding, step) {
        const open = this.open;
        // A consequence printed by another tool (`make: *** Error 1` after gcc's error) is not detail
        // of the cause; the same tool's own trailer (`[ERROR] -> [Help 1]`) is.
        const sameVoice = !finding.cascade || (this.prefix !== '' && text.startsWith(this.prefix));
        if (open && !sameVoice && finding.weight < 2) {
            // Interleaved output can put it between the cause and its detail: joins only if detail follows.
            this.addPlainLine(lineNo, text);
            return;
        }
        if (open &&
            sameVoice &&
            lineNo - open.endLine <= 1 + Math.min(1, this.pending.length) &&
            open.endLine - open.startLine < MAX_BLOCK_LINES) {
            this.extend(open, lineNo, text);
            if (open.leadingConsequences && !isConsequence(finding))
                startAt(open, lineNo, text);
            this.absorb(open, finding, text);
            return;
        }
        this.close();
        const block = {
            startLine: lineNo,
            endLine: lineNo,
            lines: [text],
            score: 0,
            strongest: 0,
            errorLines: 0,
            cascadeOnly: true,
            category: finding.category,
            tools: [],
            step,
            leadingConsequences: isConsequence(finding),
        };
        this.prefix = tagOf(text);
        this.absorb(block, finding, text);
        this.open = block;
    }
    /** A line no parser scored: continues the open block if it reads as detail of it. */
    addPlainLine(lineNo, text) {
        const open = this.open;
        if (!open)
            return;
        const adjacent = lineNo === open.endLine + 1 + this.pending.length;
        if (adjacent && this.continues(text) && open.endLine - open.startLine < MAX_BLOCK_LINES) {
            this.extend(open, lineNo, text);
            return;
        }
        if (adjacent && this.pending.length < 2) {
            this.pending.push(text);
            return;
        }
        this.close();
    }
    close() {
        if (this.open)
            this.finished.push(finalise(this.open));
        this.open = undefined;
        this.pending = [];
    }
    extend(block, lineNo, text) {
        for (const line of this.pending)
            if (block.lines.length < this.cap)
                block.lines.push(line);
        this.pending = [];
        block.endLine = lineNo;
        if (block.lines.length < this.cap)
            block.lines.push(text);
    }
    absorb(block, finding, text) {
        if (finding.weight <= 0)
            return;
        block.errorLines++;
        if (!finding.cascade)
            block.cascadeOnly = false;
        if (finding.weight > block.strongest ||
            (finding.weight === block.strongest && block.category === 'unknown')) {
            if (finding.weight > block.strongest)
                block.headline = text;
            block.strongest = finding.weight;
            if (finding.category !== 'unknown' || block.category === 'unknown')
                block.category = finding.category;
        }
        if (finding.tool !== 'generic' && !block.tools.includes(finding.tool))
            block.tools.push(finding.tool);
    }
    continues(text) {
        if (/^\s+\S/.test(text))
            return true;
        if (text.trim() === '')
            return false;
        if (/^(?:Caused by|Suppressed|\.\.\. \d+ more|at |-->|\||\^|= |note:|help:|E\s)/.test(text))
            return true;
        return this.prefix !== '' && text.startsWith(this.prefix);
    }
}
/** The leading tag a tool repeats on every line of one message (`[ERROR]`, `npm ERR!`, `E `). */
function tagOf(text) {
    const m = /^(\[(?:ERROR|FATAL|FAIL|ERR)\]|npm (?:ERR!|error)|E {2,}|error|>)/.exec(text);
    return m ? m[1] : '';
}
function finalise(block) {
    delete block.leadingConsequences;
    const detail = Math.min(block.errorLines - 1, 4) * 0.15;
    const toolBonus = block.tools.length > 0 ? 0.5 : 0;
    let score = block.strongest + detail + toolBonus;
    if (block.cascadeOnly)
        score *= 0.3;
    block.score = Number(score.toFixed(3));
    return block;
}
/** Bounded collections of what parsers found, deduplicated. */
class Findings {
    cap;
    locations = [];
    failingTests = [];
    toolWeights = new Map();
    seen = new Set();
    constructor(cap = 200) {
        this.cap = cap;
    }
    add(finding, lineNo) {
        if (finding.weight > 0 && finding.tool !== 'generic') {
            const entry = this.toolWeights.get(finding.tool);
            const weight = finding.cascade ? finding.weight * 0.3 : finding.weight;
            if (entry) {
                entry.weight += weight;
                entry.count++;
            }
            else
                this.toolWeights.set(finding.tool, { weight, firstLine: lineNo, count: 1 });
        }
        if (finding.location && this.locations.length < this.cap) {
            const { file, line, column, message } = finding.location;
            const key = `L${file}:${line}:${column ?? ''}:${message}`;
            if (!this.seen.has(key)) {
                this.seen.add(key);
                this.locations.push({
                    file,
                    line,
                    ...(column ? { column } : {}),
                    message,
                    tool: finding.tool,
                });
            }
        }
        if (finding.failingTest && this.failingTests.length < this.cap) {
            const key = `T${finding.failingTest.file ?? ''}:${finding.failingTest.name}`;
            if (!this.seen.has(key)) {
                this.seen.add(key);
                this.failingTests.push(dropUndefined(finding.failingTest));
            }
        }
    }
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/diagnose/parsers/types.ts
function ruleParser(spec) {
    const { rules, ...rest } = spec;
    return {
        ...rest,
        parseLine(text) {
            for (const rule of rules) {
                const m = rule.re.exec(text);
                if (!m)
                    continue;
                return findingFrom(spec.id, rule.category ?? spec.category, rule, m);
            }
            return undefined;
        },
    };
}
function findingFrom(tool, category, rule, m) {
    const finding = { tool, category, weight: rule.weight };
    if (rule.cascade)
        finding.cascade = true;
    if (rule.location) {
        const loc = rule.location(m);
        const line = Number(loc.line);
        if (loc.file && Number.isInteger(line) && line > 0) {
            finding.location = { file: cleanPath(loc.file), line, message: loc.message.trim() };
            const column = Number(loc.column);
            if (loc.column !== undefined && Number.isInteger(column) && column > 0)
                finding.location.column = column;
        }
    }
    if (rule.failingTest)
        finding.failingTest = rule.failingTest(m);
    return finding;
}
/** Paths as the user's repository knows them: no `./`, no `file://`. */
function cleanPath(file) {
    return file
        .replace(/^file:\/\//, '')
        .replace(/^(?:\.\/)+/, '')
        .trim();
}

;// CONCATENATED MODULE: ./src/diagnose/parsers/cargo/index.ts

/** cargo / rustc / clippy: `error[E0425]: msg` then ` --> file:l:c`; test `... FAILED`, panics. */
const cargoParser = ruleParser({
    id: 'cargo',
    category: 'compile',
    needles: ['error', '-->', 'FAILED', 'panicked', 'test result'],
    trigger: '\\.rs:\\d',
    rules: [
        { re: /^error: could not compile `/, weight: 1, cascade: true },
        { re: /^error: aborting due to/, weight: 0.5, cascade: true },
        {
            re: /^error(?:\[E\d{4}\])?: (?:this|used|unneeded|redundant|you|called).*$/,
            weight: 3,
            category: 'lint',
        },
        { re: /^error\[E\d{4}\]: /, weight: 4 },
        { re: /^error: (?!test failed|\d+ targets? failed)/, weight: 3 },
        {
            re: /^\s*--> (\S+?\.rs):(\d+):(\d+)$/,
            weight: 2,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: 'rustc error' }),
        },
        {
            re: /^test (\S+) \.\.\. FAILED$/,
            weight: 3,
            category: 'test',
            failingTest: (m) => ({ name: m[1] }),
        },
        {
            re: /^thread '(.+?)' panicked at (?:'.*?', )?(\S+?\.rs):(\d+):(\d+):?/,
            weight: 4,
            category: 'test',
            location: (m) => ({ file: m[2], line: m[3], column: m[4], message: `panic in ${m[1]}` }),
        },
        { re: /^test result: FAILED\./, weight: 1, cascade: true, category: 'test' },
        { re: /^error: test failed, to rerun pass/, weight: 1, cascade: true, category: 'test' },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/cmake/index.ts

/** CMake: `CMake Error at file:line (command):` and the configure summary. */
const cmakeParser = ruleParser({
    id: 'cmake',
    category: 'config',
    needles: ['CMake Error', 'Configuring incomplete'],
    rules: [
        {
            re: /^CMake Error at (\S+):(\d+) \((\w+)\):?$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], message: `CMake error in ${m[3]}` }),
        },
        { re: /^CMake Error: (.*)$/, weight: 4 },
        { re: /^-- Configuring incomplete, errors occurred!/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/composer/index.ts

/** Composer: unresolvable requirements and a lock file out of date with composer.json. */
const composerParser = ruleParser({
    id: 'composer',
    category: 'dependency',
    needles: ['requirements could not', 'lock file', 'Problem ', 'composer'],
    trigger: 'lock file is not',
    rules: [
        { re: /Your requirements could not be resolved to an installable set of packages/, weight: 4 },
        { re: /The lock file is not up to date with the latest changes in composer\.json/, weight: 4 },
        { re: /^\s*Problem \d+$/, weight: 2 },
        { re: /^\s*- (?:Root composer\.json requires|.* requires .* -> )/, weight: 2 },
        {
            re: /^\s*\[Composer\\Downloader\\TransportException\]|curl error \d+ while downloading/,
            weight: 4,
            category: 'network',
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/docker/index.ts

/** docker build (BuildKit and classic): failed RUN steps, Dockerfile errors, registry denials. */
const dockerParser = ruleParser({
    id: 'docker',
    category: 'config',
    needles: [
        'ERROR',
        'failed to solve',
        'Dockerfile',
        'denied',
        'manifest',
        'returned a non-zero code',
    ],
    rules: [
        {
            re: /(?:pull access denied|denied: requested access to the resource is denied|unauthorized: authentication required)/,
            weight: 4,
            category: 'permission',
        },
        { re: /manifest (?:for \S+ )?(?:not found|unknown)/, weight: 4, category: 'dependency' },
        {
            re: /^(?:ERROR: )?failed to solve: (?:process ".*" did not complete successfully|executor failed running)/,
            weight: 1,
            cascade: true,
        },
        {
            re: /^(?:ERROR: )?failed to solve: (?:dockerfile parse error|failed to compute cache key|failed to read dockerfile)/,
            weight: 4,
        },
        {
            re: /^(?:ERROR: )?failed to solve: .*Dockerfile:(\d+)/,
            weight: 3,
            location: (m) => ({ file: 'Dockerfile', line: m[1], message: 'docker build failed here' }),
        },
        {
            re: /^#\d+ ERROR: (?:process ".*" did not complete successfully|executor failed)/,
            weight: 1,
            cascade: true,
        },
        { re: /^The command '.*' returned a non-zero code: \d+$/, weight: 1, cascade: true },
        { re: /^(?:ERROR|error): (?:failed to solve|failed to build)/, weight: 2 },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/dotnet/index.ts

/** dotnet / MSBuild: `file(l,c): error CS1002: msg [proj]`, NuGet `NU1101`, `Failed Name [12 ms]`. */
const dotnetParser = ruleParser({
    id: 'dotnet',
    category: 'compile',
    needles: ['error ', 'Failed', 'Build FAILED', 'Error(s)'],
    rules: [
        {
            re: /^\s*(\S.*?\.(?:cs|vb|fs|csproj|fsproj|vbproj|props|targets|sln))\((\d+),(\d+)(?:,\d+,\d+)?\): error (NU\d+): (.*?)(?: \[.*\])?$/,
            weight: 4,
            category: 'dependency',
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: `${m[4]}: ${m[5]}` }),
        },
        {
            re: /^\s*(\S.*?\.(?:cs|vb|fs|csproj|fsproj|vbproj|props|targets|sln|xaml|razor))\((\d+),(\d+)(?:,\d+,\d+)?\): error (\w+\d+): (.*?)(?: \[.*\])?$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: `${m[4]}: ${m[5]}` }),
        },
        { re: /^\s*(?:\S+ : )?error (NU\d+): /, weight: 4, category: 'dependency' },
        { re: /^\s*(?:\S+ : )?error (MSB\d+): /, weight: 3, category: 'config' },
        {
            re: /^\s+Failed (\S.*?) \[\d+(?:\.\d+)? ?(?:ms|s|m)\]$/,
            weight: 4,
            category: 'test',
            failingTest: (m) => ({ name: m[1] }),
        },
        { re: /^Failed!\s+- Failed:\s+\d+/, weight: 1, cascade: true, category: 'test' },
        { re: /^Build FAILED\.$/, weight: 1, cascade: true },
        { re: /^\s+\d+ Error\(s\)$/, weight: 0.5, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/eslint/index.ts

const STYLISH = /^\s+(\d+):(\d+)\s+error\s+(.+?)(?:\s{2,}(\S+))?$/;
const UNIX = /^(\S.*?\.(?:[cm]?[jt]sx?|vue|svelte|json|md)):(\d+):(\d+): (.+?) \[Error\/(\S+)\]$/;
const SUMMARY = /^\s*[✖×] \d+ problems? \(\d+ errors?, \d+ warnings?\)/;
const HEADER = /^(\/|[A-Za-z]:\\|\.{0,2}\/?[\w@.-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte)$/;
/** ESLint: the default `stylish` format (file header, then `line:col  error  message  rule`), and `unix`. */
const eslintParser = {
    id: 'eslint',
    category: 'lint',
    needles: ['error', 'problem'],
    parseLine(text, context) {
        const unix = UNIX.exec(text);
        if (unix) {
            return findingFrom('eslint', 'lint', {
                weight: 4,
                location: (m) => ({
                    file: m[1],
                    line: m[2],
                    column: m[3],
                    message: `${m[4]} (${m[5]})`,
                }),
            }, unix);
        }
        if (SUMMARY.test(text))
            return { tool: 'eslint', category: 'lint', weight: 1, cascade: true };
        const stylish = STYLISH.exec(text);
        if (!stylish)
            return undefined;
        // The file is the nearest header line above: stylish prints it once per file.
        let file;
        for (const previous of context.previousLines(60)) {
            const trimmed = previous.trim();
            if (HEADER.test(trimmed)) {
                file = trimmed;
                break;
            }
            if (trimmed !== '' && !/^\d+:\d+\s/.test(trimmed))
                break;
        }
        if (!file)
            return undefined;
        const message = stylish[4] ? `${stylish[3]} (${stylish[4]})` : stylish[3];
        return findingFrom('eslint', 'lint', {
            weight: 4,
            location: () => ({ file: file, line: stylish[1], column: stylish[2], message }),
        }, stylish);
    },
};

;// CONCATENATED MODULE: ./src/diagnose/parsers/flake8/index.ts

/** flake8 (pycodestyle/pyflakes codes): `./file.py:line:col: E501 message`. */
const flake8Parser = ruleParser({
    id: 'flake8',
    category: 'lint',
    needles: ['.py:'],
    trigger: '\\.py:\\d',
    rules: [
        {
            re: /^(\S+?\.py):(\d+):(\d+): ([EWFCN]\d{3}|[A-Z]{1,3}\d{3}) (.*)$/,
            weight: 3,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: `${m[4]} ${m[5]}` }),
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/gcc/index.ts

/** gcc / clang / ld: `file:l:c: error: msg`, `fatal error:`, undefined references. */
const gccParser = ruleParser({
    id: 'gcc',
    category: 'compile',
    needles: ['error', 'undefined reference', 'ld:'],
    rules: [
        {
            re: /^(\S+?\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|S|s|cu)):(\d+):(\d+): (?:fatal )?error: (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: /^(\S+?\.(?:c|cc|cpp|cxx|h|hpp)):(\d+): (?:fatal )?error: (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], message: m[3] }),
        },
        {
            re: /^(?:\/usr\/bin\/)?(?:ld|ld\.\w+)?:? ?(\S+?\.(?:c|cc|cpp|o)):(?:\(.*?\)|(\d+)): (undefined reference to .*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2] ?? '1', message: m[3] }),
        },
        { re: /undefined reference to `/, weight: 3 },
        { re: /^collect2: error: ld returned \d+ exit status$/, weight: 1, cascade: true },
        {
            re: /^(?:clang|gcc|g\+\+|cc|c\+\+)(?:-\d+)?: (?:fatal )?error: (?:linker command failed|ld returned)/,
            weight: 1,
            cascade: true,
        },
        { re: /^(?:clang|gcc|g\+\+|cc)(?:-\d+)?: (?:fatal )?error: /, weight: 3 },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/generic/index.ts

/**
 * The runner's own words for a failing environment, one pattern per category, tried as one regex:
 * most lines match none, and one pass over a line is far cheaper than five.
 */
const ENVIRONMENT = [
    [
        'timeout',
        4,
        /has exceeded the maximum execution time|The job running on runner .* has exceeded|Timeout of \d+ms exceeded|timed out after \d+|Job execution time exceeded|No output has been received in the last \d+m/,
    ],
    [
        'oom-or-disk',
        4,
        /JavaScript heap out of memory|java\.lang\.OutOfMemoryError|MemoryError\b|Cannot allocate memory|[Oo]ut of memory|OOMKilled|Killed\s+.*signal 9|exit code 137\b|No space left on device|ENOSPC|[Dd]isk quota exceeded/,
    ],
    [
        'permission',
        3,
        /Resource not accessible by integration|HttpError: (?:Bad credentials|Not Found)|Permission denied|EACCES|EPERM|403 Forbidden|returned error: 403|Authentication failed|could not read Username/,
    ],
    [
        'network',
        3,
        /Could not resolve host|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|ETIMEDOUT|ECONNRESET|ECONNREFUSED|Connection (?:timed out|reset by peer|refused)|Temporary failure in name resolution|TLS handshake timeout|(?:returned error|status code|HTTP(?:\/\d\.\d)?):? ?50[234]|Service Unavailable|Bad Gateway|unable to access '.*?':/,
    ],
    [
        'infra',
        4,
        /The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error|Runner \S+ did not connect|runner .* is offline|An error occurred while provisioning resources/,
    ],
];
const ENVIRONMENT_ANY = new RegExp(ENVIRONMENT.map(([, , re]) => `(${re.source})`).join('|'));
/** `error:`/`fatal:` lines, exceptions, the words any tool uses; tried after the environment. */
const RULES = [
    { re: /^Process completed with exit code \d+\.?$/, weight: 0.5, cascade: true },
    { re: /^Error: Process completed with exit code \d+/, weight: 0.5, cascade: true },
    { re: /^The operation was canceled\.$/, weight: 1, category: 'timeout' },
    { re: /^Traceback \(most recent call last\):$/, weight: 3 },
    { re: /^(?:fatal|FATAL)(?:\s+ERROR)?:? /, weight: 3 },
    { re: /^(?:ERROR|Error|error)(?:\[\w+\])?: \S/, weight: 3 },
    { re: /^\s*(?:[\w.$]+\.)?[A-Z]\w*(?:Exception|Error)(?:: |$)/, weight: 3 },
    { re: /^Caused by: /, weight: 2 },
    { re: /^\S.*\b(?:error|ERROR|Error)\b: \S/, weight: 2 },
    { re: /\b(?:FAILED|FAILURE)\b/, weight: 1.5 },
    { re: /\b(?:failed|Failed|cannot|Cannot|could not|Could not|unable to|Unable to)\b/, weight: 1 },
    { re: /\b(?:error|Error|ERROR)\b/, weight: 1 },
];
const LINE_RULES = RULES.slice(2);
/**
 * What any tool prints, and the runner's words for timeouts, memory, disk, permissions, network and
 * lost runners. Used when no tool parser claims a line.
 */
const generic_genericParser = {
    id: 'generic',
    category: 'unknown',
    needles: [''],
    parseLine(text) {
        const exit = RULES[0].re.exec(text) ?? RULES[1].re.exec(text);
        if (exit)
            return findingFrom('generic', 'unknown', RULES[0], exit);
        const environment = environmentOf(text);
        if (environment)
            return environment;
        for (const rule of LINE_RULES) {
            const m = rule.re.exec(text);
            if (m)
                return findingFrom('generic', rule.category ?? 'unknown', rule, m);
        }
        return undefined;
    },
};
function environmentOf(text) {
    const environment = ENVIRONMENT_ANY.exec(text);
    if (!environment)
        return undefined;
    const index = environment.slice(1).findIndex((group) => group !== undefined);
    const [category, weight] = ENVIRONMENT[index] ?? ['unknown', 1];
    return { tool: 'generic', category, weight };
}
/**
 * What the generic reading says about the environment (timeout, memory, disk, permissions,
 * network, lost runner), exactly as `parseLine` would, without trying its other rules: for a line
 * a tool parser already read, that is all the generic reading may add.
 */
function genericEnvironment(text) {
    if (RULES[0].re.test(text) || RULES[1].re.test(text))
        return undefined;
    return environmentOf(text);
}

;// CONCATENATED MODULE: ./src/diagnose/parsers/go/index.ts

/** go build / vet / test: `./file.go:l:c: msg`, `--- FAIL: TestX`, `file_test.go:12: msg`, `FAIL pkg`. */
const goParser = ruleParser({
    id: 'go',
    category: 'compile',
    needles: ['.go:', 'FAIL', 'panic:'],
    trigger: '\\.go:\\d',
    rules: [
        {
            re: /^\s*--- FAIL: (\S+) \([\d.]+s\)$/,
            weight: 4,
            category: 'test',
            failingTest: (m) => ({ name: m[1] }),
        },
        {
            re: /^\s+(\S+_test\.go):(\d+): (.*)$/,
            weight: 3,
            category: 'test',
            location: (m) => ({ file: m[1], line: m[2], message: m[3] }),
        },
        {
            re: /^(?:vet: )?(\S+?\.go):(\d+):(\d+): (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        { re: /^panic: (?!.*\[recovered\])/, weight: 3, category: 'test' },
        {
            re: /^FAIL\s+\S+\s+(?:[\d.]+s|\[build failed\]|\[setup failed\])$/,
            weight: 1,
            cascade: true,
            category: 'test',
        },
        { re: /^FAIL$/, weight: 0.5, cascade: true, category: 'test' },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/gradle/index.ts

/** Gradle: `> Task :x FAILED`, `* What went wrong:`, Kotlin `e: file:l:c msg`, test `Class > test() FAILED`. */
const gradleParser = ruleParser({
    id: 'gradle',
    category: 'compile',
    needles: ['FAILED', 'FAILURE', 'What went wrong', 'Execution failed', 'e: ', 'Could not'],
    trigger: '\\.kt:\\d',
    rules: [
        { re: /^FAILURE: Build failed with an exception\.$/, weight: 1, cascade: true },
        { re: /^BUILD FAILED in /, weight: 0.5, cascade: true },
        { re: /^\* What went wrong:$/, weight: 1, cascade: true },
        {
            re: /^([\w.$]+) > (.+?)(?:\(\))? FAILED$/,
            weight: 4,
            category: 'test',
            failingTest: (m) => ({ name: `${m[1]}.${m[2]}` }),
        },
        { re: /^> Task (\S+) FAILED$/, weight: 1.5, cascade: true },
        { re: /^\d+ tests completed, \d+ failed/, weight: 1, cascade: true, category: 'test' },
        {
            re: /^Execution failed for task '.*:(?:test|integrationTest)'\.$/,
            weight: 2,
            category: 'test',
        },
        {
            re: /^Execution failed for task '.*:(?:checkstyle\w*|spotless\w*|ktlint\w*|detekt|lint\w*|pmd\w*)'\.$/,
            weight: 3,
            category: 'lint',
        },
        { re: /^Execution failed for task /, weight: 3 },
        { re: /^> There were failing tests\./, weight: 2, category: 'test' },
        {
            re: /^e: (?:file:\/\/)?(\S+?\.kts?):(\d+):(\d+):? (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: /^> Could not resolve (?:all (?:files|dependencies)|[\w.-]+:[\w.-]+)/,
            weight: 4,
            category: 'dependency',
        },
        { re: /^> Could not (?:GET|HEAD|download) '.*'/, weight: 3, category: 'network' },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/jest/index.ts

/** jest: ` FAIL  file`, `● suite › test`, `✕ test (5 ms)`, stack frames `at ... (file:line:col)`, totals. */
const jestParser = ruleParser({
    id: 'jest',
    category: 'test',
    needles: ['●', '✕', 'FAIL', 'Tests:', 'at '],
    rules: [
        { re: /^\s*● Test suite failed to run/, weight: 4, category: 'compile' },
        {
            re: /^\s*● (.+ › .+|[^›]+)$/,
            weight: 4,
            failingTest: (m) => ({ name: m[1].trim() }),
        },
        {
            re: /^\s*✕ (.+?)(?: \(\d+ ms\))?$/,
            weight: 2,
            failingTest: (m) => ({ name: m[1] }),
        },
        { re: /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)(?:\s+\(\d.*\))?$/, weight: 3 },
        {
            re: /^\s+at (?:.+? \()?((?!node:|internal\/)[^()\s]*?(?:test|spec)[^()\s]*\.[cm]?[jt]sx?):(\d+):(\d+)\)?$/,
            weight: 1,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: 'failing test frame' }),
        },
        { re: /^Tests:\s+\d+ failed/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/lean/index.ts

/** Lean 4 / lake: `file.lean:l:c: error: msg` (both orders), `✖ [n/m] Building X`, `error: build failed`. */
const leanParser = ruleParser({
    id: 'lean',
    category: 'compile',
    needles: ['.lean:', 'error: build failed', '✖ [', 'lake'],
    trigger: '\\.lean:\\d',
    rules: [
        {
            re: /^(?:error: )?(\S+?\.lean):(\d+):(\d+): error: (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: /^error: (\S+?\.lean):(\d+):(\d+): (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        { re: /^✖ \[\d+\/\d+\] Build(?:ing)? (\S+)/, weight: 2 },
        {
            re: /^error: (?:build failed|Lean exited with code|\S+ failed to build)/,
            weight: 1,
            cascade: true,
        },
        { re: /^(\S+?\.lean):(\d+):(\d+): warning: declaration uses 'sorry'$/, weight: 0 },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/make/index.ts

/** make: `make: *** [target] Error 2` is a consequence; `No rule to make target` is the cause. */
const makeParser = ruleParser({
    id: 'make',
    category: 'compile',
    needles: ['make', '***'],
    trigger: 'No rule to make target',
    rules: [
        { re: /^g?make(?:\[\d+\])?: \*\*\* No rule to make target/, weight: 4, category: 'config' },
        { re: /^g?make(?:\[\d+\])?: \*\*\* .*Error \d+/, weight: 1, cascade: true },
        {
            re: /^(\S*Makefile\S*):(\d+): \*\*\* (.*)\.\s+Stop\.$/,
            weight: 4,
            category: 'config',
            location: (m) => ({ file: m[1], line: m[2], message: m[3] }),
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/maven/index.ts

const JAVA = '(\\S+?\\.(?:java|kt|scala|groovy))';
/** Maven with javac and surefire/failsafe: compiler errors, `<<< FAILURE!`, resolution failures. */
const mavenParser = ruleParser({
    id: 'maven',
    category: 'compile',
    needles: ['[ERROR]', 'ERROR', 'FAIL', 'Tests run:', 'Tests in error', '.java'],
    rules: [
        {
            re: new RegExp(`^\\[ERROR\\] ${JAVA}:\\[(\\d+),(\\d+)\\] (.*)$`),
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: new RegExp(`^${JAVA}:(\\d+): error: (.*)$`),
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], message: m[3] }),
        },
        { re: /^\[ERROR\] COMPILATION ERROR/, weight: 3 },
        {
            re: /^\[ERROR\] Failed to execute goal .*(?:Could not resolve dependencies|Could not find artifact|Failed to collect dependencies|Non-resolvable)/,
            weight: 3,
            category: 'dependency',
        },
        {
            re: /(?:Could not transfer artifact|Connection (?:timed out|reset|refused)|Connect to \S+ failed|Unknown host)/,
            weight: 3,
            category: 'network',
        },
        {
            re: /^\[ERROR\] Failed to execute goal .*(?:surefire|failsafe).*There are test failures/,
            weight: 1,
            cascade: true,
            category: 'test',
        },
        {
            re: /^\[ERROR\] Failed to execute goal .*(?:checkstyle|spotless|pmd|spotbugs|enforcer|license|formatter)/,
            weight: 3,
            category: 'lint',
        },
        { re: /^\[ERROR\] Failed to execute goal .*Compilation failure/, weight: 2, cascade: true },
        { re: /^\[ERROR\] Failed to execute goal /, weight: 2 },
        {
            re: /^(?:\[ERROR\] )?(\w+)\(([\w.$]+)\)\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!$/,
            weight: 4,
            category: 'test',
            failingTest: (m) => ({ name: `${m[2]}.${m[1]}` }),
        },
        {
            re: /^(?:\[ERROR\] )?([\w.$]+)\.(\w+)(?:\(\))?\s+(?:--|Time elapsed:) .*<<< (?:FAILURE|ERROR)!$/,
            weight: 4,
            category: 'test',
            failingTest: (m) => ({ name: `${m[1]}.${m[2]}` }),
        },
        {
            re: /^(?:\[(?:ERROR|INFO)\] )?Tests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9]\d*).*<<< (?:FAILURE|ERROR)!/,
            weight: 2,
            category: 'test',
        },
        {
            re: /^(?:\[(?:ERROR|INFO|WARNING)\] )?Tests run: \d+, Failures: 0, Errors: 0/,
            weight: 0,
            category: 'test',
        },
        {
            re: /^(?:\[(?:ERROR|INFO)\] )?Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+$/,
            weight: 1,
            cascade: true,
            category: 'test',
        },
        {
            re: /^(?:\[ERROR\] )?\s+([\w$]+)\.(\w+):(\d+) (.*)$/,
            weight: 3,
            category: 'test',
            failingTest: (m) => ({ name: `${m[1]}.${m[2]}`, line: Number(m[3]), message: m[4] }),
        },
        {
            re: /^(?:\[ERROR\] )?(?:Failed tests|Tests in error|Failures|Errors):\s*$/,
            weight: 2,
            category: 'test',
        },
        {
            re: /^\[ERROR\] (?:-> \[Help 1\]|To see the full stack trace|Re-run Maven using|For more information about the errors|\[Help 1\] http|$)/,
            weight: 0.5,
            cascade: true,
        },
        { re: /^\[INFO\] BUILD FAILURE$/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/mocha/index.ts

/** mocha (spec reporter): `N failing`, then `1) suite test:` blocks with the assertion and stack. */
const mochaParser = ruleParser({
    id: 'mocha',
    category: 'test',
    needles: ['failing', ') ', 'Error'],
    rules: [
        { re: /^\s*\d+ failing$/, weight: 2, cascade: true },
        {
            re: /^ {2}\d+\) (.+?):?$/,
            weight: 3,
            failingTest: (m) => ({ name: m[1] }),
        },
        { re: /^\s+(?:AssertionError|Error)(?: \[ERR_ASSERTION\])?: (.+)$/, weight: 3 },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/mypy/index.ts

/** mypy: `file.py:line: error: message  [code]` and `Found N errors in M files`. */
const mypyParser = ruleParser({
    id: 'mypy',
    category: 'type-check',
    needles: [': error:', 'Found '],
    rules: [
        {
            re: /^(\S+?\.pyi?):(\d+)(?::(\d+))?: error: (.*?)(?:\s+\[[\w-]+\])?$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/,
            weight: 1,
            cascade: true,
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/node-test/index.ts

/** node:test: TAP (`not ok N - name`, YAML with `location:`) and the spec reporter's `✖ name`. */
const nodeTestParser = ruleParser({
    id: 'node-test',
    category: 'test',
    needles: ['not ok', '✖', 'location:', '# fail'],
    trigger: 'not ok ',
    rules: [
        {
            re: /^\s*not ok \d+ - (.+?)(?: # .*)?$/,
            weight: 4,
            failingTest: (m) => ({ name: m[1] }),
        },
        {
            re: /^\s*location: '(.+?):(\d+):(\d+)'$/,
            weight: 1,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: 'failing test' }),
        },
        { re: /^# fail [1-9]\d*$/, weight: 1, cascade: true },
        { re: /^\s*✖ failing tests:$/, weight: 1, cascade: true },
        {
            re: /^\s*✖ (.+?) \(\d+(?:\.\d+)?ms\)$/,
            weight: 3,
            failingTest: (m) => ({ name: m[1] }),
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/npm/index.ts

const NET = /\b(ENOTFOUND|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|ESOCKETTIMEDOUT|socket hang up)\b/;
/** npm, yarn (classic and berry) and pnpm install failures: resolution, lockfile drift, network. */
const npmParser = ruleParser({
    id: 'npm',
    category: 'dependency',
    needles: ['npm ', 'ERR', 'error ', 'YN0', 'lockfile', 'E404'],
    trigger: 'YN00',
    rules: [
        { re: /^npm (?:ERR!|error) code (?:ELIFECYCLE|1)$/, weight: 1, cascade: true },
        {
            re: /^npm (?:ERR!|error) (?:A complete log|Lifecycle script|\s*$|command failed$|path |workspace )/,
            weight: 0.5,
            cascade: true,
        },
        { re: /^npm (?:ERR!|error) (?:code )?(ERESOLVE)\b/, weight: 4 },
        {
            re: /^npm (?:ERR!|error) .*(?:can only install packages when your package\.json and package-lock\.json|are in sync|Missing: .* from lock file|Invalid: lock file)/,
            weight: 4,
        },
        { re: new RegExp(`^npm (?:ERR!|error) .*${NET.source}`), weight: 4, category: 'network' },
        { re: /^npm (?:ERR!|error) code (E404|ETARGET|ENOVERSIONS|EINTEGRITY)/, weight: 4 },
        { re: /^npm (?:ERR!|error) code (EACCES|EPERM)/, weight: 4, category: 'permission' },
        { re: /^npm (?:ERR!|error) code (ENOSPC)/, weight: 4, category: 'oom-or-disk' },
        {
            re: /^npm (?:ERR!|error) (?:code E|notarget|404|Could not resolve dependency|Conflicting peer dependency|peer )/,
            weight: 3,
        },
        { re: /^npm (?:ERR!|error) Missing script: /, weight: 4, category: 'config' },
        { re: /^error Your lockfile needs to be updated/, weight: 4 },
        { re: /YN0028: .*lockfile would have been modified/, weight: 4 },
        { re: /YN0001: .*(?:ENOTFOUND|ETIMEDOUT|ECONNRESET)/, weight: 4, category: 'network' },
        { re: /YN0(?:001|002|060|018): /, weight: 3 },
        { re: /ERR_PNPM_(?:OUTDATED_LOCKFILE|LOCKFILE_CONFIG_MISMATCH|FROZEN_LOCKFILE)/, weight: 4 },
        { re: /ERR_PNPM_(?:META_FETCH_FAIL|FETCH_\d+)/, weight: 4, category: 'network' },
        {
            re: /ERR_PNPM_(?:PEER_DEP_ISSUES|NO_MATCHING_VERSION|RECURSIVE_RUN_FIRST_FAIL|\w+)/,
            weight: 3,
        },
        { re: /^error Command failed with exit code \d+/, weight: 1, cascade: true },
        {
            re: /^error (?:An unexpected error occurred|Couldn't find any versions|Package ".*" refers to a non-existing file)/,
            weight: 3,
        },
        {
            re: /^info There appears to be trouble with your network connection/,
            weight: 3,
            category: 'network',
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/phpunit/index.ts

/** PHPUnit: `There was 1 failure:`, `1) Class::test`, `Failed asserting ...`, `/path/Test.php:12`, `FAILURES!`. */
const phpunitParser = ruleParser({
    id: 'phpunit',
    category: 'test',
    needles: ['::', 'FAILURES!', 'ERRORS!', 'Failed asserting', 'There w', '.php:'],
    trigger: '\\.php:\\d',
    rules: [
        {
            re: /^\d+\) ([\w\\]+::\w+)(?: with data set .*)?$/,
            weight: 4,
            failingTest: (m) => ({ name: m[1] }),
        },
        { re: /^Failed asserting that /, weight: 3 },
        {
            re: /^(\/\S+?Test\.php):(\d+)$/,
            weight: 2,
            location: (m) => ({ file: m[1], line: m[2], message: 'failing test' }),
        },
        { re: /^There (?:was|were) \d+ (?:failures?|errors?):$/, weight: 2 },
        { re: /^(?:FAILURES|ERRORS)!$/, weight: 1, cascade: true },
        {
            re: /^PHP (?:Fatal error|Parse error):\s+(.*?) in (\S+\.php)(?: on line |:)(\d+)/,
            weight: 4,
            category: 'compile',
            location: (m) => ({ file: m[2], line: m[3], message: m[1] }),
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/prettier/index.ts

/** `prettier --check`: one `[warn] file` per unformatted file, then a summary line. */
const prettierParser = ruleParser({
    id: 'prettier',
    category: 'lint',
    needles: ['[warn]', '[error]'],
    // The trigger runs on the raw log, before colour codes are stripped: prettier colours the word
    // inside the brackets when stdout is not a TTY but CI is set (`[\x1b[33mwarn\x1b[39m]`).
    trigger: '\\[(?:\\x1b?\\[[\\d;]*m)?warn(?:\\x1b?\\[[\\d;]*m)?\\]',
    rules: [
        {
            re: /^\[warn\] Code style issues (?:found in|were found in)/,
            weight: 3,
        },
        { re: /^\[warn\] (?:Code style|All matched files|.* files? (?:were|was) )/, weight: 0 },
        {
            re: /^\[warn\] (\S+\.[\w]+)$/,
            weight: 3,
            location: (m) => ({ file: m[1], line: '1', message: 'not formatted (prettier --check)' }),
        },
        {
            re: /^\[error\] (\S+\.\w+): SyntaxError: (.*?) \((\d+):(\d+)\)/,
            weight: 4,
            category: 'compile',
            location: (m) => ({ file: m[1], line: m[3], column: m[4], message: m[2] }),
        },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/pytest/index.ts

/** pytest: `FAILED path::test - msg`, `E   ` assertion lines, `path:line: Error` frames, collection errors. */
const pytestParser = ruleParser({
    id: 'pytest',
    category: 'test',
    needles: ['FAILED', 'ERROR', 'E ', 'failed', 'Error', '.py:'],
    rules: [
        {
            re: /^(?:FAILED|\S+ FAILED) ?(\S+?\.py)::(\S+?)(?: - (.*))?$/,
            weight: 4,
            failingTest: (m) => ({ name: m[2], file: m[1], message: m[3] }),
        },
        {
            re: /^(\S+?\.py)::(\S+) FAILED(?:\s+\[.*\])?$/,
            weight: 3,
            failingTest: (m) => ({ name: m[2], file: m[1] }),
        },
        {
            re: /^ERROR (\S+?\.py)(?:::(\S+))? - (.*)$/,
            weight: 4,
            category: 'compile',
            failingTest: (m) => ({ name: m[2] ?? m[1], file: m[1], message: m[3] }),
        },
        { re: /^E {3,}(\S.*)$/, weight: 3 },
        {
            re: /^(\S+?\.py):(\d+): (\w*(?:Error|Exception|Failed|Failure|Interrupt)\w*)$/,
            weight: 2,
            location: (m) => ({ file: m[1], line: m[2], message: m[3] }),
        },
        { re: /^_{3,} ERROR collecting (\S+) _{3,}$/, weight: 3, category: 'compile' },
        { re: /^=+ .*\b\d+ (?:failed|errors?)\b.* in [\d.]+s.*=+$/, weight: 1, cascade: true },
        { re: /^=+ (?:FAILURES|ERRORS) =+$/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/rspec/index.ts

/** RSpec: `Failure/Error:` lines, `# ./spec/x_spec.rb:5` frames and the `rspec ./spec/x_spec.rb:4 # name` list. */
const rspecParser = ruleParser({
    id: 'rspec',
    category: 'test',
    needles: ['rspec ./', 'Failure/Error', '_spec.rb', 'examples, '],
    trigger: '\\.rb:\\d',
    rules: [
        {
            re: /^rspec \.\/(\S+?_spec\.rb):(\d+) # (.*)$/,
            weight: 3,
            failingTest: (m) => ({ name: m[3], file: m[1], line: Number(m[2]) }),
        },
        { re: /^\s*Failure\/Error: (.*)$/, weight: 4 },
        {
            re: /^\s*# \.\/(\S+?_spec\.rb):(\d+):in /,
            weight: 2,
            location: (m) => ({ file: m[1], line: m[2], message: 'failing example' }),
        },
        { re: /^\d+ examples?, [1-9]\d* failures?/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/ruff/index.ts

/** ruff check: `file.py:l:c: CODE [*] message` (concise) or `CODE message` then ` --> file:l:c` (full). */
const ruffParser = ruleParser({
    id: 'ruff',
    category: 'lint',
    needles: ['.py', 'Found ', '-->', 'Would reformat'],
    trigger: 'Would reformat',
    rules: [
        {
            re: /^(\S+?\.pyi?):(\d+):(\d+): ([A-Z]+\d+) \[\*\] (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: `${m[4]} ${m[5]}` }),
        },
        {
            re: /^(\S+?\.pyi?):(\d+):(\d+): ((?:RUF|UP|SIM|PL[CERW]|PT|B|I|ARG|PERF|TRY|ANN|D)\d+) (.*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: `${m[4]} ${m[5]}` }),
        },
        {
            re: /^\s*--> (\S+?\.pyi?):(\d+):(\d+)$/,
            weight: 3,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: 'ruff finding' }),
        },
        {
            re: /^Would reformat: (\S+)$/,
            weight: 3,
            location: (m) => ({ file: m[1], line: '1', message: 'not formatted (ruff format --check)' }),
        },
        { re: /^Found \d+ errors?\.?(?: \[\*\] .*)?$/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/tsc/index.ts

/** TypeScript compiler: `file(line,col): error TSxxxx:` and the `--pretty` form `file:line:col - error`. */
const tscParser = ruleParser({
    id: 'tsc',
    category: 'type-check',
    needles: ['error TS'],
    rules: [
        {
            re: /^\s*(\S.*?\.[cm]?[jt]sx?)\((\d+),(\d+)\): error (TS\d+: .*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        {
            re: /^\s*(\S.*?\.[cm]?[jt]sx?):(\d+):(\d+) - error (TS\d+: .*)$/,
            weight: 4,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: m[4] }),
        },
        { re: /^\s*error TS(?:5\d{3}|6\d{3}): /, weight: 3, category: 'config' },
        { re: /\berror TS\d+: /, weight: 3 },
        { re: /^Found \d+ errors? in \d+ files?\.?$/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/vitest/index.ts

/** vitest: ` FAIL  file > suite > test`, ` × file > test`, ` ❯ file:line:col` and the totals. */
const vitestParser = ruleParser({
    id: 'vitest',
    category: 'test',
    needles: ['FAIL', '×', '❯', 'Test Files', 'Tests ', 'failed'],
    rules: [
        {
            re: /^\s*FAIL\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?) > (.+?)(?:\s+\d+ms)?$/,
            weight: 4,
            failingTest: (m) => ({ name: m[2], file: m[1] }),
        },
        {
            re: /^\s*[×✗]\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?) > (.+?)(?:\s+\d+ms)?$/,
            weight: 3,
            failingTest: (m) => ({ name: m[2], file: m[1] }),
        },
        {
            re: /^\s*❯\s+(\S+\.[cm]?[jt]sx?):(\d+):(\d+)\s*$/,
            weight: 2,
            location: (m) => ({ file: m[1], line: m[2], column: m[3], message: 'failing assertion' }),
        },
        { re: /^\s*(?:Test Files|Tests)\s+\d+ failed/, weight: 1, cascade: true },
    ],
});

;// CONCATENATED MODULE: ./src/diagnose/parsers/registry.ts


























/** Every tool parser, one folder each. Order breaks ties: the more specific format first. */
const TOOL_PARSERS = [
    tscParser,
    eslintParser,
    prettierParser,
    vitestParser,
    jestParser,
    mochaParser,
    nodeTestParser,
    npmParser,
    pytestParser,
    mypyParser,
    ruffParser,
    flake8Parser,
    goParser,
    cargoParser,
    mavenParser,
    gradleParser,
    gccParser,
    makeParser,
    cmakeParser,
    dotnetParser,
    rspecParser,
    phpunitParser,
    composerParser,
    dockerParser,
    leanParser,
];
const GENERIC_PARSER = (/* unused pure expression or super */ null && (genericParser));
const ALL_PARSERS = [...TOOL_PARSERS, generic_genericParser];
/**
 * The error words every tool uses; a line without one of these (or a parser's own trigger) is never
 * looked at, which is what lets the scanner skip most of a log. Alternatives are grouped by their
 * first letter because the regex engine's skip-ahead works on few distinct leading characters.
 */
const CORE_TRIGGER = '[EeFfCcUu](?:rr|ail|atal|xception|annot|ould not|nable to)|ERR|FAIL|FATAL|[Pp]anic|[Tt]imed? ?out|' +
    '[Kk]illed|[Dd]enied|No space|Traceback|##\\[|' +
    // The test runners' marks, as UTF-8 bytes in one branch: ✗ ✕ ✖ ❯ ● and ×.
    '\\xE2[\\x9C\\x9D\\x97][\\x97\\xAF\\x8F\\x95\\x96]|\\xC3\\x97';
/** The scanner's trigger over raw bytes read as latin1 (so multi-byte characters appear as bytes). */
function triggerSource(parsers = ALL_PARSERS) {
    const extra = parsers.map((p) => p.trigger).filter((t) => Boolean(t));
    const dotted = extra.filter((t) => /^\\\.[\w|]+:\\d$/.test(t)).map((t) => t.slice(2, -3));
    const rest = extra.filter((t) => !/^\\\.[\w|]+:\\d$/.test(t));
    // File-extension triggers (`\.go:\d`) share one alternative: one '.'-led branch, not one each.
    const files = dotted.length > 0 ? [`\\.(?:${dotted.join('|')}):\\d`] : [];
    return [CORE_TRIGGER, ...rest, ...files].join('|');
}
const dispatchCache = new WeakMap();
/** One regex finds which parsers' needles a line holds, instead of one `includes` per needle. */
function dispatchFor(parsers) {
    let dispatch = dispatchCache.get(parsers);
    if (dispatch)
        return dispatch;
    const byNeedle = new Map();
    const always = [];
    parsers.forEach((parser, index) => {
        if (parser.needles.some((n) => n === ''))
            always.push(index);
        for (const needle of parser.needles.filter((n) => n !== '')) {
            byNeedle.set(needle, [...(byNeedle.get(needle) ?? []), index]);
        }
    });
    // The regex reports one needle per position (the longest); that match also holds every shorter
    // needle inside it, so it stands for their parsers too.
    for (const [needle, indexes] of byNeedle) {
        for (const [other, more] of byNeedle) {
            if (other !== needle && needle.includes(other))
                indexes.push(...more.filter((i) => !indexes.includes(i)));
        }
    }
    const sorted = [...byNeedle.keys()].sort((a, b) => b.length - a.length);
    const needles = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    dispatch = { needles, byNeedle, always, chosen: new Uint32Array(parsers.length), stamp: 0 };
    dispatchCache.set(parsers, dispatch);
    return dispatch;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The strongest reading of a line: tool parsers whose needles occur in it, then the generic
 * fallback; a tool parser that recognises the line decides its weight, because it names the tool.
 */
function classifyLine(text, context, parsers = TOOL_PARSERS) {
    const dispatch = dispatchFor(parsers);
    const { needles, byNeedle, always, chosen } = dispatch;
    const stamp = (dispatch.stamp = (dispatch.stamp + 1) >>> 0 || 1);
    for (const index of always)
        chosen[index] = stamp;
    needles.lastIndex = 0;
    for (let m = needles.exec(text); m; m = needles.exec(text)) {
        for (const index of byNeedle.get(m[0]))
            chosen[index] = stamp;
    }
    let best;
    for (let index = 0; index < parsers.length; index++) {
        if (chosen[index] !== stamp)
            continue;
        const finding = parsers[index].parseLine(text, context);
        if (finding && (!best || finding.weight > best.weight))
            best = finding;
    }
    if (!best)
        return generic_genericParser.parseLine(text, context);
    // The generic reading may only add that it was the environment (disk full, network), not the code.
    if (best.location || best.failingTest)
        return best;
    const generic = genericEnvironment(text);
    if (generic && isEnvironmental(generic) && generic.weight >= 3) {
        return { ...best, category: generic.category, weight: Math.max(best.weight, generic.weight) };
    }
    return best;
}
function isEnvironmental(finding) {
    return ['timeout', 'oom-or-disk', 'permission', 'network', 'infra'].includes(finding.category);
}

;// CONCATENATED MODULE: ./src/diagnose/quick-noise.ts

/**
 * Most lines with an error word are noise (`Tests run: 9, Failures: 0, Errors: 0`, `[INFO]`, stack
 * frames). Outside an error block such a line changes nothing, so the scanner can drop it from the
 * raw bytes, before decoding and normalising it. That is only sound when normalising could not change
 * what the noise patterns see: no carriage-return overwrite, no tab (the `gh run view` prefix), no
 * Travis fold, no workflow command; timestamps and ANSI codes are stripped the same way first.
 */
/** Noise words: the same patterns the scanner applies to normalised lines. */
const NOISE = /(?:\b(?:0 (?:errors?|failures?|failed)|errors?: 0|error[-_]?prone|ignore[-_]?errors?|fail[-_]?fast|allow[-_]failure|continue-on-error|on[Ee]rror|\w+Error\.(?:java|class|kt)|Downloading|Downloaded|Download|DEBUG|WARN(?:ING)?|PASSED|(?<!not )ok|passed|SUCCESS)\b|-Werror|Failures: 0, Errors: 0|^\[(?:INFO|DEBUG|WARNING|WARN)\]|warning:)/;
const STACK_FRAME = /^\s+(?:at |File "|\.\.\. \d+ more)/;
/** A frame in a test file is where a test failed: worth reading. */
const TEST_FRAME = /(?:test|spec)s?\.[cm]?[jt]sx?:\d/;
/** A raw frame whose normalised text (trailing space trimmed) is still a frame; ASCII spaces only. */
const RAW_STACK_FRAME = /^ +(?:at \S|File "|\.\.\. \d+ more)/;
/** The Actions timestamp normalising drops, with the UTF-8 byte order mark as latin1 reads it. */
const RAW_TIMESTAMP = /^(?:\xEF\xBB\xBF)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** What normalising rewrites beyond timestamps and ANSI codes: `\r` overwrites, `gh` prefixes. */
const OVERWRITE_OR_PREFIX = /[\r\t]/;
/** Whether a normalised line is noise or a stack frame outside a test file: detail at most. */
function isNoise(line) {
    return (STACK_FRAME.test(line) && !TEST_FRAME.test(line)) || NOISE.test(line);
}
/**
 * Whether the raw line (latin1, no `\n`) is certainly noise once normalised. False means "not sure":
 * the caller normalises and decides exactly.
 */
function isRawNoise(raw) {
    if (raw.endsWith('\r'))
        raw = raw.slice(0, -1);
    if (OVERWRITE_OR_PREFIX.test(raw))
        return false;
    // The same steps as normaliseLine, in its order; ANSI codes are ASCII, so stripping them from
    // the latin1 text leaves what stripping them from the decoded text leaves.
    const first = raw.charCodeAt(0);
    if ((first >= 48 && first <= 57) || first === 0xef)
        raw = raw.replace(RAW_TIMESTAMP, '');
    if (MAY_HOLD_ANSI.test(raw))
        raw = raw.replace(ANSI, '');
    if (raw.includes('travis_') || raw.includes('##[') || raw.includes('::'))
        return false;
    return (RAW_STACK_FRAME.test(raw) && !TEST_FRAME.test(raw)) || NOISE.test(raw);
}

;// CONCATENATED MODULE: ./src/diagnose/scanner.ts







const TRIGGER = new RegExp(triggerSource(), 'g');
const KEEP_BLOCKS = 120;
const MAX_LINE_BYTES = 8 << 20;
/**
 * 256 KB, not 1 MB: each chunk is also one latin1 string, and strings that large live until a full
 * garbage collection; smaller chunks cut peak RSS by a fifth at the same speed.
 */
const CHUNK_BYTES = 256 << 10;
/** Detail lines that can name a failing test or a location (mocha, PHPUnit, TAP, pytest, rustc). */
const DETAIL_WORTH_READING = /^\s*\d+\) |::|\.\w{1,6}:\d|location: |Problem \d|^E\s|-->|Failure\/Error/;
/**
 * Reads a log once, in chunks, and stops only at lines with an error word (found by one regex over
 * the raw bytes). Memory stays bounded: one chunk, one open block, a capped list of blocks.
 */
async function scanLogFile(file, options) {
    // Synchronous reads: a chunk comes from the page cache in a millisecond, while an async read waits
    // its turn in the thread pool; the scan is the only work of the process meanwhile.
    await (0,promises_.access)(file);
    const handle = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const scan = new Scan(options);
        const size = options.chunkBytes ?? CHUNK_BYTES;
        let buffer = Buffer.allocUnsafe(size);
        let carry = 0;
        for (;;) {
            if (carry === buffer.length) {
                if (buffer.length < MAX_LINE_BYTES)
                    buffer = grow(buffer);
                else {
                    // A line longer than any log line should be: read it in pieces. No `\n` is counted, so
                    // line numbers stay right; memory stays bounded.
                    scan.chunk(buffer);
                    carry = 0;
                }
            }
            const bytesRead = (0,external_node_fs_.readSync)(handle, buffer, carry, buffer.length - carry, null);
            const filled = carry + bytesRead;
            if (bytesRead === 0) {
                if (filled > 0)
                    scan.chunk(buffer.subarray(0, filled));
                break;
            }
            const lastNewline = buffer.lastIndexOf(10, filled - 1);
            if (lastNewline === -1) {
                carry = filled;
                continue;
            }
            scan.chunk(buffer.subarray(0, lastNewline + 1));
            buffer.copy(buffer, 0, lastNewline + 1, filled);
            carry = filled - lastNewline - 1;
        }
        return scan.result();
    }
    finally {
        (0,external_node_fs_.closeSync)(handle);
    }
}
function grow(buffer) {
    // One line longer than a chunk (minified output): grows up to MAX_LINE_BYTES, never beyond.
    const bigger = Buffer.allocUnsafe(buffer.length * 2);
    buffer.copy(bigger);
    return bigger;
}
class Scan {
    options;
    lineNo = 1;
    bytes = 0;
    invalidUtf8 = false;
    endsWithNewline = true;
    step;
    builder;
    findings = new Findings();
    kept = [];
    constructor(options) {
        this.options = options;
        this.builder = new BlockBuilder(options.maxExcerptLines);
    }
    /** `data` holds whole lines (ending in `\n`, except the file's last line at end of file). */
    chunk(data) {
        this.bytes += data.length;
        if (!this.invalidUtf8 && !(0,external_node_buffer_.isUtf8)(data))
            this.invalidUtf8 = true;
        const text = data.toString('latin1');
        const length = text.length;
        let pos = 0;
        let countedPos = 0;
        let nextHit = -1;
        while (pos < length) {
            if (nextHit < pos)
                nextHit = findHit(text, pos);
            if (!this.builder.isOpen && nextHit === Infinity)
                break;
            const lineStart = this.builder.isOpen || nextHit === Infinity ? pos : text.lastIndexOf('\n', nextHit) + 1;
            this.lineNo += countNewlines(text, countedPos, lineStart);
            countedPos = lineStart;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = length;
            pos = lineEnd + 1;
            // Outside a block a noise line changes nothing: dropped before it is decoded or normalised.
            if (!this.builder.isOpen && isRawNoise(text.slice(lineStart, lineEnd)))
                continue;
            const raw = data.toString('utf8', lineStart, lineEnd);
            if (nextHit < lineEnd)
                this.hitLine(raw, text, data, lineStart);
            else
                this.plainLine(raw, text, data, lineStart);
        }
        this.lineNo += countNewlines(text, countedPos, length);
        if (length > 0)
            this.endsWithNewline = text.charCodeAt(length - 1) === 10;
        if (this.kept.length > KEEP_BLOCKS * 3)
            this.prune();
    }
    hitLine(raw, text, data, lineStart) {
        const { text: line, marker } = normaliseLine(raw);
        if (marker === 'group') {
            this.builder.close();
            this.step = line;
            return;
        }
        if (marker === 'endgroup')
            return;
        // Noise (`[INFO]`, `0 errors`, `-Werror`) and stack frames are most keyword lines: detail at most.
        if (marker !== 'error' && isNoise(line)) {
            this.builder.addPlainLine(this.lineNo, line);
            this.closed();
            return;
        }
        const mark = this.options.baselineMarks?.[this.lineNo] ?? 0;
        let finding = classifyLine(line, this.context(text, data, lineStart));
        if (marker === 'error' && (!finding || finding.weight < 3) && !finding?.cascade) {
            finding = {
                tool: finding?.tool ?? 'generic',
                category: finding?.category ?? 'unknown',
                weight: 3,
            };
        }
        if (!finding || finding.weight <= 0) {
            this.builder.addPlainLine(this.lineNo, line);
            this.closed();
            return;
        }
        if (mark === 1)
            finding = { ...finding, weight: 0 };
        else if (mark === 2)
            finding = { ...finding, weight: finding.weight * 0.5 };
        this.findings.add(finding, this.lineNo);
        if (finding.weight >= 1)
            this.builder.addErrorLine(this.lineNo, line, finding, this.step);
        else
            this.builder.addPlainLine(this.lineNo, line);
        this.closed();
    }
    /**
     * A line without a keyword after an error: detail of it. Parsers still read it (the failing test
     * names mocha and PHPUnit print under `N failing`), except stack frames, which are only detail.
     */
    plainLine(raw, text, data, lineStart) {
        const line = normaliseLine(raw).text;
        if (line !== '' &&
            DETAIL_WORTH_READING.test(line) &&
            (!STACK_FRAME.test(line) || TEST_FRAME.test(line)) &&
            this.options.baselineMarks?.[this.lineNo] !== 1) {
            const finding = classifyLine(line, this.context(text, data, lineStart));
            if (finding && (finding.failingTest || finding.location))
                this.findings.add(finding, this.lineNo);
        }
        this.builder.addPlainLine(this.lineNo, line);
        this.closed();
    }
    /** One context object, pointed at the current line: no closure per line. */
    lineContext = new ChunkLineContext();
    context(text, data, lineStart) {
        this.lineContext.text = text;
        this.lineContext.data = data;
        this.lineContext.lineStart = lineStart;
        return this.lineContext;
    }
    /** Moves blocks the builder finished into the kept list. */
    closed() {
        const done = this.builder.finished;
        while (done.length > 0)
            this.kept.push(done.shift());
    }
    /** Keep the earliest strong blocks (root causes come first) and the highest scoring ones. */
    prune() {
        const early = this.kept.filter((b) => b.score >= 2).slice(0, KEEP_BLOCKS);
        const top = [...this.kept].sort((a, b) => b.score - a.score).slice(0, KEEP_BLOCKS);
        const keep = new Set([...early, ...top]);
        const pruned = this.kept.filter((b) => keep.has(b));
        this.kept.length = 0;
        this.kept.push(...pruned);
    }
    result() {
        this.builder.close();
        this.closed();
        this.prune();
        return {
            bytes: this.bytes,
            lineCount: this.bytes === 0 ? 0 : this.lineNo - (this.endsWithNewline ? 1 : 0),
            invalidUtf8: this.invalidUtf8,
            blocks: this.kept,
            findings: this.findings,
            lastStep: this.step,
        };
    }
}
class ChunkLineContext {
    text = '';
    data = Buffer.alloc(0);
    lineStart = 0;
    previousLines(max) {
        return previousLines(this.text, this.data, this.lineStart, max);
    }
}
function findHit(text, from) {
    TRIGGER.lastIndex = from;
    const m = TRIGGER.exec(text);
    if (!m)
        return Infinity;
    // Anchor on the match's last character: a trigger may begin with the newline before its line.
    let anchor = m.index + Math.max(0, m[0].length - 1);
    if (text.charCodeAt(anchor) === 10 && anchor > m.index)
        anchor--;
    return anchor;
}
function countNewlines(text, from, to) {
    let n = 0;
    let at = text.indexOf('\n', from);
    while (at !== -1 && at < to) {
        n++;
        at = text.indexOf('\n', at + 1);
    }
    return n;
}
function* previousLines(text, data, lineStart, max) {
    let end = lineStart - 1;
    for (let i = 0; i < max && end > 0; i++) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        yield normaliseLine(data.toString('utf8', start, end)).text;
        end = start - 1;
    }
}

;// CONCATENATED MODULE: ./src/diagnose/analyse-log.ts



const FLAKY = /\b(?:timed? ?out|Timeout of \d+ms|ECONNRESET|socket hang up|flaky|deadlock|race condition|intermittent|EADDRINUSE)\b/i;
async function analyseLog(file, displayName, options) {
    const notes = [];
    let marks;
    if (options.baselineFile) {
        marks = await baselineMarks(file, options.baselineFile);
        if (!marks)
            notes.push(`baseline not used: ${displayName} or its baseline is too long to align`);
    }
    const scan = await scanLogFile(file, {
        maxExcerptLines: options.maxExcerptLines,
        baselineMarks: marks,
    });
    if (scan.invalidUtf8)
        notes.push(`${displayName} is not valid UTF-8; bad bytes are shown as U+FFFD`);
    const ranked = rankBlocks(scan.blocks, { maxExcerpts: options.maxExcerpts ?? 5 });
    const excerpts = ranked.map((b) => toExcerpt(displayName, b));
    const root = ranked[0];
    const tools = toolsByRelevance(scan.findings.toolWeights, root);
    const category = categoryOf(root, scan.findings.failingTests.length);
    const step = root?.step ?? scan.lastStep;
    return {
        file: displayName,
        category,
        confidence: confidenceOf(root, category, marks !== undefined),
        summary: summaryOf(category, root, tools, step),
        excerpts,
        failingTests: scan.findings.failingTests,
        locations: scan.findings.locations,
        tools,
        ...(step ? { failedStep: step, command: step.replace(/^Run /, '') } : {}),
        lineCount: scan.lineCount,
        bytes: scan.bytes,
        notes,
    };
}
function toExcerpt(file, block) {
    return {
        file,
        startLine: block.startLine,
        endLine: block.startLine + block.lines.length - 1,
        text: block.lines.join('\n'),
    };
}
/** Tools that found errors: the root cause's first, then by how much each found. */
function toolsByRelevance(weights, root) {
    const ordered = [...weights.entries()]
        .filter(([, w]) => w.weight >= 1)
        .sort((x, y) => y[1].weight - x[1].weight || x[1].firstLine - y[1].firstLine)
        .map(([tool]) => tool);
    const first = root?.tools ?? [];
    return [...first, ...ordered.filter((t) => !first.includes(t))];
}
function categoryOf(root, failingTests) {
    if (!root)
        return failingTests > 0 ? 'test' : 'unknown';
    if (root.category === 'test' && FLAKY.test(root.lines.join('\n')))
        return 'flaky-suspect';
    if (root.category === 'unknown' && failingTests > 0)
        return 'test';
    return root.category;
}
function confidenceOf(root, category, withBaseline) {
    if (!root || category === 'unknown')
        return root ? 0.3 : 0.1;
    let confidence = 0.3 + 0.1 * Math.min(root.strongest, 4);
    if (root.tools.length > 0)
        confidence += 0.1;
    if (withBaseline)
        confidence += 0.05;
    if (root.cascadeOnly)
        confidence -= 0.2;
    if (category === 'flaky-suspect')
        confidence -= 0.15;
    return Number(Math.max(0.1, Math.min(0.95, confidence)).toFixed(2));
}
function summaryOf(category, root, tools, step) {
    if (!root)
        return 'No error lines found in the log.';
    const headline = (root.headline ?? root.lines.find((l) => l.trim() !== '') ?? '').trim();
    const short = headline.length > 200 ? `${headline.slice(0, 197)}...` : headline;
    const tool = tools[0] ? ` (${tools[0]})` : '';
    const where = step ? ` in step "${step}"` : '';
    return `${category}${tool} failure${where} at line ${root.startLine}: ${short}`;
}


/***/ }),

/***/ 36186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/** Calls `onLine` for each line of a file split on `\n` only (as line numbers count them). */
async function forEachLine(file, onLine) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        const buffer = Buffer.allocUnsafe(1 << 20);
        let rest = '';
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const text = rest + decoder.write(buffer.subarray(0, bytesRead));
            let start = 0;
            let at = text.indexOf('\n');
            while (at !== -1) {
                if (onLine(text.slice(start, at)) === false)
                    return;
                start = at + 1;
                at = text.indexOf('\n', start);
            }
            rest = text.slice(start);
        }
        rest += decoder.end();
        if (rest !== '')
            onLine(rest);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 29512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ DIAGNOSE_SCHEMA_VERSION),
/* harmony export */   R6: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/* unused harmony export isCategory */
/**
 * The diagnose report: what patch and the self-heal pipeline read. Bump the version on any change
 * a reader could notice; readers check it before trusting the shape.
 */
const DIAGNOSE_SCHEMA_VERSION = 1;
const CATEGORIES = [
    'compile',
    'type-check',
    'test',
    'lint',
    'dependency',
    'config',
    'network',
    'infra',
    'timeout',
    'oom-or-disk',
    'permission',
    'flaky-suspect',
    'unknown',
];
function isCategory(value) {
    return typeof value === 'string' && CATEGORIES.includes(value);
}


/***/ })

};
