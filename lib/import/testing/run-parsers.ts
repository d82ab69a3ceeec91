// Runs every import parser over the adversarial inputs; linear-time.test.ts
// starts it in a Node whose regex engine reports any exec that backtracks
// more than a bound proportional to the input (see that test).
import { finalizeImportText } from '../final-text';
import { removeLines } from '../normalize';
import { prepareImport } from '../prepare';
import { ADVERSARIAL_INPUTS } from './adversarial-inputs';

const referenceDate = new Date('2023-06-01T00:00:00Z');
for (const input of ADVERSARIAL_INPUTS) {
  process.stdout.write(`input: ${input.name}\n`);
  const prepared = prepareImport(input.text, input.format, { referenceDate });
  finalizeImportText(prepared.text, [0]);
  removeLines(input.text, [1]);
}
process.stdout.write('done\n');
