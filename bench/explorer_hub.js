// Times the explorer page opening a node, in headless Chromium (puppeteer-core from web/): the
// click-to-done time of expanding it on the canvas and opening its card, then how quickly the
// page answers afterwards. For the 1M-node store of bench/scale.sh (its hub #130 has 263,320
// edges); not part of the tests.
//
// usage: node bench/explorer_hub.js URL_OF_DKG_SERVE NODE_ID [RUNS]
'use strict';

const fs = require('fs');
const path = require('path');

const [url, id, runs = '3'] = process.argv.slice(2);
const puppeteer = require(path.resolve(__dirname, '..', 'web', 'node_modules', 'puppeteer-core'));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    for (let run = 0; run < Number(runs); ++run) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1500, height: 1100 });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
      const t = await page.evaluate(async (node) => {
        // Where the time goes: each step of opening a node, timed by wrapping it.
        const spent = {};
        for (const name of ['apiJson', 'apiPage', 'expand', 'addGraph', 'relayout', 'showCard']) {
          const f = window[name];
          if (typeof f !== 'function') continue;  // an older page
          window[name] = function (...args) {
            const s0 = performance.now();
            const r = f.apply(this, args);
            const done = () => { spent[name] = (spent[name] || 0) + performance.now() - s0; };
            if (r && typeof r.then === 'function') return r.finally(done);
            done();
            return r;
          };
        }
        const t0 = performance.now();
        await focusNode(node);
        // Until the browser has drawn the result (two animation frames after the last change).
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const done = performance.now() - t0;
        // Responsiveness afterwards: a selection on the canvas and a frame.
        const t1 = performance.now();
        cy.nodes()[1].select();
        await new Promise((r) => requestAnimationFrame(r));
        return { spent, open: done, select: performance.now() - t1, nodes: cy.nodes().length,
                 edges: document.querySelectorAll('#card-body .edge').length,
                 more: !document.getElementById('more') || document.getElementById('more').hidden ? '' : document.getElementById('more-text').textContent };
      }, id);
      console.log(`run ${run + 1}: opened #${id} in ${t.open.toFixed(0)} ms (${t.nodes} nodes on the canvas, ` +
                  `${t.edges} edges on the card; "${t.more}"); then a selection in ${t.select.toFixed(1)} ms`);
      console.log('  ' + Object.entries(t.spent).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ') +
                  ' (expand: the canvas, with its request; showCard: the card, with its request; the two overlap)');
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
