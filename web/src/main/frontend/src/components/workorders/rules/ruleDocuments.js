// The four rule documents as the rules page edits them: `toDraft` turns a server body into an editable
// draft (row keys, select-friendly values), `toBody` turns a draft back into the body the server takes.
// The page compares toBody(draft) with toBody(toDraft(saved)) to know whether anything changed, so
// both functions must be pure and deterministic. Fields the page does not know are kept as they are.

export const DEADLINE_STAGES = Object.freeze(['CONTACT', 'FIX', 'INSTALL', 'RECONNECT', 'REPORT_BACK']);
export const RULE_BUSINESS_LINES = Object.freeze(['DIGITAL_TV', 'HD', 'BROADBAND', 'MOBILE', 'FIXED_LINE']);
export const RULE_ORDER_TYPES = Object.freeze(['CONSULT', 'REPAIR', 'COMPLAINT', 'SUGGESTION', 'HELP']);
export const AREAS = Object.freeze(['URBAN', 'RURAL']);
export const DAY_KINDS = Object.freeze(['HOLIDAY', 'WORKDAY']);
/** Select value standing for "no condition" / "all" (selects cannot hold null). */
export const ANY = '*';
export const MAX_CATEGORY_DEPTH = 3;

let lastKey = 0;
/** A key for rows and tree nodes, unique within the page. */
export function newKey() {
  lastKey += 1;
  return `k${lastKey}`;
}

const strings = (value) => (Array.isArray(value) ? value.filter((v) => v !== null && v !== undefined && v !== '').map(String) : []);
const text = (value) => (value === null || value === undefined ? '' : String(value));
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The properties of `source` other than `known` (kept through an edit). */
function extra(source, known) {
  const rest = {};
  if (!isObject(source)) return rest;
  for (const [k, v] of Object.entries(source)) if (!known.includes(k)) rest[k] = v;
  return rest;
}

// ---------- categories: { nodes: [{ name, children: [...] }] } ----------

function categoryNodeToDraft(node) {
  return {
    ...extra(node, ['name', 'children']),
    _key: newKey(),
    name: text(node?.name),
    children: (Array.isArray(node?.children) ? node.children : []).map(categoryNodeToDraft),
  };
}

function categoryNodeToBody(node) {
  const { _key, name, children, ...rest } = node; // eslint-disable-line no-unused-vars
  return { ...rest, name: text(name).trim(), children: (children || []).map(categoryNodeToBody) };
}

/** Every name in the tree (all levels), first-seen order, without repeats. */
export function categoryNames(nodes, out = []) {
  for (const node of nodes || []) {
    const name = text(node?.name).trim();
    if (name && !out.includes(name)) out.push(name);
    categoryNames(node?.children, out);
  }
  return out;
}

// ---------- deadlines: { rules: [...], ruralDistricts: [...] } ----------

const RULE_FIELDS = ['name', 'stage', 'businessLines', 'types', 'categories', 'area', 'majorFault', 'limit'];

function deadlineRuleToDraft(rule) {
  let majorFault = ANY;
  if (rule?.majorFault === true) majorFault = 'true';
  else if (rule?.majorFault === false) majorFault = 'false';
  return {
    ...extra(rule, RULE_FIELDS),
    _key: newKey(),
    name: text(rule?.name),
    stage: text(rule?.stage),
    businessLines: strings(rule?.businessLines),
    types: strings(rule?.types),
    categories: strings(rule?.categories),
    area: rule?.area ? String(rule.area) : ANY,
    majorFault,
    limit: text(rule?.limit),
  };
}

function deadlineRuleToBody(rule) {
  const { _key, ...rest } = rule; // eslint-disable-line no-unused-vars
  let majorFault = null;
  if (rule.majorFault === 'true') majorFault = true;
  else if (rule.majorFault === 'false') majorFault = false;
  return {
    ...rest,
    name: text(rule.name).trim(),
    stage: rule.stage || null,
    businessLines: [...rule.businessLines],
    types: [...rule.types],
    categories: rule.categories.map((c) => c.trim()).filter(Boolean),
    area: rule.area && rule.area !== ANY ? rule.area : null,
    majorFault,
    limit: text(rule.limit).trim(),
  };
}

/** An empty deadline rule (all conditions open). */
export function newDeadlineRule(stage = 'CONTACT') {
  return deadlineRuleToDraft({ name: '', stage, businessLines: [], types: [], categories: [], area: null, majorFault: null, limit: '' });
}

/** A new category node (no children). */
export function newCategoryNode(name) {
  return categoryNodeToDraft({ name, children: [] });
}

// ---------- calendar: { days: [{ date, kind, name }] } ----------

function dayToDraft(day) {
  return { ...extra(day, ['date', 'kind', 'name']), _key: newKey(), date: text(day?.date), kind: text(day?.kind) || 'HOLIDAY', name: text(day?.name) };
}

function dayToBody(day) {
  const { _key, ...rest } = day; // eslint-disable-line no-unused-vars
  return { ...rest, date: day.date || null, kind: day.kind, name: text(day.name).trim() };
}

/** A new calendar day. */
export function newDay(date, kind, name) {
  return dayToDraft({ date, kind, name });
}

/** Days by date (undated rows last, in their order). */
export function sortDays(days) {
  return [...days].sort((a, b) => {
    if (!a.date && !b.date) return 0;
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  });
}

