// The dkg explorer: a page over the JSON API of `dkg serve` (docs/serve.md). It shows
// neighbourhoods, never the whole graph: a search puts one node on the canvas, and each click
// expands one node by one hop (the server cuts a hub's neighbourhood at its limit, with a note).
// Every text from the store is put in the page as text (textContent), never as markup.
'use strict';

// How much of a hub the page asks for at a time: a node's first neighbours on the canvas and its
// first edges on the card, the rest behind "more" buttons, so that opening a node of 263,320
// edges costs what opening one of 100 does. `?first=N` sets both (the tests use a small N).
const FIRST = Math.max(1, Number(new URLSearchParams(location.search).get('first')) || 100);

const state = {
  styles: { kinds: {}, default: { fill: '#ccc', border: '#888', shape: 'round-rectangle' } },
  limit: 500,            // the server's limit (X-Dkg-Limit): no request asks for more
  asOf: '',              // the "as of" date: expansions, lineage and paths within it
  expanded: new Set(),   // node ids whose neighbourhood is on the canvas
  shown: new Map(),      // node id -> how many of its neighbours were asked for
  selected: null,        // the node whose card is open
};

// ---- helpers -----------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, params) {
  const url = new URL('api/' + path, location.href);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const res = await fetch(url);
  const note = res.headers.get('X-Dkg-Note');
  if (res.headers.get('X-Dkg-Limit')) state.limit = Number(res.headers.get('X-Dkg-Limit'));
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try { message = (await res.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  const total = res.headers.get('X-Dkg-Total');
  return { body: res, note, total: total === null ? null : Number(total) };
}

async function apiJson(path, params) {
  const { body, note } = await api(path, params);
  const json = await body.json();
  if (note) showNote(note);
  return json;
}

// The JSON and the number of rows the question has in all (X-Dkg-Total), for pages of a hub.
async function apiPage(path, params) {
  const { body, total } = await api(path, params);
  return { json: await body.json(), total };
}

// The time window the "as of" control sets, as API parameters.
function windowParams() { return state.asOf ? { as_of: state.asOf } : {}; }

function styleOf(kind) { return state.styles.kinds[kind] || state.styles.default; }

function kindBadge(kind) {
  const b = el('span', { class: 'kind' }, kind);
  b.style.background = styleOf(kind).fill;
  return b;
}

function showNote(text) {
  const n = document.getElementById('note');
  n.textContent = text;
  n.hidden = false;
  clearTimeout(showNote.timer);
  showNote.timer = setTimeout(() => { n.hidden = true; }, 8000);
}

function showError(err) { showNote('Error: ' + err.message); }

// Canvas labels: long meeting names are cut (the card has the full name).
function label(node, max = 60) {
  const name = node.name.length > max ? node.name.slice(0, max - 1) + '…' : node.name;
  return name + (node.date ? '\n' + node.date : '');
}

function selectTab(name) {
  for (const b of document.querySelectorAll('#panel nav button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.id === 'tab-' + name);
}

function nodeLink(node) {
  return el('a', { class: 'node', 'data-id': node.id, onclick: () => focusNode(node.id) }, node.name);
}

// ---- the canvas --------------------------------------------------------------------------

const cy = cytoscape({
  container: document.getElementById('cy'),
  wheelSensitivity: 0.3,
  maxZoom: 1.4,  // a few nodes fitted to the canvas must not get giant labels
  minZoom: 0.05,
  hideEdgesOnViewport: true,  // panning and zooming a hub's neighbourhood stays smooth
  textureOnViewport: true,
  style: [
    { selector: 'node', style: {
        'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 140, 'font-size': 10,
        'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': 'data(fill)',
        'border-color': 'data(border)', 'border-width': 2, 'shape': 'data(shape)',
        'width': 26, 'height': 26,
        // A hub's neighbourhood fitted to the canvas has labels too small to read: not drawn
        // until the user zooms in (drawing them was much of the page's time on a hub).
        'min-zoomed-font-size': 7 } },
    { selector: 'node.expanded', style: { 'border-width': 4 } },
    // On a crowded canvas only the expanded nodes are labelled, and a node under the mouse or
    // selected: a hundred labels were most of the time the page took to draw a hub's rings.
    { selector: 'node.quiet', style: { 'label': '' } },
    { selector: 'node.quiet.hover, node.quiet:selected', style: { 'label': 'data(label)', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'overlay-color': '#1a5fb4', 'overlay-opacity': 0.25 } },
    { selector: 'edge', style: {
        'label': 'data(relation)', 'font-size': 8, 'curve-style': 'bezier', 'width': 1.5,
        'target-arrow-shape': 'triangle', 'line-color': '#999', 'target-arrow-color': '#999',
        'text-rotation': 'autorotate', 'text-background-color': '#fafafa',
        'text-background-opacity': 1, 'color': '#555' } },
    { selector: 'edge.crowded', style: { 'label': '', 'target-arrow-shape': 'none', 'curve-style': 'haystack' } },
    { selector: '.path', style: { 'line-color': '#e15759', 'target-arrow-color': '#e15759', 'width': 3 } },
  ],
});

function nodeData(n) {
  const s = styleOf(n.kind);
  return { id: String(n.id), label: label(n), name: n.name, kind: n.kind, date: n.date,
           fill: s.fill, border: s.border, shape: s.shape };
}

// Adds an export-shaped subgraph ({nodes, edges}) to the canvas; returns the new elements.
// Added in one batch: a hub's few hundred neighbours are one redraw, not hundreds.
function addGraph(graph, near) {
  const centre = near ? cy.getElementById(String(near)) : null;
  const at = centre && centre.nonempty() ? centre.position() : { x: 0, y: 0 };
  const nodes = [], edges = [];
  const present = new Set(cy.nodes().map((n) => n.id()));
  graph.nodes.forEach((n, i) => {
    if (present.has(String(n.id))) return;
    present.add(String(n.id));
    const angle = (2 * Math.PI * i) / Math.max(1, graph.nodes.length);
    nodes.push({ group: 'nodes', data: nodeData(n),
                 position: { x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle) } });
  });
  // The elements of a crowded canvas are drawn plain from the start (restyling hundreds of them
  // after they were added cost as much as adding them): edges without labels, nodes without.
  const crowded = present.size > FORCE_DIRECTED_MAX;
  if (crowded) for (const n of nodes) n.classes = 'quiet';
  for (const e of graph.edges) {
    const id = 'e' + e.id;
    if (cy.getElementById(id).nonempty()) continue;
    if (!present.has(String(e.source)) || !present.has(String(e.target))) continue;
    edges.push({ group: 'edges', classes: crowded ? 'crowded' : '',
                 data: { id, source: String(e.source), target: String(e.target), relation: e.relation } });
  }
  let added = cy.collection();
  cy.batch(() => { added = cy.add(nodes.concat(edges)); });
  return added;
}

// A force-directed layout for a readable few dozen nodes; past that (a hub expanded) rings
// around the node last expanded, which costs linear time and keeps the page responsive (the
// force-directed one took a second for a hub's first 100 neighbours on a loaded machine).
const FORCE_DIRECTED_MAX = 60;

// Rings for a crowded canvas, placed here rather than by a cytoscape.js layout and fitted by
// their own extent: the layout and the fit measured every label's box, most of the half second
// (on a loaded machine) a dialogue's first 100 rounds and their 669 edges took to draw. The
// node last expanded in the middle, the other expanded ones on the first ring, the rest outside,
// each ring wide enough for its nodes.
const NODE_SIZE = 26, RING_SPACING = 8, RING_GAP = 90;
function ringLayout(focus) {
  const levels = [[], [], []];
  cy.nodes().forEach((n) => levels[n.id() === String(focus) ? 0 : n.hasClass('expanded') ? 1 : 2].push(n));
  const positions = new Map();
  let radius = 0;
  for (const level of levels) {
    if (!level.length) continue;
    if (positions.size) radius = Math.max(radius + RING_GAP, (level.length * (NODE_SIZE + RING_SPACING)) / (2 * Math.PI));
    level.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / level.length - Math.PI / 2;
      positions.set(n.id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  cy.batch(() => cy.nodes().positions((n) => positions.get(n.id())));
  // Fitted by the rings' extent, with room for a label under the outer ring.
  const extent = radius + NODE_SIZE;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(),
                        Math.min(cy.width() / (2 * extent + 60), cy.height() / (2 * extent + 90))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
}

function relayout(focus) {
  // Only the elements whose look changes are restyled.
  const crowded = cy.nodes().length > FORCE_DIRECTED_MAX;
  cy.batch(() => {
    cy.edges(crowded ? ':not(.crowded)' : '.crowded').toggleClass('crowded', crowded);
    if (crowded) {
      cy.nodes('.expanded.quiet').removeClass('quiet');
      cy.nodes(':not(.expanded):not(.quiet)').addClass('quiet');
    } else {
      cy.nodes('.quiet').removeClass('quiet');
    }
  });
  if (crowded) {
    ringLayout(focus);
    return;
  }
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000,
              nodeOverlap: 20, idealEdgeLength: () => 140, edgeElasticity: () => 100,
              componentSpacing: 100, fit: true, padding: 50, numIter: 1000 }).run();
}

// A node's next page of neighbours (FIRST more at each call; the server reads only the nodes it
// returns), as the export's JSON and the count of all (`total`, the node itself included).
async function fetchExpansion(id) {
  // `want` neighbours; the export's limit counts the node itself too.
  const want = Math.min(state.limit - 1, (state.shown.get(String(id)) || 0) + FIRST);
  const { json: graph, total } = await apiPage('export', { around: '#' + id, depth: 1, format: 'json', limit: Math.max(1, want + 1), ...windowParams() });
  return { graph, total, want };
}

// Draws a fetched expansion: its nodes around the node, and a "more" button when it has more
// neighbours than are shown.
function drawExpansion(id, { graph, total, want }) {
  addGraph(graph, id);
  state.expanded.add(String(id));
  state.shown.set(String(id), want);
  cy.getElementById(String(id)).addClass('expanded');
  relayout(id);
  document.getElementById('help').textContent = cy.nodes().length + ' nodes on the canvas; click one to expand it.';
  const more = document.getElementById('more');
  // `total` counts the node itself with its neighbours.
  const hidden = total === null ? 0 : total - graph.nodes.length;
  if (hidden > 0) {
    const name = cy.getElementById(String(id)).data('name');
    document.getElementById('more-text').textContent =
      name + ': ' + (graph.nodes.length - 1) + ' of ' + (total - 1).toLocaleString('en') + ' neighbours shown. ';
    const button = document.getElementById('more-button');
    button.hidden = want + 1 >= state.limit;
    button.textContent = 'Show ' + Math.min(FIRST, state.limit - want, hidden) + ' more';
    button.onclick = () => expand(id).catch(showError);
    more.hidden = false;
  } else {
    more.hidden = true;
  }
}

// Expands a node by one hop (its next FIRST neighbours).
async function expand(id) { drawExpansion(id, await fetchExpansion(id)); }

// Lets the browser paint what was just put in the page before a long piece of work.
function nextPaint() { return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); }

// Opens a node: its card, and its neighbourhood on the canvas. Both are asked for at once (the
// server answers them side by side); the card is drawn first, as soon as it comes, and the
// canvas after the browser has painted it: laying out a hub's neighbours takes the page a few
// hundred milliseconds on a loaded machine, which the card does not wait for.
async function focusNode(id) {
  const expansion = state.expanded.has(String(id)) ? null : fetchExpansion(id);
  if (expansion) expansion.catch(() => {});  // reported below, once
  try {
    await showCard(id);
  } catch (err) { showError(err); }
  try {
    if (expansion) {
      const fetched = await expansion;
      await nextPaint();
      drawExpansion(id, fetched);
    }
    cy.$(':selected').unselect();
    cy.getElementById(String(id)).select();
  } catch (err) { showError(err); }
}

cy.on('tap', 'node', (evt) => focusNode(evt.target.id()));
cy.on('mouseover', 'node', (evt) => evt.target.addClass('hover'));
cy.on('mouseout', 'node', (evt) => evt.target.removeClass('hover'));

// ---- the node card -----------------------------------------------------------------------

// One edge of a card: its relation, the node at its other end, its evidence sentences.
function edgeRow(e, n) {
  const out = e.source && e.source.id === n.id;
  const other = out ? e.target : e.source;
  const row = el('div', { class: 'edge', 'data-relation': e.relation },
                 out ? '→ ' : '← ', el('span', { class: 'rel' }, e.relation), ' ',
                 other ? nodeLink(other) : '(missing node)', other ? ' ' : null, other ? kindBadge(other.kind) : null,
                 other && other.date ? el('span', { class: 'muted' }, ' ' + other.date) : null);
  for (const ev of e.evidence) {
    row.append(el('div', { class: 'evidence' },
                  el('blockquote', { class: 'evidence-text' }, ev.text),
                  el('a', { href: '#', onclick: (event) => { event.preventDefault(); openDocument(ev.document, ev.start, ev.end); } },
                     'show in document #' + ev.document), el('span', { class: 'muted' }, ' · rule ' + ev.rule)));
  }
  return row;
}

async function showCard(id) {
  // A hub's card: its first FIRST edges; the next pages come from the server on demand.
  const { json: card, total } = await apiPage('node', { q: '#' + id, limit: Math.min(FIRST, state.limit) });
  state.selected = card.node;
  const head = document.getElementById('card-head');
  const tab = document.getElementById('card-body');
  head.replaceChildren();
  tab.replaceChildren();
  const n = card.node;
  head.append(el('h2', { id: 'card-name' }, n.name), kindBadge(n.kind), ' ',
             el('span', { class: 'muted' }, '#' + n.id + (n.date ? ' · ' + n.date : '')));
  if (card.aliases.length) head.append(el('div', {}, 'Also: ' + card.aliases.join('; ')));
  const attrs = Object.entries(card.attrs || {});
  if (attrs.length) head.append(el('div', { class: 'muted' }, attrs.map(([k, v]) => k + ': ' + v).join(' · ')));
  const edgesTotal = total === null ? card.edges.length : total;
  tab.append(el('h4', {}, 'Edges (' + edgesTotal.toLocaleString('en') + ')'));
  tab.append(...card.edges.map((e) => edgeRow(e, n)));
  let shown = card.edges.length;
  if (shown < edgesTotal) {
    const more = el('button', { class: 'more' }, '');
    const label = () => { more.textContent = 'Show ' + Math.min(FIRST, edgesTotal - shown) + ' more edges (' + (edgesTotal - shown).toLocaleString('en') + ' not shown)'; };
    label();
    more.addEventListener('click', async () => {
      try {
        const page = await apiJson('node', { q: '#' + id, offset: shown, limit: Math.min(FIRST, state.limit) });
        more.before(...page.edges.map((e) => edgeRow(e, n)));
        shown += page.edges.length;
        if (shown >= edgesTotal || !page.edges.length) more.remove(); else label();
      } catch (err) { showError(err); }
    });
    tab.append(more);
  }
  if (card.sources.length) {
    tab.append(el('h4', {}, 'Sources'));
    for (const d of card.sources) {
      tab.append(el('div', {}, el('a', { href: '#', onclick: (event) => { event.preventDefault(); openDocument(d.id); } },
                                  d.title || d.source), el('span', { class: 'muted' }, d.date ? ' ' + d.date : '')));
    }
  }
  selectTab('card');
  document.getElementById('lineage').hidden = true;
  // The lineage comes after the card, not before it: a dialogue of thousands of rounds takes the
  // server a second to trace.
  if (['meeting', 'dialogue', 'agreement'].includes(n.kind)) showLineage(n.id).catch(showError);
  document.getElementById('path-from').value = document.getElementById('path-from').value || '#' + n.id;
}

// The document's text with the evidence span [start, end) marked and scrolled into view.
async function openDocument(id, start, end) {
  try {
    const doc = await apiJson('document', { id });
    document.getElementById('doc-title').textContent = doc.document.title || doc.document.source;
    document.getElementById('doc-meta').textContent =
      '#' + doc.document.id + (doc.document.date ? ' · ' + doc.document.date : '') + ' · ' + doc.document.source;
    const pre = document.getElementById('doc-text');
    pre.replaceChildren();
    // Offsets are UTF-8 bytes; the text is cut on bytes and decoded piece by piece.
    const bytes = new TextEncoder().encode(doc.text);
    const dec = new TextDecoder();
    if (start !== undefined && end !== undefined && end <= bytes.length) {
      const mark = el('mark', { class: 'evidence-mark' }, dec.decode(bytes.slice(start, end)));
      pre.append(dec.decode(bytes.slice(0, start)), mark, dec.decode(bytes.slice(end)));
      document.getElementById('doc-view').hidden = false;
      mark.scrollIntoView({ block: 'center' });
    } else {
      pre.textContent = doc.text;
      document.getElementById('doc-view').hidden = false;
    }
  } catch (err) { showError(err); }
}

document.getElementById('doc-close').addEventListener('click', () => { document.getElementById('doc-view').hidden = true; });
document.getElementById('doc-view').addEventListener('click', (e) => { if (e.target.id === 'doc-view') e.target.hidden = true; });

// ---- lineage along time ------------------------------------------------------------------

async function showLineage(id) {
  // Its first FIRST entries (a pre-order forest: what led to the node comes first); "more"
  // fetches the next FIRST from the server and draws the forest again, longer.
  const { json: entries, total } = await apiPage('lineage', { q: '#' + id, limit: Math.min(FIRST, state.limit), ...windowParams() });
  if (!state.selected || state.selected.id !== id) return;  // another node was opened meanwhile
  document.getElementById('lineage').hidden = false;
  const all = total === null ? entries.length : total;
  const alone = all <= 1;
  const chart = document.getElementById('lineage-chart');
  chart.hidden = alone;
  const more = document.getElementById('lineage-more');
  more.hidden = true;
  if (alone) {
    document.getElementById('lineage-note').textContent =
      state.selected.name + ' has no lineage (no announced_at, round_of, follows or agreed_at edge).';
    chart.replaceChildren();
    return;
  }
  const shown = entries.slice();
  const draw = () => {
    document.getElementById('lineage-note').textContent = shown.length < all
      ? 'The first ' + shown.length.toLocaleString('en') + ' of ' + all.toLocaleString('en') + ' entries.' : '';
    drawLineage(shown, parentsOf(shown), id);
    more.hidden = shown.length >= all;
    more.textContent = 'Show ' + Math.min(FIRST, all - shown.length) + ' more entries (' +
                       (all - shown.length).toLocaleString('en') + ' not shown)';
  };
  more.onclick = async () => {
    try {
      const page = await apiJson('lineage', { q: '#' + id, offset: shown.length, limit: Math.min(FIRST, state.limit), ...windowParams() });
      if (!state.selected || state.selected.id !== id) return;
      if (!page.length) { more.hidden = true; return; }
      shown.push(...page);
      draw();
    } catch (err) { showError(err); }
  };
  draw();
}

// Each entry's parent: the nearest earlier entry one level up (entries come as a pre-order
// forest).
function parentsOf(entries) {
  const parents = [];
  const stack = [];
  entries.forEach((e) => {
    stack.length = e.depth;
    parents.push(e.depth > 0 ? stack[e.depth - 1] : null);
    stack[e.depth] = parents.length - 1;
  });
  return parents;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// The lineage along time, as a plain SVG drawing (a second cytoscape.js canvas cost the page
// more than half a second for a dialogue's first 100 rounds): a row per entry in the list's
// order, its mark at its date on one axis (left to right; an undated entry beside its parent),
// a line from its parent's mark, and its name in a column on the right. Clicking opens it.
function drawLineage(entries, parents, focus) {
  const chart = document.getElementById('lineage-chart');
  const ROW = 20, TOP = 22, LEFT = 10, AXIS = 120, GAP = 14, CHAR = 6.3;
  const day = (d) => Date.parse(d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
  const times = entries.map((e) => (e.node.date ? day(e.node.date) : NaN));
  const known = times.filter((t) => !Number.isNaN(t));
  const t0 = known.length ? Math.min(...known) : 0;
  const t1 = known.length ? Math.max(...known) : 1;
  const span = Math.max(1, t1 - t0);
  const xs = [];
  entries.forEach((e, i) => {
    if (!Number.isNaN(times[i])) xs.push(LEFT + AXIS * (times[i] - t0) / span);
    else xs.push(parents[i] !== null ? Math.min(LEFT + AXIS, xs[parents[i]] + 12) : LEFT);
  });
  // Each label fits the panel: its name is cut (the whole name is the mark's tooltip).
  const width = Math.max(360, chart.clientWidth - 2);
  const room = Math.floor((width - LEFT - AXIS - GAP - 6) / CHAR);
  const labels = entries.map((e) => {
    const via = e.via ? e.via + ': ' : '';
    const date = e.node.date ? ' · ' + e.node.date : '';
    const fits = Math.max(12, room - via.length - date.length);
    const name = e.node.name.length > fits ? e.node.name.slice(0, fits - 1) + '…' : e.node.name;
    return via + name + date;
  });
  const root = svgEl('svg', { width, height: TOP + ROW * entries.length + 4, role: 'img', 'aria-label': 'lineage along time' });
  // The axis: the first and last dates at its ends.
  root.append(svgEl('line', { x1: LEFT, x2: LEFT + AXIS, y1: TOP - 6, y2: TOP - 6, class: 'axis' }));
  if (known.length) {
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    root.append(svgEl('text', { x: LEFT, y: TOP - 10, class: 'tick' }, iso(t0)));
    if (t1 > t0) root.append(svgEl('text', { x: LEFT + AXIS, y: TOP - 10, class: 'tick', 'text-anchor': 'end' }, iso(t1)));
  }
  const y = (i) => TOP + ROW * i + ROW / 2;
  entries.forEach((e, i) => {
    if (parents[i] !== null) {
      const p = parents[i];
      root.append(svgEl('path', { d: `M${xs[p]},${y(p)} V${y(i)} H${xs[i]}`, class: 'link' }));
    }
  });
  entries.forEach((e, i) => {
    const s = styleOf(e.node.kind);
    const g = svgEl('g', { class: 'entry' + (e.node.id === focus ? ' focus' : ''), 'data-node': e.node.id,
                           'data-date': e.node.date || '', tabindex: 0, role: 'link' });
    g.append(svgEl('line', { x1: xs[i], x2: LEFT + AXIS + GAP - 4, y1: y(i), y2: y(i), class: 'guide' }));
    g.append(svgEl('circle', { cx: xs[i], cy: y(i), r: 5, fill: s.fill, stroke: s.border }));
    g.append(svgEl('text', { x: LEFT + AXIS + GAP, y: y(i) + 4 }, labels[i]));
    g.append(svgEl('title', {}, e.node.name + ' (' + e.node.kind + (e.node.date ? ', ' + e.node.date : '') +
                                (e.place ? ', ' + e.place.name : '') + ')'));
    g.addEventListener('click', () => focusNode(e.node.id));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') focusNode(e.node.id); });
    root.append(g);
  });
  chart.replaceChildren(root);
}

// ---- search ------------------------------------------------------------------------------

const input = document.getElementById('search');
const suggestions = document.getElementById('suggestions');
let suggestTimer = null;
let active = -1;

input.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(suggest, 120);
});

async function suggest() {
  const q = input.value.trim();
  if (!q) { suggestions.hidden = true; return; }
  try {
    const nodes = await apiJson('suggest', { q, limit: 10 });
    if (input.value.trim() !== q) return;  // typed on meanwhile
    suggestions.replaceChildren();
    active = -1;
    for (const n of nodes) {
      suggestions.append(el('li', { role: 'option', 'data-id': n.id,
                                    onclick: () => { suggestions.hidden = true; input.value = n.name; focusNode(n.id); } },
                            kindBadge(n.kind), n.name, n.date ? el('span', { class: 'muted' }, n.date) : null));
    }
    suggestions.hidden = nodes.length === 0;
  } catch (err) { suggestions.hidden = true; }
}

input.addEventListener('keydown', (e) => {
  const items = [...suggestions.querySelectorAll('li')];
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!items.length) return;
    active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items.forEach((li, i) => li.classList.toggle('active', i === active));
    e.preventDefault();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (active >= 0 && items[active]) items[active].click();
    else { suggestions.hidden = true; fullSearch(input.value.trim()); }
  } else if (e.key === 'Escape') {
    suggestions.hidden = true;
  }
});

