'use strict';
// newskg's pages: everything comes from the SPARQL endpoint, through the bundled queries in /app/queries/.
const ENDPOINT = '/newskg/sparql';
const BUNDLED = ['people', 'organizations', 'products', 'deals', 'timeline', 'figures', 'entity-profile',
  'deals-by-company', 'article-contributions', 'articles'];
// A page shows at most this many rows: a query without a LIMIT of its own gets one, so a large store cannot
// flood the browser (the endpoint also cuts off a query that runs too long).
const PAGE_ROWS = 1000;
const view = document.getElementById('view');

function capped(query) {
  return /\bLIMIT\s+\d+\s*(OFFSET\s+\d+\s*)?$/i.test(query.replace(/#[^\n]*$/gm, '').trim())
    ? query : query + '\nLIMIT ' + (PAGE_ROWS + 1);
}

async function sparql(query) {
  const r = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: capped(query),
  });
  if (!r.ok) {
    const why = r.status === 503 ? 'the query ran too long and was cut off' : 'SPARQL endpoint answered ' + r.status;
    throw new Error(why + ':\n' + (await r.text()));
  }
  const json = await r.json();
  if (!json.results) return { vars: ['boolean'], rows: [{ boolean: { value: String(json.boolean) } }], more: false };
  const rows = json.results.bindings;
  return { vars: json.head.vars, rows: rows.slice(0, PAGE_ROWS), more: rows.length > PAGE_ROWS };
}

async function queryText(name) {
  const r = await fetch('queries/' + name + '.rq');
  if (!r.ok) throw new Error('no bundled query ' + name);
  return r.text();
}

// Binds ?name to an IRI or a string literal, as Jena's ParameterizedSparqlString does on the command line.
function bind(query, params) {
  let q = query;
  for (const [k, v] of Object.entries(params)) {
    const term = /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(v) ? '<' + v + '>' : JSON.stringify(v);
    q = q.replace(new RegExp('\\?' + k + '\\b', 'g'), term);
  }
  return q;
}

async function named(name, params = {}) {
  return sparql(bind(await queryText(name), params));
}

const val = (row, v) => (row[v] ? row[v].value : '');

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

const entityHref = iri => '#/entity/' + encodeURIComponent(iri);
const typeBadge = t => el('span', { class: 'type ' + t }, t);
const wikidataLink = q => (q ? el('a', { href: 'https://www.wikidata.org/wiki/' + q, class: 'wikidata', rel: 'noopener' }, q) : '');

function table(vars, rows, cell) {
  const t = el('table', {}, el('thead', {}, el('tr', {}, ...vars.map(v => el('th', {}, v)))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, ...vars.map(v => el('td', {}, cell ? cell(r, v) : val(r, v)))));
  t.append(body);
  return t;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

async function home() {
  const r = await named('article-contributions');
  show(el('h1', {}, 'Articles in the graph'),
    el('p', { class: 'muted' }, 'Search for a person, company or product above, or browse the timeline.'),
    table(r.vars.map(v => v), r.rows));
}

async function search(text) {
  document.getElementById('search-box').value = text;
  const r = await named('entity-search', { text });
  const list = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'type'),
    el('th', {}, 'wikidata'), el('th', {}, 'mentions'))));
  const body = el('tbody');
  for (const row of r.rows) {
    body.append(el('tr', { class: 'result' },
      el('td', {}, el('a', { href: entityHref(val(row, 'entity')) }, val(row, 'name'))),
      el('td', {}, typeBadge(val(row, 'type'))), el('td', {}, wikidataLink(val(row, 'wikidata'))),
      el('td', {}, val(row, 'mentions'))));
  }
  list.append(body);
  show(el('h1', {}, 'Entities matching “' + text + '”'),
    r.rows.length ? list : el('p', { class: 'muted' }, 'Nothing found.'));
}

const SECTIONS = [
  ['role', 'Roles'], ['deal', 'Deals'], ['event', 'Events'], ['figure', 'Figures'],
  ['product', 'Products'], ['maker', 'Made by'], ['mention', 'Sources'],
];

async function entity(iri) {
  const [card, facts, neighbours] = await Promise.all([
    named('entity-card', { entity: iri }), named('entity-facts', { entity: iri }), named('entity-neighbours', { entity: iri })]);
  const c = card.rows[0] || {};
  if (!val(c, 'name')) {
    show(el('h1', {}, 'Unknown entity'), el('p', { class: 'muted' }, iri));
    return;
  }
  const head = el('div', { class: 'entity-head' },
    el('h1', { id: 'entity-name' }, val(c, 'name'), ' ', typeBadge(val(c, 'type'))),
    val(c, 'aliases') ? el('p', { class: 'muted' }, 'Also: ' + val(c, 'aliases')) : '',
    el('p', { id: 'wikidata' }, 'Wikidata: ', val(c, 'wikidata')
      ? el('span', {}, wikidataLink(val(c, 'wikidata')), ' ' + val(c, 'wikidataLabel') + ' (score ' + val(c, 'linkScore') + ')')
      : el('span', { class: 'muted' }, 'not linked')),
    el('p', { class: 'muted' }, 'Named in ' + val(c, 'articles') + ' article(s). IRI: ' + iri));
  const parts = [head, el('h2', {}, 'Neighbourhood'), graph(val(c, 'name'), val(c, 'type'), neighbours.rows)];
  for (const [fact, title] of SECTIONS) {
    const rows = facts.rows.filter(r => val(r, 'fact') === fact);
    if (!rows.length) continue;
    const section = el('section', { id: 'facts-' + fact }, el('h2', {}, title));
    section.append(table(['detail', 'with', 'date', 'sentence'], rows, (r, v) => {
      if (v === 'with') return val(r, 'other') ? el('a', { href: entityHref(val(r, 'other')) }, val(r, 'otherName')) : '';
      if (v === 'sentence') return el('span', { class: 'sentence' }, val(r, 'sentence'));
      return val(r, v);
    }));
    parts.push(section);
  }
  show(...parts);
}

