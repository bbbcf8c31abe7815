// Types for eslint.layers.js, so the tests can load the layer rule.
import type { ESLint } from 'eslint';

export const LAYERS: Record<string, string[]>;
export const MODULES: Record<string, string[]>;
export const layersPlugin: ESLint.Plugin;