async function fullSearch(q) {
  if (!q) return;
  const tab = document.getElementById('tab-results');
  try {
    const r = await apiJson('search', { q });
    tab.replaceChildren(el('h4', {}, 'Names (' + r.nodes.length + ')'));
    for (const m of r.nodes) {
      tab.append(el('div', { class: 'result' }, nodeLink(m.node), ' ', kindBadge(m.node.kind),
                    m.field === 'alias' ? el('span', { class: 'muted' }, ' alias ' + m.matched) : null));
    }
    tab.append(el('h4', {}, 'Documents (' + r.documents.length + ')'));
    for (const d of r.documents) {
      tab.append(el('div', { class: 'result' },
                    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); openDocument(d.document.id); } },
                       d.document.title || d.document.source),
                    el('div', { class: 'ctx' }, d.context)));
    }
    selectTab('results');
  } catch (err) { showError(err); }
}

// ---- path finder -------------------------------------------------------------------------

document.getElementById('path-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const out = document.getElementById('path-result');
  out.replaceChildren();
  try {
    const path = await apiJson('path', { from: document.getElementById('path-from').value,
                                         to: document.getElementById('path-to').value, ...windowParams() });
    if (path.length === null) { out.append(el('p', {}, 'No path within 8 hops' + (state.asOf ? ' as of ' + state.asOf : '') + '.')); return; }
    cy.elements().removeClass('path');
    addGraph({ nodes: path.nodes, edges: path.edges }, path.nodes[0] && path.nodes[0].id);
    out.append(el('p', {}, 'Length ' + path.length + ':'));
    path.edges.forEach((hop, i) => {
      const from = path.nodes[i], to = path.nodes[i + 1];
      const row = el('div', { class: 'hop' }, nodeLink(from), ' —', el('span', { class: 'rel' }, hop.relation), '— ', nodeLink(to));
      for (const ev of hop.evidence) row.append(el('div', { class: 'evidence' }, el('blockquote', {}, ev.text)));
      out.append(row);
      cy.getElementById('e' + hop.id).addClass('path');
    });
    relayout();
  } catch (err) { out.append(el('p', {}, 'Error: ' + err.message)); }
});

