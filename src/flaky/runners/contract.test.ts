import { describe, expect, it } from 'vitest';
import { splitCommand } from '../shell.js';
import { withVitestJson } from './javascript.js';
import { goRunPattern, pytestNodeId } from './native.js';
import { dotnetFilterValue } from './jvm-and-more.js';
import { FRAMEWORK_ADAPTERS, adapterFor, detectFramework } from './registry.js';
import { FRAMEWORKS, type TestRef } from './types.js';

const CONTEXT = { cwd: '/repo', reportDir: '/tmp/out' };
/** Names that break naive filters: regex metacharacters, quotes, spaces, parameters. */
const TRICKY: TestRef[] = [
  {
    name: 'math adds (a+b) * [x] $y ^z | w?.',
    classname: 'math',
    file: '/repo/src/math.test.ts',
    line: 3,
  },
  {
    name: `math it's "quoted" and spaced`,
    classname: 'math',
    file: '/repo/src/math.test.ts',
    line: 9,
  },
];

/** The words of each invocation, as the shell will pass them: proves the quoting round-trips. */
function words(command: string): string[] {
  const split = splitCommand(command);
  expect(split, command).toBeDefined();
  return split!;
}

function valueAfter(list: string[], flag: string): string {
  const inline = list.find((w) => w.startsWith(`${flag}=`));
  if (inline) return inline.slice(flag.length + 1);
  const at = list.indexOf(flag);
  expect(at, `${flag} in ${list.join(' ')}`).toBeGreaterThanOrEqual(0);
  return list[at + 1]!;
}

describe('every registered framework adapter', () => {
  it('covers every framework the action accepts', () => {
    expect(FRAMEWORK_ADAPTERS.map((a) => a.id).sort()).toEqual([...FRAMEWORKS].sort());
  });

  for (const adapter of FRAMEWORK_ADAPTERS) {
    it(`${adapter.id}: suite and re-run commands survive the shell and name a result source`, () => {
      const suite = adapter.suite(adapter.defaultCommand, CONTEXT);
      words(suite.command);
      const reruns = adapter.rerun(adapter.defaultCommand, TRICKY, CONTEXT);
      expect(reruns.length).toBeGreaterThan(0);
      for (const invocation of reruns) {
        expect(words(invocation.command).length).toBeGreaterThan(
          words(adapter.defaultCommand).length,
        );
        expect(invocation.results.kind).toMatch(/file|stdout|glob/);
      }
      expect(adapter.matchesCommand(words(adapter.defaultCommand))).toBe(true);
    });
  }
});

