/** The board's map of East Asia with the relationship lines (animated from last month's) and their legend. */
import type { BoardVM } from '../../app/screens/board';
import * as T from '../../app/text';
import { AssetKeys } from '../keys';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import { isMapData, type MapData } from './mapData';
import { MapView } from './MapView';

/** The part of the map both the board and the replay show: around the peninsula. */
export const PENINSULA_CROP = { x: 296, y: 200, w: 700, h: 504 };

/** The map's city names, the distance to Moscow and the inset's note, in the player's language. */
export function mapLabels(scene: BaseScene, data: MapData): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const c of ['pyongyang', 'seoul', 'beijing', 'tokyo', 'moscow', 'washington'] as const) labels[c] = scene.t(`ui.city.${c}`);
  const moscow = data.cities.find((c) => c.id === 'moscow');
  if (moscow?.distanceKm) labels.moscowDistance = scene.t('ui.map.moscowDistance', { km: T.num(scene.lang, moscow.distanceKm) });
  labels.inset = scene.t('ui.map.inset');
  return labels;
}

export function drawBoardMap(scene: BaseScene, vm: BoardVM, animate: boolean): MapView | null {
  const data: unknown = scene.cache.json.get(AssetKeys.Map);
  if (!isMapData(data)) return null;
  const map = new MapView(scene, 284, 64, 632, data, { labels: mapLabels(scene, data), negotiation: vm.negotiation, crop: PENINSULA_CROP });
  if (animate && vm.relationsBefore) {
    map.setRelations(vm.relationsBefore, vm.lineLabels);
    map.animateTo(vm.relations, vm.lineLabels);
  } else map.setRelations(vm.relations, vm.lineLabels);
  // Legend
  const lg = scene.add.graphics();
  const lx = 294;
  const ly = 64 + 455 - 68;
  lg.fillStyle(0x0b1522, 0.85);
  lg.fillRoundedRect(lx, ly, 210, 58, 8);
  lg.lineStyle(4, Colors.accent, 1);
  lg.lineBetween(lx + 10, ly + 18, lx + 36, ly + 18);
  lg.lineStyle(4, Colors.sky, 1);
  lg.lineBetween(lx + 10, ly + 40, lx + 36, ly + 40);
  scene.text(lx + 44, ly + 18, scene.t('ui.map.legendWeak'), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
  scene.text(lx + 44, ly + 40, scene.t('ui.map.legendStrong'), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
  return map;
}