// ---------- callbacks: { seed, rules: [{ name, businessLine, orderType, ratio }] } ----------

function callbackRuleToDraft(rule) {
  const ratio = Number(rule?.ratio);
  return {
    ...extra(rule, ['name', 'businessLine', 'orderType', 'ratio']),
    _key: newKey(),
    name: text(rule?.name),
    businessLine: rule?.businessLine ? String(rule.businessLine) : ANY,
    orderType: rule?.orderType ? String(rule.orderType) : ANY,
    // shown as a percentage; two decimals of a percent are plenty
    percent: Number.isFinite(ratio) ? Math.round(ratio * 10000) / 100 : 0,
  };
}

function callbackRuleToBody(rule) {
  const { _key, percent, ...rest } = rule; // eslint-disable-line no-unused-vars
  const p = Number(percent);
  return {
    ...rest,
    name: text(rule.name).trim(),
    businessLine: rule.businessLine || ANY,
    orderType: rule.orderType || ANY,
    ratio: Number.isFinite(p) ? Math.round(p * 100) / 10000 : 0,
  };
}

export function newCallbackRule() {
  return callbackRuleToDraft({ name: '', businessLine: ANY, orderType: ANY, ratio: 0 });
}

// ---------- per kind ----------

export const documents = {
  categories: {
    toDraft: (body) => ({
      ...extra(body, ['nodes']),
      nodes: (Array.isArray(body?.nodes) ? body.nodes : []).map(categoryNodeToDraft),
    }),
    toBody: (draft) => ({ ...extra(draft, ['nodes']), nodes: draft.nodes.map(categoryNodeToBody) }),
    validate: (draft, t) => validateCategories(draft.nodes, t, 1),
  },
  deadlines: {
    toDraft: (body) => {
      const draft = {
        ...extra(body, ['rules', 'ruralDistricts', 'majorFaultCategories']),
        rules: (Array.isArray(body?.rules) ? body.rules : []).map(deadlineRuleToDraft),
        ruralDistricts: strings(body?.ruralDistricts),
      };
      // categories that make an order a major fault: edited when the server sends them
      if (Array.isArray(body?.majorFaultCategories)) draft.majorFaultCategories = strings(body.majorFaultCategories);
      return draft;
    },
    toBody: (draft) => {
      const body = {
        ...extra(draft, ['rules', 'ruralDistricts', 'majorFaultCategories']),
        rules: draft.rules.map(deadlineRuleToBody),
        ruralDistricts: draft.ruralDistricts.map((d) => d.trim()).filter(Boolean),
      };
      if (Array.isArray(draft.majorFaultCategories)) body.majorFaultCategories = draft.majorFaultCategories.map((c) => c.trim()).filter(Boolean);
      return body;
    },
    validate: (draft, t) => {
      const i = draft.rules.findIndex((r) => !r.stage || !text(r.limit).trim());
      if (i >= 0) return t('workOrderRules.deadlines.incomplete', { n: i + 1 });
      const names = new Set();
      for (const rule of draft.rules) {
        const name = text(rule.name).trim();
        if (!name) return t('workOrderRules.deadlines.nameRequired');
        if (names.has(name)) return t('workOrderRules.deadlines.duplicateName', { name });
        names.add(name);
      }
      return null;
    },
  },
  calendar: {
    toDraft: (body) => ({
      ...extra(body, ['days']),
      days: sortDays((Array.isArray(body?.days) ? body.days : []).map(dayToDraft)),
    }),
    toBody: (draft) => ({ ...extra(draft, ['days']), days: sortDays(draft.days).map(dayToBody) }),
    validate: (draft, t) => {
      if (draft.days.some((d) => !d.date)) return t('workOrderRules.calendar.dateRequired');
      const seen = new Set();
      for (const d of draft.days) {
        if (seen.has(d.date)) return t('workOrderRules.calendar.duplicate', { date: d.date });
        seen.add(d.date);
      }
      return null;
    },
  },
  callbacks: {
    toDraft: (body) => ({
      ...extra(body, ['seed', 'rules']),
      seed: text(body?.seed),
      rules: (Array.isArray(body?.rules) ? body.rules : []).map(callbackRuleToDraft),
    }),
    toBody: (draft) => ({
      ...extra(draft, ['seed', 'rules']),
      seed: text(draft.seed).trim(),
      rules: draft.rules.map(callbackRuleToBody),
    }),
    validate: () => null,
  },
};

function validateCategories(nodes, t, level) {
  const names = new Set();
  for (const node of nodes) {
    const name = text(node.name).trim();
    if (!name) return t('workOrderRules.categories.nameRequired');
    if (names.has(name)) return t('workOrderRules.categories.duplicate', { name });
    names.add(name);
    if (level >= MAX_CATEGORY_DEPTH && node.children.length) return t('workOrderRules.categories.tooDeep', { n: MAX_CATEGORY_DEPTH });
    const error = validateCategories(node.children, t, level + 1);
    if (error) return error;
  }
  return null;
}

/** The canonical text of a body, for "has anything changed". */
export function bodyKey(kind, draft) {
  return JSON.stringify(documents[kind].toBody(draft));
}

/** Moves list[index] by delta (-1 up, +1 down) in place; nothing happens at the ends. */
export function moveItem(list, index, delta) {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
}
