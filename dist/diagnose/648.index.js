export const id = 648;
export const ids = [648];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_LENGTH, markerLine, stickyBody */
/**
 * One comment per (issue or PR, purpose) that Kintsugi keeps up to date instead of adding a new
 * comment on every run. It is found again by a hidden marker on its first line.
 */
/** GitHub rejects comment bodies longer than this. */
const MAX_COMMENT_LENGTH = 65_536;
function markerLine(marker) {
    if (!/^[\w.:-]+$/.test(marker))
        throw new Error(`sticky comment marker "${marker}" may only hold letters, digits, - _ . :`);
    return `<!-- kintsugi:${marker} -->`;
}
/** The marker, then the body, cut with a note when the whole would exceed GitHub's limit. */
function stickyBody(marker, body) {
    const head = `${markerLine(marker)}\n`;
    const full = head + body;
    if (full.length <= MAX_COMMENT_LENGTH)
        return full;
    const note = `\n\n… _truncated: ${body.length.toLocaleString('en-US')} characters did not fit in one comment; the full text is in the job summary and the report artifact._`;
    let keep = MAX_COMMENT_LENGTH - head.length - note.length;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(body.charAt(keep - 1)))
        keep -= 1;
    return head + body.slice(0, keep) + note;
}
/** Finds our comment by its marker (paginating through all comments) and updates or creates it. */
async function upsertStickyComment(octokit, comment) {
    const { owner, repo, issueNumber } = comment;
    const marker = markerLine(comment.marker);
    const body = stickyBody(comment.marker, comment.body);
    const existing = await findStickyComment(octokit, { owner, repo, issueNumber, marker });
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: existing,
            body,
        });
        return { id: data.id, url: data.html_url, created: false };
    }
    const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
    });
    return { id: data.id, url: data.html_url, created: true };
}
async function findStickyComment(octokit, where) {
    const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issueNumber,
        per_page: 100,
    });
    for await (const { data } of iterator) {
        const found = data.find((c) => c.body?.startsWith(where.marker));
        if (found)
            return found.id;
    }
    return undefined;
}


/***/ })

};
