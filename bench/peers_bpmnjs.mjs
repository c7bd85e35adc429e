// bpmn-js in headless Chromium on one BPMN file: import-to-paint and moving one task.
//
//   node bench/peers_bpmnjs.mjs CACHE_DIR CHROMIUM FILE.bpmn RUNS MOVES
//
// CACHE_DIR holds node_modules with bpmn-js and playwright-core (bench/peers.py installs
// them there). Prints one JSON line: {"open_s": [...], "move_ms": [...], "heap_mb": n}.
// Times are taken inside the page, from importXML's call to the second animation frame
// after it (the diagram painted), and from a move's call to the frame after it.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [cacheDir, chromium, file, runs, moves] = process.argv.slice(2);
const require = createRequire(path.join(cacheDir, "package.json"));
const { chromium: launcher } = require("playwright-core");
const dist = path.join(cacheDir, "node_modules", "bpmn-js", "dist");
const xml = readFileSync(file, "utf8");

const browser = await launcher.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--enable-precise-memory-info"],
});
const openTimes = [];
let moveTimes = [];
let heapMb = null;
try {
  for (let run = 0; run < Number(runs); run++) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.setContent('<div id="canvas" style="width:1600px;height:1000px"></div>');
    await page.addStyleTag({ path: path.join(dist, "assets", "diagram-js.css") });
    await page.addStyleTag({ path: path.join(dist, "assets", "bpmn-js.css") });
    await page.addScriptTag({ path: path.join(dist, "bpmn-modeler.production.min.js") });
    const result = await page.evaluate(
      async ({ xml, moves }) => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
        const modeler = new BpmnJS({ container: "#canvas" });
        const started = performance.now();
        await modeler.importXML(xml);
        await frame();
        await frame();
        const open = (performance.now() - started) / 1000;
        const registry = modeler.get("elementRegistry");
        const modeling = modeler.get("modeling");
        const task = registry.filter((e) => e.type === "bpmn:Task" || e.type === "bpmn:UserTask")[0];
        const times = [];
        for (let i = 0; task && i < moves; i++) {
          const t = performance.now();
          modeling.moveElements([task], { x: i % 2 === 0 ? 24 : -24, y: 0 });
          await frame();
          times.push(performance.now() - t);
        }
        const heap = performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null;
        return { open, times, heap };
      },
      { xml, moves: Number(moves) },
    );
    openTimes.push(result.open);
    if (run === 0) {
      moveTimes = result.times;
      heapMb = result.heap;
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ open_s: openTimes, move_ms: moveTimes, heap_mb: heapMb }));
