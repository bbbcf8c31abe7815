/** The lab page's actions that leave the page: a sample game in the replay viewer, the chart as PNG. */
import { encodeLink } from '../codec/link';
import { makeSave } from '../codec/save';
import { armGame } from '../engine/lab';
import type { LabArm, LabSpec } from '../engine/labSpec';
import { download, h } from './dom';

/** The game's index.html from this page, whether served as /lab.html or under src/classroom/pages/. */
export function gameUrl(): string {
  return new URL(location.pathname.includes('/src/classroom/pages/') ? '../../../index.html' : 'index.html', location.href).href;
}

/** Replays one game of an arm and opens it in the game's replay viewer (a share link), or offers its save file. */
export function openSampleGame(spec: LabSpec, arm: LabArm, seed: number): void {
  const game = armGame(spec, arm, seed, true);
  const save = game.save({ app: 'quiet-channel-lab' });
  const linked = encodeLink(save, game.hash(), gameUrl());
  game.stop();
  if (linked.ok) window.open(`${gameUrl()}#g=${linked.value}`, '_blank', 'noopener');
  else download(`quiet-channel-lab-seed-${seed}.json`, makeSave(save));
}

/** Draws the results' SVG chart on a canvas and downloads it as PNG. */
export async function exportChartPng(box: HTMLElement): Promise<void> {
  const chart = box.querySelector('svg.lab-chart');
  if (!chart) return;
  const text = new XMLSerializer().serializeToString(chart);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = (img.naturalWidth || 720) * 2;
  canvas.height = (img.naturalHeight || 300) * 2;
  canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  const a = h('a', { attrs: { href: canvas.toDataURL('image/png'), download: 'quiet-channel-lab.png' } });
  document.body.append(a);
  a.click();
  a.remove();
}
