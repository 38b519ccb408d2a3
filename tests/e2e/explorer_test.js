// End-to-end test of the explorer page of `dkg serve` in headless Chromium (Debian's chromium,
// driven by puppeteer-core from web/node_modules): on a store of the seed document, search
// "Misri", expand him, open the meeting he co-chaired on 2024-11-27, see the sentence that says
// so, and its lineage back to the 2024-08-20 2+2 meeting. Saves screenshots in OUT_DIR.
//
// usage: node explorer_test.js DKG_BINARY SEED_DOCUMENT WEB_DIR OUT_DIR
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [dkg, seed, webDir, outDir] = process.argv.slice(2);
const puppeteer = require(path.resolve(webDir, 'node_modules', 'puppeteer-core'));

function fail(message) {
  console.error('FAIL: ' + message);
  process.exitCode = 1;
  throw new Error(message);
}

function check(condition, message) {
  if (!condition) fail(message);
  console.log('ok: ' + message);
}

function findChromium() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (p && fs.existsSync(p)) return p;
  }
  fail('no chromium found (scripts/deps.sh installs Debian\'s chromium)');
}

// Starts `dkg serve --port 0` and resolves with its URL, read from the line it prints.
function serve(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(dkg, ['--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error('dkg serve exited ' + code + ': ' + err)));
    // unref: a pending timer kept the test running 20 s after dkg serve started, whatever
    // the test took (8 s of the ctest's 21 s).
    setTimeout(() => reject(new Error('dkg serve did not start: ' + err)), 20000).unref();
  });
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dkg-e2e-'));
  const db = path.join(dir, 'seed.db');
  execFileSync(dkg, ['--db', db, 'import', seed], { stdio: 'ignore' });
  fs.mkdirSync(outDir, { recursive: true });
  const { child, url } = await serve(db);
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1500, height: 1100 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // No request may leave the machine: everything the page needs comes from dkg.
    const outside = [];
    page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url()); });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });

    // Search: suggestions while typing.
    await page.type('#search', 'Misri', { delay: 30 });
    await page.waitForFunction(() => [...document.querySelectorAll('#suggestions li')]
      .some((li) => li.textContent.includes('Vikram Misri')), { timeout: 10000 });
    check(true, 'typing "Misri" suggests Vikram Misri');
    await page.evaluate(() => [...document.querySelectorAll('#suggestions li')]
      .find((li) => li.textContent.includes('Vikram Misri')).click());

    // Expanded on the canvas, card open (the page asks for both at once: either may come first).
    await page.waitForFunction(() => document.getElementById('card-name') &&
      document.getElementById('card-name').textContent === 'Vikram Misri' && cy.nodes().length >= 3, { timeout: 10000 });
    const onCanvas = await page.evaluate(() => cy.nodes().map((n) => n.data('name')));
    check(onCanvas.length >= 3 && onCanvas.includes('India') && onCanvas.some((n) => n.includes('Dialogue on Economic Security')),
      'Misri is expanded on the canvas: ' + onCanvas.join(' | '));

    // The meeting he co-chaired on 2024-11-27, opened by clicking its node on the canvas.
    const meeting = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('#card-body .edge[data-relation="cochaired"]')];
      const row = rows.find((r) => r.textContent.includes('2024-11-27'));
      return row ? Number(row.querySelector('a.node').dataset.id) : null;
    });
    check(meeting !== null, 'his card lists a meeting co-chaired on 2024-11-27');
    const box = await page.evaluate((id) => {
      const n = cy.getElementById(String(id));
      cy.fit(undefined, 60);
      const p = n.renderedPosition();
      const r = document.getElementById('cy').getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, meeting);
    await page.mouse.click(box.x, box.y);
    // Its card, then (drawn after the card) its neighbourhood on the canvas.
    await page.waitForFunction((id) => document.querySelector('#card-head .muted') &&
      document.querySelector('#card-head .muted').textContent.startsWith('#' + id) &&
      cy.getElementById(String(id)).hasClass('expanded'), { timeout: 10000 }, meeting);
    const card = await page.evaluate(() => ({
      name: document.getElementById('card-name').textContent,
      evidence: [...document.querySelectorAll('#card-body .edge[data-relation="cochaired"] .evidence-text')].map((e) => e.textContent),
    }));
    check(card.name.includes('Dialogue on Economic Security'), 'clicking the meeting opens its card: ' + card.name);
    check(card.evidence.length > 0 && card.evidence.some((t) => t.includes('Misri')),
      'its co-chair evidence sentence is shown: "' + (card.evidence[0] || '') + '"');

    // Its lineage, back to the 2+2 meeting of 2024-08-20.
    await page.waitForFunction(() => !document.getElementById('lineage').hidden &&
      document.querySelectorAll('#lineage-chart .entry').length > 1, { timeout: 10000 });
    const lineage = await page.evaluate(() => [...document.querySelectorAll('#lineage-chart .entry text')].map((t) => t.textContent));
    check(lineage.some((t) => t.includes('2+2') && t.includes('2024-08-20')), 'the lineage goes back to the 2024-08-20 2+2 meeting: ' + lineage.join(' | '));
    const laidOut = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('#lineage-chart .entry')]
        .map((g) => ({ x: Number(g.querySelector('circle').getAttribute('cx')), date: g.dataset.date }));
      const byDate = marks.filter((m) => m.date).sort((a, b) => a.date.localeCompare(b.date));
      return byDate.length > 1 && byDate.every((m, i) => i === 0 || m.x >= byDate[i - 1].x) &&
        byDate[byDate.length - 1].x > byDate[0].x;
    });
    check(laidOut, 'the lineage is laid out along time (later is further right)');
    // The screenshot shows all three: Misri expanded on the canvas, the meeting's card with the
    // co-chair sentence in view, and its lineage.
    await page.evaluate(() => document.querySelector('#card-body .edge[data-relation="cochaired"] .evidence-text')
      .scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: path.join(outDir, 'explorer.png') });
    console.log('screenshot: ' + path.join(outDir, 'explorer.png'));

    // The evidence sentence highlighted inside its document.
    await page.evaluate(() => document.querySelector('#card-body .edge[data-relation="cochaired"] .evidence a').click());
    await page.waitForFunction(() => !document.getElementById('doc-view').hidden &&
      document.querySelector('mark.evidence-mark'), { timeout: 10000 });
    const mark = await page.evaluate(() => document.querySelector('mark.evidence-mark').textContent);
    check(card.evidence.includes(mark), 'the sentence is highlighted inside its document');
    await page.screenshot({ path: path.join(outDir, 'explorer-document.png') });
    await page.click('#doc-close');

    // Path finder.
    await page.evaluate(() => {
      document.getElementById('path-from').value = 'Vikram Misri';
      document.getElementById('path-to').value = 'Masataka Okano';
      document.querySelector('#path-form button').click();
    });
    await page.waitForFunction(() => document.querySelectorAll('#path-result .hop').length > 0, { timeout: 10000 });
    check(true, 'the path finder connects Misri and Okano');

    // Downloads: what each link saves, for the subgraph on the canvas.
    const saved = await page.evaluate(async () => {
      const out = {};
      const realSave = save;
      save = async (blob, name) => { out[name] = { size: blob.size, text: await blob.text() }; };
      const links = document.querySelectorAll('.downloads a');
      for (const a of links) a.click();
      // Until each link has saved its file (at most 10 s), not a fixed wait.
      for (const t0 = Date.now(); Object.keys(out).length < links.length && Date.now() - t0 < 10000;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      save = realSave;
      return { out, nodes: cy.nodes().length };
    });
    const got = saved.out;
    check(got['dkg-subgraph.graphml'] && got['dkg-subgraph.graphml'].text.includes('<graphml'), 'the canvas downloads as GraphML');
    const json = got['dkg-subgraph.json'] ? JSON.parse(got['dkg-subgraph.json'].text) : { nodes: [] };
    check(json.nodes.length === saved.nodes && json.edges.length > 0, 'the canvas downloads as JSON (' + json.nodes.length + ' nodes, ' + (json.edges || []).length + ' edges)');
    check(got['dkg-subgraph.dot'] && got['dkg-subgraph.dot'].text.startsWith('digraph'), 'the canvas downloads as DOT');
    check(got['dkg-subgraph.png'] && got['dkg-subgraph.png'].text.includes('PNG') && got['dkg-subgraph.png'].size > 10000,
      'the canvas downloads as PNG (' + (got['dkg-subgraph.png'] || {}).size + ' bytes)');

    const misri = await page.evaluate(() => cy.nodes().filter((n) => n.data('name') === 'Vikram Misri')[0].id());
    // As of a date before the 2024-11-27 round: Misri's canvas is redrawn without it.
    await page.goto(url + '?node=' + misri, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('card-name') &&
      document.getElementById('card-name').textContent === 'Vikram Misri' && cy.nodes().length >= 3, { timeout: 10000 });
    const allDates = await page.evaluate(() => cy.nodes().map((n) => n.data('date')).filter((d) => d));
    await page.evaluate(() => { document.getElementById('as-of').value = '2024-09'; });
    await page.evaluate(() => document.getElementById('as-of-form').requestSubmit());
    await page.waitForFunction(() => state.asOf === '2024-09' && cy.nodes().length > 1, { timeout: 10000 });
    const dates = await page.evaluate(() => cy.nodes().map((n) => n.data('date')).filter((d) => d));
    check(allDates.includes('2024-11-27') && !dates.includes('2024-11-27'),
      'as of 2024-09 the canvas leaves out the 2024-11-27 round (dates before: ' + allDates.join(', ') + '; after: ' + dates.join(', ') + ')');

    // A hub a page at a time (?first=1 makes Misri one): one neighbour on the canvas and one
    // edge on his card, and the "more" buttons fetch the rest from the server.
    await page.goto(url + '?first=1&node=' + misri, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.getElementById('more').hidden &&
      document.querySelector('#card-body button.more'), { timeout: 10000 });
    const paged = await page.evaluate(() => ({ nodes: cy.nodes().length, edges: document.querySelectorAll('#card-body .edge').length,
                                               text: document.getElementById('more-text').textContent }));
    check(paged.nodes === 2 && paged.edges === 1 && /1 of \d+ neighbours shown/.test(paged.text),
      'a hub opens a page at a time: ' + paged.text + ' ' + paged.edges + ' edges on the card');
    await page.click('#more-button');
    await page.click('#card-body button.more');
    await page.waitForFunction((n) => cy.nodes().length > n && document.querySelectorAll('#card-body .edge').length > 1,
      { timeout: 10000 }, paged.nodes);
    check(true, 'the "more" buttons add neighbours to the canvas and edges to the card');

    // A lineage a page at a time too: the meeting's first entry, then the next from the server.
    await page.goto(url + '?first=1&node=' + meeting, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.getElementById('lineage-more').hidden &&
      document.querySelectorAll('#lineage-chart .entry').length === 1, { timeout: 10000 });
    const lineageNote = await page.evaluate(() => document.getElementById('lineage-note').textContent);
    await page.click('#lineage-more');
    await page.waitForFunction(() => document.querySelectorAll('#lineage-chart .entry').length === 2, { timeout: 10000 });
    const twoEntries = await page.evaluate(() => [...document.querySelectorAll('#lineage-chart .entry text')].map((t) => t.textContent));
    check(/The first 1 of \d+ entries/.test(lineageNote) && twoEntries[0].includes('2+2') && twoEntries[1].startsWith('announced: '),
      'a lineage opens a page at a time and "more" fetches the next: ' + lineageNote + ' ' + twoEntries.join(' | '));

    check(errors.length === 0, 'no script errors' + (errors.length ? ': ' + errors.join('; ') : ''));
    check(outside.length === 0, 'no request leaves dkg' + (outside.length ? ': ' + outside.join(' ') : ''));
  } finally {
    await browser.close();
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
