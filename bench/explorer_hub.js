// Times the explorer page opening nodes, in headless Chromium (puppeteer-core from web/): for
// each node, from the call that opens it (what a click or a suggestion does) to the frame that
// shows its card, its neighbourhood on the canvas and (meetings, dialogues, agreements) its
// lineage; each API request's wait for its first byte; the longest gap between two frames while
// it opened (how long the page could not answer a click); the renderer's main-thread time; then
// how quickly the page answers afterwards (the card's "more" button, a zoom of the canvas).
// Not a test: bench/serve_hub.py runs it against `dkg serve` on the 1M-node store of
// bench/scale.sh. Figures depend on the machine's load: it prints the load average.
//
// usage: node bench/explorer_hub.js URL_OF_DKG_SERVE NODE_ID[,NODE_ID...] [RUNS]
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, ids, runs = '3'] = process.argv.slice(2);
if (!url || !ids) {
  console.error('usage: node bench/explorer_hub.js URL NODE_ID[,NODE_ID...] [RUNS]');
  process.exit(2);
}
const puppeteer = require(path.resolve(__dirname, '..', 'web', 'node_modules', 'puppeteer-core'));
const chromium = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

const ms = (x) => (x === null || x === undefined ? '-' : x.toFixed(0));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : null; };

// In the page: opens `node` and watches it being drawn.
async function openNode(node) {
  const frames = [];
  let watching = true;
  const t0 = performance.now();
  (function tick(t) { frames.push(t); if (watching) requestAnimationFrame(tick); })(t0);
  const long = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
  try { observer.observe({ entryTypes: ['longtask'] }); } catch (e) { /* not supported */ }
  performance.clearResourceTimings();
  const opening = focusNode(String(node));
  const seen = {};
  const head = () => document.querySelector('#card-head .muted');
  const checks = {
    card: () => head() && head().textContent.startsWith('#' + node + ' ') || (head() && head().textContent === '#' + node),
    canvas: () => cy.getElementById(String(node)).hasClass('expanded'),
    lineage: () => !document.getElementById('lineage').hidden && document.querySelectorAll('#lineage-chart .entry').length > 0,
  };
  const deadline = t0 + 60000;
  await new Promise((resolve) => {
    (function poll() {
      const now = performance.now();
      for (const [name, check] of Object.entries(checks)) {
        if (!(name in seen) && check()) seen[name] = now - t0;
      }
      const kind = state.selected && String(state.selected.id) === String(node) ? state.selected.kind : null;
      const wantLineage = ['meeting', 'dialogue', 'agreement'].includes(kind);
      const noLineage = kind && !wantLineage;
      if (('card' in seen && 'canvas' in seen && ('lineage' in seen || noLineage)) || now > deadline) resolve();
      else requestAnimationFrame(poll);
    })();
  });
  await opening;
  // The frame after the last change, so the figures include drawing it.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  watching = false;
  observer.disconnect();
  let gap = 0;
  for (let i = 1; i < frames.length; ++i) gap = Math.max(gap, frames[i] - frames[i - 1]);
  const requests = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/')).map((r) => ({
    api: new URL(r.name).pathname.replace(/^.*\/api\//, '') + ' ' + (new URL(r.name).search.length > 60 ? new URL(r.name).search.slice(0, 60) + '…' : new URL(r.name).search),
    start: r.startTime - t0, wait: r.responseStart - r.requestStart, end: r.responseEnd - t0, bytes: r.decodedBodySize,
    // The server's own figures (Server-Timing): waiting for a connection to the store, answering.
    queued: ((r.serverTiming || []).find((x) => x.name === 'wait') || {}).duration,
    answer: ((r.serverTiming || []).find((x) => x.name === 'answer') || {}).duration,
  }));
  const more = document.querySelector('#card-body button.more');
  return { seen, gap, long: long.length, longest: long.length ? Math.max(...long) : 0, requests,
           nodes: cy.nodes().length, edges: cy.edges().length, cardEdges: document.querySelectorAll('#card-body .edge').length,
           lineage: document.querySelectorAll('#lineage-chart .entry').length, more: more ? more.textContent : '' };
}

// In the page, after a node is open: the card's "more" button and a zoom of the canvas.
async function afterwards() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const out = {};
  const more = document.querySelector('#card-body button.more');
  if (more) {
    const before = document.querySelectorAll('#card-body .edge').length;
    const t0 = performance.now();
    more.click();
    await new Promise((resolve) => {
      (function poll() {
        if (document.querySelectorAll('#card-body .edge').length > before || performance.now() - t0 > 30000) resolve();
        else requestAnimationFrame(poll);
      })();
    });
    await frame();
    out.more = performance.now() - t0;
  }
  const t1 = performance.now();
  cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  await frame();
  await frame();
  out.zoom = performance.now() - t1;
  return out;
}

(async () => {
  const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average at the start: ${load()}; ${os.cpus().length} cores; chromium ${chromium}`);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  const summary = {};
  try {
    for (const id of ids.split(',')) {
      for (let run = 0; run < Number(runs); ++run) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1500, height: 1100 });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
        const m0 = await page.metrics();
        const t = await page.evaluate(openNode, id);
        const m1 = await page.metrics();
        const a = await page.evaluate(afterwards);
        const cpu = (m1.TaskDuration - m0.TaskDuration) * 1000;
        console.log(`#${id} run ${run + 1}: card ${ms(t.seen.card)} ms, canvas ${ms(t.seen.canvas)} ms` +
                    (t.seen.lineage !== undefined ? `, lineage ${ms(t.seen.lineage)} ms` : '') +
                    `; longest frame gap ${ms(t.gap)} ms, ${t.long} long tasks (longest ${ms(t.longest)} ms); ` +
                    `renderer main thread ${ms(cpu)} ms; load ${load()}`);
        console.log(`  drawn: ${t.nodes} nodes and ${t.edges} edges on the canvas, ${t.cardEdges} edges on the card` +
                    (t.lineage ? `, ${t.lineage} lineage entries` : '') + (t.more ? `; "${t.more}"` : ''));
        for (const r of t.requests) {
          console.log(`  GET ${r.api}: sent at ${ms(r.start)} ms, first byte after ${ms(r.wait)} ms ` +
                      `(the server answered in ${ms(r.answer)} ms after waiting ${ms(r.queued)} ms for a connection), ` +
                      `done at ${ms(r.end)} ms, ${r.bytes} bytes`);
        }
        console.log(`  afterwards: card "more" ${ms(a.more)} ms, canvas zoom ${ms(a.zoom)} ms`);
        const s = summary[id] = summary[id] || { card: [], canvas: [], lineage: [], gap: [] };
        s.card.push(t.seen.card); s.canvas.push(t.seen.canvas); s.gap.push(t.gap);
        if (t.seen.lineage !== undefined) s.lineage.push(t.seen.lineage);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const [id, s] of Object.entries(summary)) {
    console.log(`#${id} medians of ${s.card.length}: card ${ms(median(s.card))} ms, canvas ${ms(median(s.canvas))} ms` +
                (s.lineage.length ? `, lineage ${ms(median(s.lineage))} ms` : '') + `, longest frame gap ${ms(median(s.gap))} ms`);
  }
  console.log(`load average at the end: ${load()}`);
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
