// The layer graph of src/, checked on every import by the local lint rule `layers/allowed`.
//
//   model ← machine ← engine ← app/net ← ui/classroom
//   codec ← engine;  bots on model/machine (and engine);  i18n words the model and the bots' reasons
//   server on engine/net/codec/bots;  cli on engine/codec/bots;  audio only on the app's cue names
//
// Each entry lists what a folder of src/ may import besides itself: a whole folder ('model') or
// one module of another folder ('bots/choose'). A module named in MODULES has its own, narrower
// list. Import circles between files are checked separately (tests/architecture/cycles.test.ts).
import path from 'node:path';

const CORE = ['model', 'machine', 'codec', 'bots', 'engine'];

export const LAYERS = {
  model: [],
  machine: ['model'],
  codec: ['model'],
  // The engine plays bot seats through the chooser and logs their reasons in English, so the
  // chooser and the log's wording sit below the engine (see MODULES).
  engine: ['model', 'machine', 'codec', 'bots/choose', 'bots/personalities', 'bots/reasons', 'i18n/log'],
  bots: ['model', 'machine', 'engine'],
  i18n: ['model', 'bots'],
  net: ['model', 'machine', 'codec', 'engine', 'bots', 'i18n'],
  app: [...CORE, 'i18n', 'net'],
  ui: [...CORE, 'i18n', 'net', 'app'],
  classroom: [...CORE, 'i18n', 'net', 'app'],
  server: [...CORE, 'i18n', 'net'],
  cli: [...CORE, 'i18n'],
  audio: ['app/cues'],
  // src/main.ts wires the browser app together.
  '.': ['app', 'audio', 'net', 'ui'],
};

/**
 * Modules with a narrower list than their folder: the engine imports them, so they may not import it.
 * (i18n's list already leaves the engine out, so i18n/log needs no entry.)
 */
export const MODULES = {
  'bots/choose': ['model', 'machine'],
  'bots/personalities': ['model', 'machine'],
  'bots/reasons': ['model'],
  'bots/table': ['model', 'machine'],
};

/** `src/bots/choose.ts` → { layer: 'bots', module: 'bots/choose' }; null outside src/. */
function locate(file, srcDir) {
  const rel = path.relative(srcDir, file).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const noExt = rel.replace(/\.(ts|js|json)$/, '');
  const parts = noExt.split('/');
  // A bare folder ('../i18n') is that folder's index; any other single name is a file in src/ itself.
  if (parts.length === 1 && !(noExt in LAYERS)) return { layer: '.', module: noExt };
  return { layer: parts[0], module: parts.slice(0, 2).join('/') };
}

function allows(list, target) {
  return list.includes(target.layer) || list.includes(target.module);
}

const allowed = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer graph in eslint.layers.js.' },
    schema: [],
    messages: {
      upward: '{{from}} may not import {{to}} (allowed: {{list}}). See the layer graph in eslint.layers.js.',
      unknown: '{{from}} is not in the layer graph: add its folder to LAYERS in eslint.layers.js.',
    },
  },
  create(context) {
    const srcDir = path.join(context.cwd, 'src');
    const self = locate(context.filename, srcDir);
    if (!self) return {};
    const list = MODULES[self.module] ?? LAYERS[self.layer];
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return; // packages have their own rules below
      if (!list) {
        context.report({ node, messageId: 'unknown', data: { from: self.layer } });
        return;
      }
      const target = locate(path.resolve(path.dirname(context.filename), source.value), srcDir);
      if (!target || target.layer === self.layer) return;
      if (!allows(list, target)) {
        context.report({
          node,
          messageId: 'upward',
          data: { from: MODULES[self.module] ? self.module : self.layer, to: target.module, list: list.join(', ') || 'nothing' },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { allowed } };
