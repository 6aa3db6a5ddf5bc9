import { describe, expect, it } from 'vitest';
import { RESULT_PARSERS, parseReport } from './registry.js';
import { ReportFormatError } from './types.js';

/** One small, real-shaped sample per registered parser: a pass, a failure and a skip where the
 *  format has them. Every parser must be listed here; the contract runs over all of them. */
const SAMPLES: Record<string, { text: string; corrupt?: string }> = {
  junit: {
    text: '<?xml version="1.0"?><testsuites><testsuite name="s"><testcase classname="A" name="ok" time="0.1"/><testcase classname="A" name="bad"><failure message="boom">trace</failure></testcase><testcase classname="A" name="skip"><skipped/></testcase></testsuite></testsuites>',
    corrupt: '<testsuites><testsuite name="s"><testcase classname="A" name="ok">',
  },
  trx: {
    text: '<?xml version="1.0"?><TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testId="1" testName="N.C.Ok" outcome="Passed" duration="00:00:00.01"/><UnitTestResult testId="2" testName="N.C.Bad" outcome="Failed" duration="00:00:00.02"><Output><ErrorInfo><Message>boom</Message></ErrorInfo></Output></UnitTestResult></Results><TestDefinitions><UnitTest id="1" name="Ok"><TestMethod className="N.C" name="Ok"/></UnitTest><UnitTest id="2" name="Bad"><TestMethod className="N.C" name="Bad"/></UnitTest></TestDefinitions></TestRun>',
    corrupt: '<TestRun><Results><UnitTestResult testId="1"',
  },
  nunit: {
    text: '<?xml version="1.0"?><test-run><test-suite><test-case name="Ok" fullname="N.C.Ok" classname="N.C" methodname="Ok" result="Passed" duration="0.1"/><test-case name="Bad" fullname="N.C.Bad" classname="N.C" methodname="Bad" result="Failed"><failure><message>boom</message></failure></test-case></test-suite></test-run>',
    corrupt: '<test-run><test-suite>',
  },
  'jest-json': {
    text: JSON.stringify({
      numTotalTests: 2,
      testResults: [
        {
          name: '/r/a.test.js',
          assertionResults: [
            {
              ancestorTitles: ['s'],
              title: 'ok',
              fullName: 's ok',
              status: 'passed',
              duration: 3,
              failureMessages: [],
            },
            {
              ancestorTitles: ['s'],
              title: 'bad',
              fullName: 's bad',
              status: 'failed',
              duration: 1,
              failureMessages: ['Error: boom'],
            },
          ],
        },
      ],
    }),
    corrupt: '{"numTotalTests": 2, "testResults": [{"assertionResults": [',
  },
  'mocha-json': {
    text: JSON.stringify({
      stats: { tests: 2 },
      tests: [
        { title: 'ok', fullTitle: 's ok', file: 'a.js', duration: 1, err: {} },
        { title: 'bad', fullTitle: 's bad', file: 'a.js', duration: 1, err: { message: 'boom' } },
      ],
      pending: [],
      failures: [{ title: 'bad', fullTitle: 's bad', file: 'a.js', err: { message: 'boom' } }],
      passes: [{ title: 'ok', fullTitle: 's ok', file: 'a.js' }],
    }),
    corrupt: '{"stats": {}, "passes": [], "failures": [], "pending": [',
  },
  'rspec-json': {
    text: JSON.stringify({
      examples: [
        {
          description: 'ok',
          full_description: 'S ok',
          status: 'passed',
          file_path: './spec/a_spec.rb',
          line_number: 3,
          run_time: 0.1,
        },
        {
          description: 'bad',
          full_description: 'S bad',
          status: 'failed',
          file_path: './spec/a_spec.rb',
          line_number: 7,
          run_time: 0.1,
          exception: { message: 'boom' },
        },
      ],
      summary_line: '2 examples, 1 failure',
    }),
    corrupt: '{"examples": [{"status": "passed"}], "summary_line": ',
  },
  'go-json': {
    text: [
      '{"Time":"t","Action":"run","Package":"p","Test":"TestOk"}',
      '{"Time":"t","Action":"pass","Package":"p","Test":"TestOk","Elapsed":0.1}',
      '{"Time":"t","Action":"output","Package":"p","Test":"TestBad","Output":"    x_test.go:9: boom\\n"}',
      '{"Time":"t","Action":"fail","Package":"p","Test":"TestBad","Elapsed":0.1}',
    ].join('\n'),
    corrupt:
      '{"Time":"t","Action":"run","Package":"p","Test":"TestOk"}\n{"Time":"t","Action":"pass",',
  },
  'dart-json': {
    text: [
      '{"protocolVersion":"0.1.1","type":"start"}',
      '{"suite":{"id":0,"path":"test/a_test.dart"},"type":"suite"}',
      '{"test":{"id":1,"name":"ok","suiteID":0},"type":"testStart"}',
      '{"testID":1,"result":"success","hidden":false,"skipped":false,"type":"testDone"}',
      '{"test":{"id":2,"name":"bad","suiteID":0},"type":"testStart"}',
      '{"testID":2,"error":"boom","type":"error"}',
      '{"testID":2,"result":"failure","hidden":false,"skipped":false,"type":"testDone"}',
    ].join('\n'),
    corrupt: '{"protocolVersion":"0.1.1","type":"start"}\n{"suite":{"id":0',
  },
  libtest: {
    text: "     Running unittests src/lib.rs (target/debug/deps/x-1)\n\nrunning 2 tests\ntest tests::ok ... ok\ntest tests::bad ... FAILED\n\nfailures:\n\n---- tests::bad stdout ----\nthread 'tests::bad' panicked at src/lib.rs:9:5:\nboom\n\nfailures:\n    tests::bad\n\ntest result: FAILED. 1 passed; 1 failed\n",
  },
  tap: {
    text: "TAP version 13\n# Subtest: s\n    # Subtest: ok\n    ok 1 - ok\n      ---\n      duration_ms: 1\n      ...\n    # Subtest: bad\n    not ok 2 - bad\n      ---\n      duration_ms: 1\n      location: '/r/a.test.mjs:3:3'\n      error: 'boom'\n      ...\n    1..2\nnot ok 1 - s\n1..1\n",
  },
};