describe('each framework selects exactly the failed tests', () => {
  const regexFlags: Record<string, string> = {
    vitest: '-t',
    jest: '-t',
    mocha: '--grep',
    node: '--test-name-pattern',
  };
  for (const [id, flag] of Object.entries(regexFlags)) {
    it(`${id}: the ${flag} pattern matches each full name and not its neighbours`, () => {
      const [invocation] = adapterFor(id as never).rerun(
        adapterFor(id as never).defaultCommand,
        TRICKY,
        CONTEXT,
      );
      const pattern = new RegExp(valueAfter(words(invocation!.command), flag));
      for (const test of TRICKY) {
        expect(pattern.test(test.name), test.name).toBe(true);
        expect(pattern.test(`${test.name} too`), `${test.name} too`).toBe(false);
      }
      if (id !== 'node') expect(words(invocation!.command)).toContain('src/math.test.ts');
    });
  }

  it('playwright: -g matches the titles', () => {
    const [invocation] = adapterFor('playwright').rerun('npx playwright test', TRICKY, CONTEXT);
    const pattern = new RegExp(valueAfter(words(invocation!.command), '-g'));
    for (const test of TRICKY) expect(pattern.test(test.name)).toBe(true);
  });

  it('go: -run is anchored and QuoteMeta-escaped per subtest level, one process per package and depth', () => {
    expect(goRunPattern(['TestX/sub_case'])).toBe('^TestX$/^sub_case$');
    expect(goRunPattern(['TestTable/1+2=3_(ok)'])).toBe('^TestTable$/^1\\+2=3_\\(ok\\)$');
    expect(goRunPattern(['TestA', 'TestB'])).toBe('^(TestA|TestB)$');
    const tests: TestRef[] = [
      { name: 'TestTable', classname: 'ex.com/m/calc' },
      { name: 'TestTable/flaky_[once]', classname: 'ex.com/m/calc' },
      { name: 'TestTop', classname: 'ex.com/m/calc' },
      { name: 'TestOther', classname: 'ex.com/m/io' },
    ];
    const commands = adapterFor('go')
      .rerun('go test -race ./...', tests, CONTEXT)
      .map((i) => words(i.command));
    expect(commands).toEqual([
      [
        'go',
        'test',
        '-race',
        '-json',
        '-count=1',
        '-run',
        '^TestTable$/^flaky_\\[once\\]$',
        'ex.com/m/calc',
      ],
      ['go', 'test', '-race', '-json', '-count=1', '-run', '^TestTop$', 'ex.com/m/calc'],
      ['go', 'test', '-race', '-json', '-count=1', '-run', '^TestOther$', 'ex.com/m/io'],
    ]);
    const level = new RegExp(goRunPattern(['TestTable/flaky_[once]']).split('/')[1]!);
    expect(level.test('flaky_[once]')).toBe(true);
    expect(level.test('flaky_o')).toBe(false);
  });

  it('pytest: node ids keep parameters and classes; paths in the command are dropped', () => {
    expect(
      pytestNodeId(
        { name: 'test_x[a-b]', classname: 'tests.test_orders', file: 'tests/test_orders.py' },
        '/repo',
      ),
    ).toBe('tests/test_orders.py::test_x[a-b]');
    expect(
      pytestNodeId(
        {
          name: 'test_y[x y]',
          classname: 'tests.test_orders.TestShip',
          file: 'tests/test_orders.py',
        },
        '/repo',
      ),
    ).toBe('tests/test_orders.py::TestShip::test_y[x y]');
    const [invocation] = adapterFor('pytest').rerun(
      'pytest ./tests -x',
      [
        {
          name: 'test_y[x y]',
          classname: 'tests.test_orders.TestShip',
          file: 'tests/test_orders.py',
        },
      ],
      CONTEXT,
    );
    const list = words(invocation!.command);
    expect(list).toContain('tests/test_orders.py::TestShip::test_y[x y]');
    expect(list).not.toContain('./tests');
    expect(list).toContain('-x');
  });

  it('cargo: exact names after --, into an existing -- if there is one', () => {
    const tests = [{ name: 'tests::nested::flaky', classname: 'src/lib.rs' }];
    expect(
      words(adapterFor('cargo').rerun('cargo test --offline', tests, CONTEXT)[0]!.command),
    ).toEqual(['cargo', 'test', '--offline', '--', '--exact', 'tests::nested::flaky']);
    expect(
      words(adapterFor('cargo').rerun('cargo test -- --nocapture', tests, CONTEXT)[0]!.command),
    ).toEqual(['cargo', 'test', '--', '--nocapture', '--exact', 'tests::nested::flaky']);
  });

  it('nextest, maven, gradle, rspec, phpunit, dotnet: their own filter syntax', () => {
    const java: TestRef[] = [
      { name: 'adds[1]', classname: 'com.acme.CalcTest' },
      { name: 'subtracts', classname: 'com.acme.CalcTest' },
    ];
    expect(words(adapterFor('maven').rerun('mvn -B test', java, CONTEXT)[0]!.command)).toContain(
      '-Dtest=com.acme.CalcTest#adds+subtracts',
    );
    expect(
      words(adapterFor('gradle').rerun('./gradlew test', java, CONTEXT)[0]!.command).join(' '),
    ).toContain('--tests com.acme.CalcTest.adds --tests com.acme.CalcTest.subtracts');
    expect(
      words(adapterFor('rspec').rerun('bundle exec rspec spec/', TRICKY, CONTEXT)[0]!.command),
    ).toEqual(expect.arrayContaining(['src/math.test.ts:3', 'src/math.test.ts:9']));
    const php = words(
      adapterFor('phpunit').rerun(
        'vendor/bin/phpunit',
        [{ name: 'testAdds with data set #0', classname: 'Tests.CalcTest' }],
        CONTEXT,
      )[0]!.command,
    );
    const filter = valueAfter(php, '--filter');
    expect(new RegExp(filter.slice(1, -1)).test('CalcTest::testAdds with data set #1')).toBe(true);
    expect(dotnetFilterValue('Ns.C.M(a: 1, b: "x|y")')).toBe('Ns.C.M\\(a: 1, b: "x\\|y"\\)');
    expect(
      valueAfter(
        words(
          adapterFor('dotnet').rerun(
            'dotnet test',
            [{ name: 'Adds(1)', classname: 'Ns.Calc' }],
            CONTEXT,
          )[0]!.command,
        ),
        '--filter',
      ),
    ).toBe('FullyQualifiedName=Ns.Calc.Adds\\(1\\)');
    const nextest = valueAfter(
      words(
        adapterFor('nextest').rerun(
          'cargo nextest run',
          [{ name: 'tests::a', classname: 'crate' }],
          CONTEXT,
        )[0]!.command,
      ),
      '-E',
    );
    expect(nextest).toBe('test(/^tests::a$/)');
  });
});

describe('framework auto-detection', () => {
  it('reads the command, then npm scripts, then project files', () => {
    expect(detectFramework('npx vitest run', '/nonexistent')).toBe('vitest');
    expect(detectFramework('python -m pytest -q', '/nonexistent')).toBe('pytest');
    expect(detectFramework('cargo nextest run', '/nonexistent')).toBe('nextest');
    expect(detectFramework('go test ./...', '/nonexistent')).toBe('go');
    expect(() => detectFramework('make check', '/nonexistent')).toThrow(
      /^Input framework is auto but the framework could not be told from the command "make check"/,
    );
  });
});

describe("vitest keeps the user's own reporter and file", () => {
  it('moves a plain --outputFile to the per-reporter form (vitest refuses two plain ones)', () => {
    expect(
      words(
        withVitestJson(
          'npx vitest run --reporter=junit --outputFile=reports/junit.xml',
          '/o/v.json',
          [],
        ),
      ),
    ).toEqual([
      'npx',
      'vitest',
      'run',
      '--reporter=junit',
      '--outputFile.junit=reports/junit.xml',
      '--reporter=json',
      '--outputFile.json=/o/v.json',
    ]);
    expect(words(withVitestJson('npm test', '/o/v.json', ['-t', 'x y']))).toEqual([
      'npm',
      'test',
      '--',
      '-t',
      'x y',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=/o/v.json',
    ]);
  });
});