// A radial layout: the entity in the middle, its neighbours on a circle, one line per relation.
function graph(name, type, rows) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'graph');
  svg.setAttribute('viewBox', '0 0 800 420');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Entities connected to ' + name);
  const nodes = new Map();
  for (const r of rows) {
    const k = val(r, 'neighbour');
    if (!nodes.has(k)) nodes.set(k, { name: val(r, 'name'), type: val(r, 'type'), labels: [] });
    nodes.get(k).labels.push(val(r, 'relation'));
  }
  const add = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  const cx = 400, cy = 210, list = [...nodes.entries()];
  const radius = list.length > 12 ? 180 : 150;
  const colour = t => getComputedStyle(document.documentElement).getPropertyValue('--' + t.toLowerCase()).trim() || '#888';
  list.forEach(([iri, n], i) => {
    const a = (2 * Math.PI * i) / Math.max(1, list.length) - Math.PI / 2;
    n.x = cx + radius * 1.8 * Math.cos(a);
    n.y = cy + radius * Math.sin(a);
    add('line', { x1: cx, y1: cy, x2: n.x, y2: n.y });
    add('text', { x: (cx + n.x) / 2, y: (cy + n.y) / 2, class: 'edge-label', 'text-anchor': 'middle' }, [...new Set(n.labels)].join(', '));
  });
  list.forEach(([iri, n]) => {
    const link = document.createElementNS(NS, 'a');
    link.setAttribute('href', entityHref(iri));
    const circle = document.createElementNS(NS, 'circle');
    circle.setAttribute('cx', n.x); circle.setAttribute('cy', n.y); circle.setAttribute('r', 7);
    circle.setAttribute('fill', colour(n.type));
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', n.x); label.setAttribute('y', n.y - 11); label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'node-label');
    label.textContent = n.name;
    link.append(circle, label);
    svg.append(link);
  });
  add('circle', { cx, cy, r: 11, fill: colour(type) });
  add('text', { x: cx, y: cy + 26, 'text-anchor': 'middle', 'font-weight': 'bold' }, name);
  if (!list.length) add('text', { x: cx, y: cy + 60, 'text-anchor': 'middle', class: 'edge-label' }, 'no connections recorded');
  return svg;
}

async function timeline() {
  const r = await named('timeline');
  const ol = el('ol', { class: 'timeline' });
  for (const row of r.rows) {
    ol.append(el('li', {}, el('span', { class: 'date' }, val(row, 'date')), val(row, 'event'),
      val(row, 'participants') ? el('div', { class: 'muted' }, val(row, 'participants')) : ''));
  }
  show(el('h1', {}, 'Timeline'), r.rows.length ? ol : el('p', { class: 'muted' }, 'No dated events yet.'));
}

async function queries(name) {
  const text = el('textarea', { id: 'query-text', spellcheck: 'false' });
  const out = el('div', { id: 'query-result' });
  const run = el('button', { id: 'run-query', type: 'button' }, 'Run');
  run.addEventListener('click', async () => {
    out.replaceChildren(el('p', { class: 'muted' }, 'Running…'));
    try {
      const r = await sparql(text.value);
      const count = r.more ? 'the first ' + PAGE_ROWS + ' rows (add LIMIT and OFFSET to page on)' : r.rows.length + ' row(s)';
      out.replaceChildren(el('p', { class: 'muted' }, count), table(r.vars, r.rows));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error' }, e.message));
    }
  });
  const links = el('p', { class: 'query-list' }, ...BUNDLED.map(q => el('a', { href: '#/queries/' + q }, q)));
  show(el('h1', {}, 'Queries'), el('p', { class: 'muted' }, 'The bundled queries of newskg. Parameters (?entityName, ?companyName) are variables: replace them with a value before running.'),
    links, text, el('p', {}, run), out);
  text.value = await queryText(name || 'people');
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  try {
    if (parts[0] === 'entity' && parts[1]) await entity(decodeURIComponent(parts.slice(1).join('/')));
    else if (parts[0] === 'search' && parts[1]) await search(decodeURIComponent(parts.slice(1).join('/')));
    else if (parts[0] === 'timeline') await timeline();
    else if (parts[0] === 'queries') await queries(parts[1]);
    else await home();
  } catch (e) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, e.message));
  }
  document.body.dataset.ready = location.hash || '#/';
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('search-box').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
