// Loads BPMN files with bpmn-moddle (the model reader of bpmn-js and Camunda Modeler) and
// prints one JSON line per file: its warnings, or the error that stopped the import.
// With --time N it also times fromXML over N runs (the benchmark's comparison figure).
import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';

const args = process.argv.slice(2);
let runs = 0;
if (args[0] === '--time') {
  runs = Number(args[1]);
  args.splice(0, 2);
}

const moddle = new BpmnModdle();
for (const file of args) {
  const xml = await readFile(file, 'utf8');
  const report = { file, warnings: [], error: null };
  try {
    const { warnings } = await moddle.fromXML(xml);
    report.warnings = warnings.map((w) => w.message);
  } catch (error) {
    report.error = String(error && error.message || error);
  }
  if (runs > 0) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      try { await moddle.fromXML(xml); } catch (error) { /* reported above */ }
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    report.ms = times[Math.floor(times.length / 2)];
  }
  console.log(JSON.stringify(report));
}