describe('every registered result parser', () => {
  it('has a sample here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(RESULT_PARSERS.map((p) => p.id).sort());
  });

  for (const parser of RESULT_PARSERS) {
    describe(parser.id, () => {
      const sample = SAMPLES[parser.id]!;
      it('is the only parser that claims its sample', () => {
        const claimants = RESULT_PARSERS.filter((p) => p.detect(sample.text, 'sample')).map(
          (p) => p.id,
        );
        expect(claimants).toEqual([parser.id]);
      });

      it('reads a passed and a failed test with names and the failure message', () => {
        const report = parseReport(sample.text, 'sample');
        expect(report.format).toBe(parser.id);
        const statuses = report.cases.map((c) => c.status);
        expect(statuses).toContain('passed');
        expect(statuses).toContain('failed');
        for (const test of report.cases) expect(test.name).not.toBe('');
        expect(report.cases.find((c) => c.status === 'failed')?.message).toMatch(/boom/);
      });

      it.skipIf(!sample.corrupt)(
        'turns a truncated file into a ReportFormatError naming the file',
        () => {
          expect(() => parseReport(sample.corrupt!, 'broken.out', parser.id)).toThrow(
            ReportFormatError,
          );
          expect(() => parseReport(sample.corrupt!, 'broken.out', parser.id)).toThrow(
            /^broken\.out: /,
          );
        },
      );
    });
  }

  it('says "empty" for an empty file and "not a format" for anything else', () => {
    expect(() => parseReport('  \n', 'empty.xml')).toThrow(
      'empty.xml: the file is empty: no test results in it',
    );
    expect(() => parseReport('hello world', 'notes.txt')).toThrow(
      /^notes\.txt: not a test report format flaky-rerun reads \(accepted: JUnit XML/,
    );
  });
});
