/* kg.view: the page's behaviour (search, filters, focus, colours, labels, side panel, tooltips,
 * test hook).
 *
 * Text that comes from the articles (names, evidence sentences, sources, file names) reaches the
 * DOM only through createTextNode / textContent: never innerHTML, never vis.js `title` strings.
 *
 * One drawn edge joins two entities whatever the number of statements between them; its label
 * and look come from the statements that pass the filters. An entity is drawn when one of its
 * relations is (or when "entities in no relation" is ticked), so a filter never leaves a dot
 * alone; the view is refitted after every change. Labels are placed by importance: the most
 * central entities first, none over another, more as one zooms in.
 */
(function () {
  "use strict";

  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const PAGE = read("kg-page");
  const T = PAGE.text;
  const L = PAGE.labels;
  const fmt = (template, values) =>
    template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  const number = new Intl.NumberFormat(PAGE.lang);
  const CERTAINTIES = ["asserted", "hedged", "negated"];

  // --- the model ------------------------------------------------------------------------------
  // Empty fields are left out of the data: give the lists back their empty value.
  for (const e of PAGE.entities) {
    e.aliases = e.aliases || [];
    e.docs = e.docs || [];
    e.attrs = e.attrs || [];
  }
  const entities = new Map(PAGE.entities.map((e) => [e.id, e]));
  const statements = new Map(PAGE.statements.map((s) => [s.id, s]));
  const documents = new Map(PAGE.documents.map((d) => [d.key, d.label])); // "d0" -> file name
  const documentKeys = new Map(PAGE.documents.map((d) => [d.id, d.key])); // IRI -> "d0"
  const incident = new Map(PAGE.entities.map((e) => [e.id, []]));
  const pairs = new Map(); // drawn edge id -> its statements
  for (const s of PAGE.statements) {
    incident.get(s.from).push(s);
    if (s.to !== s.from) incident.get(s.to).push(s);
    if (!pairs.has(s.edge)) pairs.set(s.edge, []);
    pairs.get(s.edge).push(s);
  }

  const defaults = () => ({
    types: new Set(PAGE.types),
    relations: new Set(PAGE.relations),
    certainties: new Set(CERTAINTIES),
    past: true,
    documents: new Set(PAGE.documents.map((d) => d.key)),
    isolated: false, // also draw the entities none of whose relations is shown
    focus: null, // {id, hops, members: Set}
  });
  let state = defaults();
  let visibleNodes = new Set();
  let shown = new Map(); // drawn edge id -> its statements that pass the filters
  let colourMode = "type";
  // What the side panel shows: {kind: "node", id} or {kind: "edge", id, statement}.
  let selection = null;

  function entityPasses(e) {
    if (!state.types.has(e.type)) return false;
    if (e.docs.length && !e.docs.some((d) => state.documents.has(d))) return false;
    return !state.focus || state.focus.members.has(e.id);
  }
  function statementPasses(s) {
    return state.relations.has(s.p) && state.certainties.has(s.c) && (state.past || !s.past) &&
      (!s.doc || state.documents.has(s.doc));
  }
  const edgeVisible = (s) => shown.has(s.edge) && shown.get(s.edge).includes(s);

  function neighbourhood(id, hops) {
    const members = new Set([id]);
    let frontier = [id];
    for (let hop = 0; hop < hops && frontier.length; hop++) {
      const next = [];
      for (const node of frontier) {
        for (const s of incident.get(node) || []) {
          if (!statementPasses(s)) continue;
          const other = s.from === node ? s.to : s.from;
          if (!members.has(other)) { members.add(other); next.push(other); }
        }
      }
      frontier = next;
    }
    return members;
  }

  // --- DOM helpers (text only) ----------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  /** Nested arrays of nodes, without the null / false holes, for replaceChildren. */
  const flat = (...items) => items.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false);
  const $ = (id) => document.getElementById(id);
  const swatch = (type) => {
    const span = el("span", { class: "kg-swatch", "aria-hidden": "true" });
    span.style.background = PAGE.colours[type] || PAGE.colours.unknown;
    return span;
  };
  const typeName = (e) => (L[e.type] || e.type) + (e.fine ? " · " + (L[e.fine] || e.fine) : "");
  const relationName = (s) => {
    let name = L[s.p] || s.p;
    if (s.c === "negated") name = L["not:" + s.p] || T.not + " " + name;
    if (s.past) name += " " + T.pastSuffix;
    return name;
  };
  const entityLabel = (id) => (entities.has(id) ? entities.get(id).label : id);

  /** `text` with every occurrence of `names` wrapped in <mark>, built from text nodes. */
  function highlighted(text, names) {
    const fragment = document.createDocumentFragment();
    if (!text) return fragment;
    const lower = text.toLowerCase();
    const caseless = lower.length === text.length;
    const haystack = caseless ? lower : text;
    const terms = [...new Set(names.filter((n) => n && n.trim().length >= 2))]
      .sort((a, b) => b.length - a.length);
    const wordChar = /[\p{L}\p{N}]/u;
    const taken = [];
    for (const term of terms) {
      const needle = caseless ? term.toLowerCase() : term;
      for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
        const j = i + needle.length;
        if (i > 0 && wordChar.test(text[i - 1]) && wordChar.test(text[i])) continue;
        if (j < text.length && wordChar.test(text[j]) && wordChar.test(text[j - 1])) continue;
        if (taken.some(([a, b]) => i < b && a < j)) continue;
        taken.push([i, j]);
      }
    }
    taken.sort((x, y) => x[0] - y[0]);
    let at = 0;
    for (const [i, j] of taken) {
      if (i > at) fragment.appendChild(document.createTextNode(text.slice(at, i)));
      fragment.appendChild(el("mark", {}, text.slice(i, j)));
      at = j;
    }
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }
  const namesOf = (id) => (entities.has(id) ? [entities.get(id).label, ...entities.get(id).aliases] : []);

  // --- the network ----------------------------------------------------------------------------
  const nodesData = new vis.DataSet(read("kg-nodes"));
  const edgesData = new vis.DataSet(read("kg-edges"));
  const nodeView = new vis.DataView(nodesData, { filter: (n) => visibleNodes.has(n.id) });
  const edgeView = new vis.DataView(edgesData, { filter: (e) => shown.has(e.id) });
  const container = $("kg-graph");
  const sizes = new Map(nodesData.get().map((n) => [n.id, n.size]));
  const nodeLabels = new Map(nodesData.get().map((n) => [n.id, n.label]));

  const edgeText = new Map(); // drawn edge id -> its label (drawn when placeLabels finds room)
  /** The look of a drawn edge, and its label, from the statements of it that are shown. */
  function edgeLook(id, passing) {
    const edge = edgesData.get(id);
    const counts = new Map();
    for (const s of passing) counts.set(relationName(s), (counts.get(relationName(s)) || 0) + 1);
    const names = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([name, n]) => (n > 1 ? name + " ×" + n : name));
    edgeText.set(id, names.length > 3
      ? names.slice(0, 2).join(" · ") + " · +" + (names.length - 2) : names.join(" · "));
    const negated = passing.every((s) => s.c === "negated");
    const past = !negated && passing.every((s) => s.past);
    const colour = PAGE.edgeColours[negated ? "negated" : past ? "past" : "asserted"];
    const directed = passing.filter((s) => !s.sym);
    return {
      id, dashes: passing.every((s) => s.c === "hedged"),
      color: { color: colour }, font: { color: negated || past ? colour : "#3b444c" },
      arrows: {
        to: { enabled: directed.some((s) => s.from === edge.from), scaleFactor: 0.6 },
        from: { enabled: directed.some((s) => s.from === edge.to), scaleFactor: 0.6 },
      },
      width: 1.5 + Math.min(3, passing.length - 1) * 0.75,
    };
  }
  const looks = new Map(); // drawn edge id -> the look last given to vis.js (as JSON)
  function restyleEdges() {
    const changed = [];
    for (const [id, passing] of shown) {
      const look = edgeLook(id, passing);
      const key = JSON.stringify(look);
      if (looks.get(id) !== key) { looks.set(id, key); changed.push(look); }
    }
    if (changed.length) edgesData.update(changed);
  }

  /** Which entities and edges are drawn: the entities that pass the filters and have a shown
   * relation (all of them with `state.isolated`), the edges with a statement that passes. */
  function computeVisible() {
    if (state.focus) state.focus.members = neighbourhood(state.focus.id, state.focus.hops);
    const candidates = new Set();
    for (const e of entities.values()) if (entityPasses(e)) candidates.add(e.id);
    shown = new Map();
    for (const s of PAGE.statements) {
      if (!statementPasses(s) || !candidates.has(s.from) || !candidates.has(s.to)) continue;
      if (!shown.has(s.edge)) shown.set(s.edge, []);
      shown.get(s.edge).push(s);
    }
    visibleNodes = state.isolated ? candidates : new Set();
    for (const passing of shown.values()) {
      visibleNodes.add(passing[0].from);
      visibleNodes.add(passing[0].to);
    }
    if (state.focus && candidates.has(state.focus.id)) visibleNodes.add(state.focus.id);
    restyleEdges();
    nodeView.refresh();
    edgeView.refresh();
  }
  computeVisible();
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, PAGE.options);

  // --- colours: by entity type, community or document -------------------------------------------
  const grey = "#c8ccd1";
  const documentIndex = new Map(PAGE.documents.map((d, i) => [d.key, i]));
  function colourOf(e) {
    if (colourMode === "community") {
      return e.comm === undefined ? grey : PAGE.palette[e.comm % PAGE.palette.length];
    }
    if (colourMode === "document") {
      return e.main === undefined ? grey
        : PAGE.palette[documentIndex.get(e.main) % PAGE.palette.length];
    }
    return PAGE.colours[e.type] || PAGE.colours.unknown;
  }
  function setColourMode(mode) {
    colourMode = mode;
    $("kg-colour").value = mode;
    nodesData.update([...entities.values()].map((e) => {
      const colour = colourOf(e);
      const border = mode === "type" ? PAGE.borders[e.type] || PAGE.borders.unknown : "#4a5058";
      return { id: e.id, color: { background: colour, border,
        highlight: { background: colour, border: "#111111" },
        hover: { background: colour, border: "#111111" } } };
    }));
    renderLegend();
  }
  function renderLegend() {
    const items = [];
    const shownLimit = 12;
    if (colourMode === "community") {
      for (const c of PAGE.communities.slice(0, shownLimit)) {
        const span = el("span", { class: "kg-swatch", "aria-hidden": "true" });
        span.style.background = PAGE.palette[c.key % PAGE.palette.length];
        items.push(el("li", {}, span, fmt(T.community, { label: entityLabel(c.lead), n: c.size - 1 })));
      }
    } else if (colourMode === "document") {
      for (const d of PAGE.documents.slice(0, shownLimit)) {
        const span = el("span", { class: "kg-swatch", "aria-hidden": "true" });
        span.style.background = PAGE.palette[documentIndex.get(d.key) % PAGE.palette.length];
        items.push(el("li", {}, span, d.label));
      }
    }
    const total = colourMode === "community" ? PAGE.communities.length
      : colourMode === "document" ? PAGE.documents.length : 0;
    if (total > shownLimit) items.push(el("li", { class: "kg-small" }, "+ " + number.format(total - shownLimit) + " " + T.others));
    $("kg-legend").replaceChildren(...items);
  }

  // --- labels: the most central first, none over another, more when zoomed in ------------------
  const LABEL_LARGEST = 18; // on-screen pixels, for the most central entity
  const LABEL_SMALLEST = 12;
  const EDGE_NAMES_FROM = 0.3; // zoom below which relation names are left to the side panel
  let labelled = new Map(); // entity id -> on-screen font size of its drawn label
  const byRank = [...entities.values()].sort((a, b) => a.rank - b.rank).map((e) => e.id);
  const overlaps = (box, boxes) =>
    boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
  /** Give labels to the entities in view, the most central first: below the dot or above it,
   * where no other label is (and no other dot, if possible), or none; at most one per 12,000
   * square pixels. Then the relation names (once zoomed in enough for edges to be told apart),
   * on the edges long enough to hold them, where they cover no label and no dot. Sizes are
   * on-screen pixels whatever the zoom. */
  function placeLabels() {
    const scale = network.getScale();
    const width = container.clientWidth;
    const height = container.clientHeight;
    const limit = Math.max(10, Math.round((width * height) / 12000));
    const ids = byRank.filter((id) => visibleNodes.has(id));
    if (selection && selection.kind === "node" && visibleNodes.has(selection.id)) {
      ids.splice(ids.indexOf(selection.id), 1);
      ids.unshift(selection.id);
    }
    const points = network.getPositions(ids);
    const inside = (b) => b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height;
    const screen = new Map();
    const dots = new Map(); // entity id -> its disc's box on screen
    for (const id of ids) {
      const p = network.canvasToDOM(points[id]);
      const r = (sizes.get(id) + 1) * scale;
      screen.set(id, p);
      if (p.x >= -r && p.y >= -r && p.x <= width + r && p.y <= height + r) {
        dots.set(id, [p.x - r, p.y - r, p.x + r, p.y + r]);
      }
    }
    const clear = (box, own) => ![...dots].some(([id, b]) => !own.includes(id) &&
      box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
    const taken = [];
    const next = new Map();
    const updates = [];
    for (const id of ids) {
      if (next.size >= limit) break;
      if (!dots.has(id)) continue;
      const p = screen.get(id);
      const rank = entities.get(id).rank;
      const px = LABEL_LARGEST - (LABEL_LARGEST - LABEL_SMALLEST) *
        Math.sqrt((rank - 1) / Math.max(1, entities.size - 1));
      const half = (nodeLabels.get(id).length * px * 0.56 + 6) / 2;
      const tall = px * 1.3;
      const radius = (sizes.get(id) + 1) * scale;
      const below = [p.x - half, p.y + radius + 1, p.x + half, p.y + radius + 1 + tall];
      const above = [p.x - half, p.y - radius - 3 - tall, p.x + half, p.y - radius - 3];
      const free = [below, above].filter((b) => inside(b) && !overlaps(b, taken));
      const box = free.find((b) => clear(b, [id])) || free[0]; // over a dot only if it must
      if (!box) continue;
      taken.push(box);
      next.set(id, px);
      const vadjust = box === above ? -(2 * radius + tall + 4) / scale : 0;
      updates.push({ id, label: nodeLabels.get(id), font: { size: px / scale, vadjust } });
    }
    for (const id of labelled.keys()) if (!next.has(id)) updates.push({ id, label: "" });
    labelled = next;
    nodesData.update(updates);

    // Relation names, on the edges long enough to hold them and where nothing else is.
    const edgeUpdates = [];
    const named = new Set();
    const EDGE_PX = 11;
    for (const id of scale >= EDGE_NAMES_FROM ? edgeView.getIds() : []) {
      const [{ from, to }] = shown.get(id);
      const a = screen.get(from);
      const b = screen.get(to);
      const text = edgeText.get(id) || "";
      const half = (text.length * EDGE_PX * 0.56 + 6) / 2;
      const length = Math.hypot(b.x - a.x, b.y - a.y) -
        (sizes.get(from) + sizes.get(to) + 2) * scale;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const box = [mid.x - half, mid.y - EDGE_PX * 0.65, mid.x + half, mid.y + EDGE_PX * 0.65];
      if (length < 2 * half || !inside(box) || overlaps(box, taken) || !clear(box, [])) continue;
      taken.push(box);
      named.add(id);
      edgeUpdates.push({ id, label: text, font: { size: EDGE_PX / scale } });
    }
    for (const id of edgesNamed) if (!named.has(id)) edgeUpdates.push({ id, label: "" });
    edgesNamed = named;
    edgesData.update(edgeUpdates);
  }
  let edgesNamed = new Set();
  nodesData.update(nodesData.getIds().map((id) => ({ id, label: "" })));
  let labelTimer = null;
  const placeLabelsSoon = () => { clearTimeout(labelTimer); labelTimer = setTimeout(placeLabels, 120); };
  network.on("zoom", placeLabelsSoon);
  network.on("dragEnd", placeLabelsSoon);
  network.on("resize", placeLabelsSoon);

  /** Frame the drawn entities (their discs, not their labels, so that the view does not depend
   * on which labels are shown), then place the labels. */
  function fitView() {
    const ids = nodeView.getIds();
    if (!ids.length) return;
    const at = network.getPositions(ids);
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids) {
      const r = sizes.get(id) + 1;
      left = Math.min(left, at[id].x - r);
      right = Math.max(right, at[id].x + r);
      top = Math.min(top, at[id].y - r);
      bottom = Math.max(bottom, at[id].y + r);
    }
    const margin = 30; // pixels around, and room for the labels under the lowest entities
    const scale = Math.min(1.5,
      (container.clientWidth - 2 * margin) / Math.max(right - left, 1),
      (container.clientHeight - 3 * margin) / Math.max(bottom - top, 1));
    network.moveTo({
      position: { x: (left + right) / 2, y: (top + bottom) / 2 + margin / (2 * scale) },
      scale, animation: false,
    });
    placeLabels();
  }
  function recompute() {
    computeVisible();
    updateCounts();
    updateFocusNote();
    if (selection) refreshPanel();
    fitView();
  }
  function updateCounts() {
    let relations = 0;
    for (const passing of shown.values()) relations += passing.length;
    $("kg-counts").textContent = fmt(T.counts, {
      nodes: number.format(nodeView.length), totalNodes: number.format(PAGE.totals.entities),
      edges: number.format(relations), totalEdges: number.format(PAGE.totals.relations),
    });
  }
  function status(message) {
    const note = $("kg-status");
    note.textContent = message || "";
    note.hidden = !message;
  }

  // --- filters --------------------------------------------------------------------------------
  const checkboxes = [];
  function checkbox(group, value, children, count) {
    const input = el("input", { type: "checkbox", "data-filter": group, "data-value": value });
    input.checked = true;
    input.addEventListener("change", () => {
      setFilter(group, value, input.checked);
    });
    checkboxes.push(input);
    return el("label", {}, input, children, el("span", { class: "kg-count" }, number.format(count)));
  }
  function setFilter(group, value, on) {
    if (group === "documents" && documentKeys.has(value)) value = documentKeys.get(value);
    if (group === "past" || group === "isolated") state[group] = on;
    else {
      const set = state[group];
      if (!set) throw new Error("unknown filter group " + group);
      if (on) set.add(value); else set.delete(value);
    }
    for (const input of checkboxes) {
      if (input.dataset.filter === group && input.dataset.value === String(value)) input.checked = on;
    }
    status("");
    recompute();
  }
  function syncCheckboxes() {
    for (const input of checkboxes) {
      const group = input.dataset.filter;
      input.checked = typeof state[group] === "boolean" ? state[group]
        : state[group].has(input.dataset.value);
    }
  }
  const countBy = (items, key) => items.reduce((m, x) => m.set(key(x), (m.get(key(x)) || 0) + 1), new Map());
  const typeCounts = countBy(PAGE.entities, (e) => e.type);
  for (const type of PAGE.types) {
    $("kg-filter-types").appendChild(
      checkbox("types", type, [swatch(type), L[type] || type], typeCounts.get(type) || 0));
  }
  const relationCounts = countBy(PAGE.statements, (s) => s.p);
  for (const p of PAGE.relations) {
    $("kg-filter-relations").appendChild(checkbox("relations", p, [L[p] || p], relationCounts.get(p)));
  }
  const certaintyCounts = countBy(PAGE.statements, (s) => s.c);
  for (const c of CERTAINTIES) {
    $("kg-filter-certainty").appendChild(
      checkbox("certainties", c, [L[c] || c], certaintyCounts.get(c) || 0));
  }
  $("kg-filter-certainty").appendChild(
    checkbox("past", "past", [T.past], PAGE.statements.filter((s) => s.past).length));
  const documentCounts = countBy(PAGE.statements, (s) => s.doc);
  for (const d of PAGE.documents) {
    $("kg-filter-documents").appendChild(
      checkbox("documents", d.key, [d.label], documentCounts.get(d.key) || 0));
  }
  const related = new Set(PAGE.statements.flatMap((s) => [s.from, s.to]));
  $("kg-filter-isolated").appendChild(checkbox("isolated", "isolated", [T.isolated],
    PAGE.entities.filter((e) => !related.has(e.id)).length));
  const isolatedBox = checkboxes[checkboxes.length - 1];
  isolatedBox.checked = false;
  $("kg-colour").addEventListener("change", (event) => setColourMode(event.target.value));
  function resetFilters() {
    state = defaults();
    syncCheckboxes();
    status("");
    recompute();
  }
  $("kg-reset").addEventListener("click", resetFilters);

  // --- focus (the neighbourhood of one entity) --------------------------------------------------
  const hopsInput = $("kg-hops");
  const hops = () => Math.max(0, Math.min(6, parseInt(hopsInput.value, 10) || 0));
  function setFocus(id, radius) {
    if (!entities.has(id)) return false;
    if (radius !== undefined) hopsInput.value = String(radius);
    state.focus = { id, hops: hops(), members: new Set() };
    if (!state.types.has(entities.get(id).type)) state.types.add(entities.get(id).type);
    syncCheckboxes();
    recompute();
    return true;
  }
  function clearFocus() {
    state.focus = null;
    recompute();
  }
  function updateFocusNote() {
    const note = $("kg-focus-note");
    const focus = state.focus || (PAGE.focus && { id: PAGE.focus.id, hops: PAGE.focus.hops });
    note.hidden = !focus;
    note.textContent = focus ? fmt(T.focusNote, { label: entityLabel(focus.id), hops: focus.hops }) : "";
    $("kg-show-all").hidden = !state.focus;
  }
  hopsInput.addEventListener("change", () => { if (state.focus) setFocus(state.focus.id); });
  $("kg-show-all").addEventListener("click", clearFocus);

  // --- search ---------------------------------------------------------------------------------
  const fold = (s) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
  const searchIndex = PAGE.entities.map((e) => ({
    id: e.id, folded: fold(e.label), names: [e.label, ...e.aliases].map((n) => [n, fold(n)]),
  }));
  /** Same ranking as kg.analytics.find_entities: exact, prefix, word prefix, substring. */
  function search(query, limit = 10) {
    if (entities.has(query)) return [{ id: query, name: entities.get(query).label, rank: 0 }];
    const wanted = fold(query);
    if (!wanted) return [];
    const found = [];
    for (const item of searchIndex) {
      let best = null;
      for (const [name, folded] of item.names) {
        let rank;
        if (folded === wanted) rank = 0;
        else if (folded.startsWith(wanted)) rank = 1;
        else if (folded.split(/\s+/).some((w) => w.startsWith(wanted))) rank = 2;
        else if (folded.includes(wanted)) rank = 3;
        else continue;
        if (!best || rank < best.rank) best = { id: item.id, name, rank, folded: item.folded };
      }
      if (best) found.push(best);
    }
    found.sort((a, b) => a.rank - b.rank || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return found.slice(0, limit);
  }
  const searchInput = $("kg-search");
  const resultList = $("kg-results");
  let results = [];
  let active = -1;
  function showResults() {
    results = search(searchInput.value);
    active = results.length ? 0 : -1;
    resultList.replaceChildren();
    if (!searchInput.value.trim()) { closeResults(); return; }
    if (!results.length) resultList.appendChild(el("li", { class: "kg-empty" }, T.noMatch));
    results.forEach((r, i) => {
      const e = entities.get(r.id);
      resultList.appendChild(el("li", {
        role: "option", "aria-selected": i === active ? "true" : "false",
        onmousedown: (event) => { event.preventDefault(); choose(r.id); },
      }, swatch(e.type), el("span", {}, e.label),
      r.name !== e.label ? el("span", { class: "kg-small" }, "(" + r.name + ")") : null,
      el("span", { class: "kg-small" }, typeName(e)),
      visibleNodes.has(r.id) ? null : el("span", { class: "kg-badge kg-hidden" }, T.hidden)));
    });
    resultList.hidden = false;
    searchInput.setAttribute("aria-expanded", "true");
  }
  function closeResults() {
    resultList.hidden = true;
    searchInput.setAttribute("aria-expanded", "false");
  }
  function moveActive(step) {
    if (!results.length) return;
    active = (active + step + results.length) % results.length;
    [...resultList.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  }
  function choose(id) {
    closeResults();
    hideTooltip();
    searchInput.value = entities.get(id).label;
    selectNode(id, { camera: true });
  }
  searchInput.addEventListener("input", showResults);
  searchInput.addEventListener("focus", () => { if (searchInput.value.trim()) showResults(); });
  searchInput.addEventListener("blur", closeResults);
  searchInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") { moveActive(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { moveActive(-1); event.preventDefault(); }
    else if (event.key === "Escape") closeResults();
    else if (event.key === "Enter") {
      if (!results.length) results = search(searchInput.value);
      if (results.length) choose(results[Math.max(active, 0)].id);
      event.preventDefault();
    }
  });

  // --- selection and the side panel -----------------------------------------------------------
  const panel = $("kg-panel");

  /** Make an entity drawn again: the filters reset, and the entities in no relation shown when
   * it is one of them. */
  function reveal(id) {
    resetFilters();
    if (!visibleNodes.has(id)) setFilter("isolated", "isolated", true);
    status(fmt(T.revealed, { label: entityLabel(id) }));
  }
  const glide = (options) => (options.animation === false ? false
    : { duration: 350, easingFunction: "easeInOutQuad" });
  function selectNode(id, options = {}) {
    if (!entities.has(id)) return false;
    if (!visibleNodes.has(id)) reveal(id);
    selection = { kind: "node", id };
    network.selectNodes([id], false);
    if (options.camera) {
      network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: glide(options) });
    }
    refreshPanel();
    placeLabelsSoon();
    return true;
  }
  /** Select a drawn edge (its id) or one statement of it (the statement's id). */
  function selectEdge(id, options = {}) {
    const statement = statements.get(id);
    const edge = statement ? statement.edge : id;
    if (!pairs.has(edge)) return false;
    if (!shown.has(edge) || (statement && !edgeVisible(statement))) reveal(pairs.get(edge)[0].from);
    selection = { kind: "edge", id: edge, statement: statement ? statement.id : null };
    network.setSelection({ nodes: [], edges: [edge] }, { unselectAll: true, highlightEdges: false });
    if (options.camera) {
      const [{ from, to }] = pairs.get(edge);
      network.fit({ nodes: [from, to], maxZoomLevel: 1.5, animation: glide(options) });
      placeLabelsSoon();
    }
    refreshPanel();
    return true;
  }
  function clearSelection() {
    selection = null;
    network.unselectAll();
    panel.replaceChildren(el("p", { class: "kg-small" }, T.help));
  }

  const entityButton = (id) =>
    el("button", { type: "button", class: "kg-link", onclick: (event) => {
      event.stopPropagation(); selectNode(id, { camera: true });
    } }, entityLabel(id));

  function details(s) {
    const rows = [];
    const add = (name, ...value) => rows.push(el("dt", {}, name), el("dd", {}, ...value));
    if (s.src) add(T.source, entities.has(s.srcId) ? entityButton(s.srcId) : s.src);
    if (s.amount != null || s.amountText) {
      const exact = s.amount != null ? number.format(Number(s.amount)) + (s.cur ? " " + s.cur : "") : "";
      add(T.amount, s.amountText && exact ? s.amountText + " (" + exact + ")" : s.amountText || exact);
    }
    if (s.date) add(T.date, s.date);
    if (s.conf != null) add(T.confidence, number.format(s.conf));
    if (s.doc) {
      add(T.document, documents.get(s.doc) || s.doc,
        s.b != null ? el("span", { class: "kg-small" }, " · " + fmt(T.offsets, { begin: s.b, end: s.e })) : null);
    }
    return rows.length ? el("dl", {}, rows) : null;
  }
  function badges(s, hidden) {
    return [
      s.c ? el("span", { class: "kg-badge kg-" + s.c }, L[s.c] || s.c) : null,
      s.past ? el("span", { class: "kg-badge kg-past" }, T.stylePast) : null,
      hidden ? el("span", { class: "kg-badge kg-hidden" }, T.hidden) : null,
    ];
  }
  function statementCard(s, selected) {
    const names = [...namesOf(s.from), ...namesOf(s.to), ...namesOf(s.srcId), s.src];
    const hidden = !edgeVisible(s);
    return el("article", {
      class: ["kg-stmt", "kg-" + s.c, s.past ? "kg-past" : "", selected ? "kg-selected" : ""].join(" "),
      "data-statement": s.id,
      onclick: () => selectEdge(s.id, { camera: true }),
    },
    el("div", {}, el("span", { class: "kg-rel" }, relationName(s)), badges(s, hidden)),
    el("div", { class: "kg-ends" }, entityButton(s.from), s.sym ? " — " : " → ", entityButton(s.to)),
    details(s),
    s.ev ? el("blockquote", { class: "kg-evidence", title: T.evidence }, highlighted(s.ev, names)) : null);
  }
  function attributeCard(a, subject) {
    const names = [...namesOf(subject), ...namesOf(a.srcId), a.src, a.amountText, a.value];
    return el("article", { class: ["kg-stmt", "kg-" + a.c, a.past ? "kg-past" : ""].join(" "),
      "data-statement": a.id },
    el("div", {}, el("span", { class: "kg-rel" }, relationName(a)), badges(a, false)),
    el("div", { class: "kg-ends" }, a.value || ""),
    details(a),
    a.ev ? el("blockquote", { class: "kg-evidence", title: T.evidence }, highlighted(a.ev, names)) : null);
  }
  function panelHead(title, ...rest) {
    return el("div", { class: "kg-head" }, el("h2", {}, title),
      el("button", { type: "button", "aria-label": T.close, onclick: clearSelection }, "×"), rest);
  }
  function refreshPanel() {
    if (!selection) return;
    if (selection.kind === "node") renderEntity(selection.id);
    else renderEdge(selection.id, selection.statement);
  }
  function renderEntity(id) {
    const e = entities.get(id);
    const rows = [];
    const add = (name, ...value) => rows.push(el("dt", {}, name), el("dd", {}, ...value));
    add(T.type, swatch(e.type), " ", typeName(e));
    if (e.aliases.length) add(T.aliases, e.aliases.join(", "));
    add(T.rank, fmt(T.rankValue, { rank: number.format(e.rank), total: number.format(entities.size) }));
    if (e.docs.length) add(T.documents, e.docs.map((d) => documents.get(d) || d).join(", "));
    add(T.iri, el("span", { class: "kg-small" }, e.id));
    const mine = [...(incident.get(id) || [])].sort((a, b) =>
      (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) || (relationName(a) < relationName(b) ? -1 : 1));
    panel.replaceChildren(...flat(
      panelHead(e.label),
      el("dl", {}, rows),
      el("button", { type: "button", onclick: () => setFocus(id) }, T.focusHere),
      e.attrs.length ? [el("h3", {}, T.attributes), e.attrs.map((a) => attributeCard(a, id))] : null,
      el("h3", {}, T.statements + " (" + number.format(mine.length) + ")"),
      mine.length ? mine.map((s) => statementCard(s, false)) : el("p", { class: "kg-small" }, T.none)));
  }
  /** Every statement between two entities, those shown first; `chosen` highlighted. */
  function renderEdge(id, chosen) {
    const all = [...pairs.get(id)].sort((a, b) => (edgeVisible(b) ? 1 : 0) - (edgeVisible(a) ? 1 : 0) ||
      (a.id === chosen ? -1 : b.id === chosen ? 1 : 0) || (relationName(a) < relationName(b) ? -1 : 1));
    const [{ from, to }] = all;
    const title = chosen ? relationName(statements.get(chosen))
      : entityLabel(from) + " — " + entityLabel(to);
    panel.replaceChildren(...flat(
      panelHead(title),
      el("p", { class: "kg-small" }, entityLabel(from), " — ", entityLabel(to),
        all.length > 1 ? " · " + fmt(T.between, { n: number.format(all.length) }) : null),
      all.map((s) => statementCard(s, s.id === chosen))));
  }

  network.on("click", (params) => {
    hideTooltip();
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });

  // --- tooltips (built from text nodes; vis.js `title` is never used) ---------------------------
  const tooltip = $("kg-tooltip");
  function showTooltip(pointer, ...content) {
    const box = container.getBoundingClientRect();
    tooltip.replaceChildren(...flat(content));
    tooltip.hidden = false;
    const x = box.left + pointer.x + 14;
    const y = box.top + pointer.y + 14;
    tooltip.style.left = Math.min(x, window.innerWidth - tooltip.offsetWidth - 8) + "px";
    tooltip.style.top = Math.min(y, window.innerHeight - tooltip.offsetHeight - 8) + "px";
  }
  const hideTooltip = () => { tooltip.hidden = true; };
  const clip = (text, size) => (text && text.length > size ? text.slice(0, size - 1) + "…" : text);
  network.on("hoverNode", (params) => {
    const e = entities.get(params.node);
    showTooltip(params.pointer.DOM, el("strong", {}, e.label), el("div", {}, typeName(e)),
      el("div", { class: "kg-small" }, T.statements + ": " + number.format((incident.get(e.id) || []).length)));
  });
  network.on("hoverEdge", (params) => {
    const passing = shown.get(params.edge) || pairs.get(params.edge);
    const [s] = passing;
    const names = [...namesOf(s.from), ...namesOf(s.to), ...namesOf(s.srcId)];
    if (passing.length > 1) {
      showTooltip(params.pointer.DOM,
        el("div", {}, el("strong", {}, entityLabel(s.from)), " — ", el("strong", {}, entityLabel(s.to))),
        passing.slice(0, 8).map((x) => el("div", {}, relationName(x), badges(x, false))),
        passing.length > 8 ? el("div", { class: "kg-small" }, "…") : null);
      return;
    }
    showTooltip(params.pointer.DOM,
      el("div", {}, el("strong", {}, relationName(s)), badges(s, false)),
      el("div", {}, entityLabel(s.from), s.sym ? " — " : " → ", entityLabel(s.to)),
      details(s),
      s.ev ? el("div", { class: "kg-evidence" }, highlighted(clip(s.ev, 300), names)) : null);
  });
  for (const event of ["blurNode", "blurEdge", "dragStart", "zoom"]) network.on(event, hideTooltip);

  // --- start ----------------------------------------------------------------------------------
  const hook = {
    ready: false,
    readyAt: null,
    nodeCount: () => nodesData.length,
    edgeCount: () => edgesData.length,
    drawnNodeCount: () => network.body.nodeIndices.length,
    drawnEdgeCount: () => network.body.edgeIndices.length,
    visibleNodeIds: () => nodeView.getIds(),
    visibleEdgeIds: () => edgeView.getIds(),
    visibleStatementIds: () => [...shown.values()].flat().map((s) => s.id),
    edgeOf: (statement) => statements.get(statement).edge,
    edgeLabel: (id) => edgeText.get(id),
    edgeLabelShown: (id) => edgesNamed.has(id),
    edgeStatements: (id) => pairs.get(id).map((s) => s.id),
    /** Drawn entities (canvas centre and radius) and edges, to check the drawing. */
    geometry() {
      const ids = nodeView.getIds();
      const at = network.getPositions(ids);
      return {
        nodes: ids.map((id) => ({ id, x: at[id].x, y: at[id].y, r: network.body.nodes[id].options.size })),
        edges: edgeView.getIds().map((id) => {
          const e = edgesData.get(id);
          return [e.from, e.to];
        }),
      };
    },
    scale: () => network.getScale(),
    /** On-screen font size of an entity's drawn label, 0 when it has none. */
    labelPixels: (id) => (labelled.has(id) ? nodesData.get(id).font.size * network.getScale() : 0),
    /** The drawn entities whose centre is inside the canvas. */
    inViewIds() {
      const ids = nodeView.getIds();
      const at = network.getPositions(ids);
      return ids.filter((id) => {
        const p = network.canvasToDOM(at[id]);
        return p.x >= 0 && p.y >= 0 && p.x <= container.clientWidth && p.y <= container.clientHeight;
      });
    },
    allInView() { return this.inViewIds().length === nodeView.length; },
    labelledIds: () => [...labelled.keys()],
    setColourMode,
    colourOf: (id) => nodesData.get(id).color ? nodesData.get(id).color.background : colourOf(entities.get(id)),
    selectedNodeIds: () => network.getSelectedNodes(),
    selectedEdgeIds: () => network.getSelectedEdges(),
    selection: () => (selection ? { ...selection } : null),
    matches: (query) => search(query).map((r) => r.id),
    search(query) {
      const found = search(query);
      if (found.length) choose(found[0].id);
      return found.length ? found[0].id : null;
    },
    selectNode: (id) => selectNode(id, { camera: true, animation: false }),
    selectEdge: (id) => selectEdge(id, { camera: true, animation: false }),
    clearSelection,
    findEdges({ from, to, predicate } = {}) {
      const match = (id, query) => query === undefined || id === query ||
        namesOf(id).some((n) => fold(n) === fold(query));
      return PAGE.statements.filter((s) => (predicate === undefined || s.p === predicate) &&
        match(s.from, from) && match(s.to, to)).map((s) => s.id);
    },
    entityIds: (query) => PAGE.entities.filter((e) => e.id === query ||
      [e.label, ...e.aliases].some((n) => fold(n) === fold(query))).map((e) => e.id),
    panelText: () => panel.textContent,
    setFilter: (group, value, on) => setFilter(group, value, on),
    resetFilters,
    focus: (id, radius) => setFocus(id, radius),
    clearFocus,
    /** Page coordinates of a node's centre, or of an edge's middle (for real mouse clicks). */
    nodePoint(id) {
      const p = network.canvasToDOM(network.getPosition(id));
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    edgePoint(id) {
      const [s] = pairs.get(statements.has(id) ? statements.get(id).edge : id);
      const a = this.nodePoint(s.from);
      const b = this.nodePoint(s.to);
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    },
    fit: fitView,
    placeLabels,
    network,
  };
  window.kgView = hook;
  network.once("afterDrawing", () => {
    hook.ready = true;
    hook.readyAt = performance.now();
    document.documentElement.setAttribute("data-kg-ready", "true");
  });
  updateCounts();
  updateFocusNote();
  renderLegend();
  fitView();
  if (PAGE.focus) selectNode(PAGE.focus.id);
})();