// ---- downloads ---------------------------------------------------------------------------

// `let`, not a declaration the tests cannot replace: the browser test checks what each download
// link would save by putting its own function here.
let save = function save(blob, name) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
};

for (const a of document.querySelectorAll('.downloads a')) {
  a.addEventListener('click', async (e) => {
    e.preventDefault();
    const format = a.dataset.format;
    if (!cy.nodes().length) { showNote('Nothing on the canvas to download.'); return; }
    try {
      if (format === 'png') {
        save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'dkg-subgraph.png');
        return;
      }
      // The subgraph on the canvas: its nodes, and the stored edges among them, from the server.
      const ids = cy.nodes().map((n) => n.id()).join(',');
      const { body } = await api('export', { nodes: ids, format });
      save(await body.blob(), 'dkg-subgraph.' + format);
    } catch (err) { showError(err); }
  });
}

// ---- start -------------------------------------------------------------------------------

for (const b of document.querySelectorAll('#panel nav button')) b.addEventListener('click', () => selectTab(b.dataset.tab));

// "As of": the canvas is redrawn with what had happened by that date (meetings and agreements
// after it are left out, and walks do not pass through them); empty: all time.
document.getElementById('as-of-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const value = document.getElementById('as-of').value.trim();
  if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) { showNote('As of: give YYYY, YYYY-MM or YYYY-MM-DD'); return; }
  state.asOf = value;
  const focus = state.selected ? state.selected.id : null;
  cy.elements().remove();
  state.expanded.clear();
  state.shown.clear();
  document.getElementById('more').hidden = true;
  if (focus !== null) await focusNode(focus);
});

(async () => {
  try {
    state.styles = await apiJson('style');
    const legend = document.getElementById('legend');
    for (const [kind, s] of Object.entries(state.styles.kinds)) {
      const swatch = el('i');
      swatch.style.background = s.fill;
      legend.append(el('span', {}, swatch, kind));
    }
    const stats = await apiJson('stats');
    document.getElementById('store').textContent =
      stats.nodes + ' nodes, ' + stats.edges + ' edges, ' + stats.documents + ' documents';
    // ?node=Q opens a node directly (links from elsewhere, and the tests).
    const q = new URLSearchParams(location.search).get('node');
    if (q) focusNode(q.replace(/^#/, ''));
  } catch (err) { showError(err); }
  document.body.dataset.ready = '1';
})();
