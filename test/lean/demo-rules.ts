import path from 'node:path';
import { sharedDataDir } from '../support/shared-data.js';
import { FIXTURES, type Rule } from './stand-in.js';

const corpus = (rel: string) => path.join(sharedDataDir(), 'lean', rel);

/** Recorded outputs replayed as if lake had printed them for the demo project's files. */
export const DEMO_RULES: Rule[] = [
  {
    args: 'build Demo.Basic',
    exact: true,
    text: '✔ [2/2] Built Demo.Basic (0.4s)\nBuild completed successfully.\n',
  },
  {
    args: 'build Demo.Sorry',
    exact: true,
    output: corpus('elab/1892.lean.out.expected'),
    replace: [['1892.lean', 'Demo/Sorry.lean']],
  },
  {
    args: 'build Demo.Broken',
    exact: true,
    output: corpus('elab_fail/1576.lean.out.expected'),
    replace: [['1576.lean', 'Demo/Broken.lean']],
    exit: 1,
  },
  { args: 'build Demo.Slow', exact: true, hang: true, text: '✔ [1/2] Built Demo.Basic\n' },
  {
    args: 'env lean .lake/kintsugi/PrintAxioms.lean',
    output: path.join(FIXTURES, 'print-axioms.txt'),
    replace: [
      ['T.p', 'Demo.clean'],
      ['T.q', 'Demo.uses_half'],
      ['T.r', 'Demo.double_eq'],
    ],
  },
  {
    args: '-DmaxHeartbeats=1000 Demo/Heavy.lean',
    output: path.join(FIXTURES, 'lean-json.txt'),
    replace: [['x.lean', 'Demo/Heavy.lean']],
    exit: 1,
  },
  { contains: 'omega', args: 'candidates', exit: 0, text: '' },
  {
    args: 'candidates',
    output: corpus('elab_fail/2634.lean.out.expected'),
    replace: [['2634.lean', 'Candidate.lean']],
    exit: 1,
  },
];
