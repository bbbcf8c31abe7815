/**
 * Builds assets/data/east-asia.json: the game board's countries, projected once into a
 * 1000×720 design space, clipped to it and simplified, plus city positions.
 *
 *   npx tsx scripts/build-map.ts            # writes the JSON and prints its size
 *   npx tsx scripts/build-map.ts --svg F    # also writes a check SVG to F
 *
 * Source: Natural Earth 1:50m Admin 0 countries via the world-atlas package (countries-50m.json).
 * Simplification is done on the TopoJSON arcs in projected space, so borders shared by two
 * countries stay identical after simplification (no slivers or gaps between neighbours).
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { GeoPermissibleObjects, GeoStreamWrapper } from 'd3-geo';
import { geoBounds, geoConicConformal, geoDistance, geoIdentity, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_FILE = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
const OUT_FILE = resolve(ROOT, 'assets/data/east-asia.json');

const WIDTH = 1000;
const HEIGHT = 720;
/** The geographic frame the projection is fitted to (degrees). */
const FRAME = { west: 95, east: 150, south: 20, north: 58 };
/** Points of an arc closer than this (design px) to the last kept point are dropped. */
const MIN_STEP = 1.2;
/** Rings whose area (design px²) is below this after simplification are dropped (tiny islets). */
const MIN_RING_AREA = 2;

/** ISO 3166-1 numeric → alpha-2 for every country that can fall in the frame. */
const ALPHA2: Record<string, string> = {
  '156': 'CN',
  '408': 'KP',
  '410': 'KR',
  '392': 'JP',
  '643': 'RU',
  '496': 'MN',
  '158': 'TW',
  '704': 'VN',
  '418': 'LA',
  '104': 'MM',
  '764': 'TH',
  '608': 'PH',
  '356': 'IN',
  '064': 'BT',
  '050': 'BD',
  '398': 'KZ',
  '524': 'NP',
  '417': 'KG',
  '580': 'MP',
  '116': 'KH',
  '344': 'HK',
  '446': 'MO',
};
/** The countries that are on the game board; the rest are drawn as neighbours. */
const BOARD = ['KP', 'KR', 'CN', 'JP', 'RU', 'MN', 'TW'];
/** Display names (Natural Earth's short names are used otherwise). */
const NAMES: Record<string, string> = {
  KP: 'North Korea',
  KR: 'South Korea',
  CN: 'China',
  JP: 'Japan',
  RU: 'Russia',
  MN: 'Mongolia',
  TW: 'Taiwan',
};
/** Territories drawn as part of another country on the board. */
const MERGE_INTO: Record<string, string> = { HK: 'CN', MO: 'CN' };

const CITIES: { id: string; name: string; lon: number; lat: number }[] = [
  { id: 'pyongyang', name: 'Pyongyang', lon: 125.7625, lat: 39.0392 },
  { id: 'seoul', name: 'Seoul', lon: 126.978, lat: 37.5665 },
  { id: 'beijing', name: 'Beijing', lon: 116.4074, lat: 39.9042 },
  { id: 'tokyo', name: 'Tokyo', lon: 139.6917, lat: 35.6895 },
  { id: 'dmz', name: 'Panmunjom (DMZ)', lon: 126.6772, lat: 37.9558 },
  { id: 'moscow', name: 'Moscow', lon: 37.6173, lat: 55.7558 },
];
/** Off-map markers sit this far inside the frame edge. */
const EDGE_MARGIN = 28;

type Pt = [number, number];

const round1 = (v: number): number => Math.round(v * 10) / 10;

function frameOutline(): GeoPermissibleObjects {
  // A dense outline of the lon/lat box, so that fitting follows parallels and meridians.
  const pts: Pt[] = [];
  const steps = 60;
  for (let i = 0; i <= steps; i++) pts.push([FRAME.west + ((FRAME.east - FRAME.west) * i) / steps, FRAME.south]);
  for (let i = 0; i <= steps; i++) pts.push([FRAME.east, FRAME.south + ((FRAME.north - FRAME.south) * i) / steps]);
  for (let i = 0; i <= steps; i++) pts.push([FRAME.east - ((FRAME.east - FRAME.west) * i) / steps, FRAME.north]);
  for (let i = 0; i <= steps; i++) pts.push([FRAME.west, FRAME.north - ((FRAME.north - FRAME.south) * i) / steps]);
  return { type: 'MultiPoint', coordinates: pts };
}

/** Lambert conformal conic, standard parallels 30°N and 50°N, central meridian 122.5°E. */
const projection = geoConicConformal()
  .parallels([30, 50])
  .rotate([-(FRAME.west + FRAME.east) / 2, 0])
  .fitExtent(
    [
      [0, 0],
      [WIDTH, HEIGHT],
    ],
    frameOutline(),
  );

function project(lon: number, lat: number): Pt {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon},${lat}`);
  return [p[0], p[1]];
}

// ---------------------------------------------------------------------------------------------
// 1. Load the topology and choose the countries whose extent reaches the frame.

type CountryProps = { name: string };
const topology = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as Topology<{
  countries: GeometryCollection<CountryProps>;
}>;
const geometries = topology.objects.countries.geometries;

/** The frame's extent in lon/lat, widened, for the cheap pre-selection. */
const PRESELECT = { west: 70, east: 175, south: 5, north: 80 };

function inPreselect(g: GeometryObject<CountryProps>): boolean {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
  const f = topojson.feature(topology, g) as Feature;
  const [[w, s], [e, n]] = geoBounds(f);
  const crossesAntimeridian = w > e;
  const lonOverlap = crossesAntimeridian ? true : e >= PRESELECT.west && w <= PRESELECT.east;
  return lonOverlap && n >= PRESELECT.south && s <= PRESELECT.north;
}

const candidates = geometries.filter(inPreselect);

// ---------------------------------------------------------------------------------------------
// 2. Decode, project and simplify every arc once (shared borders stay shared).

const decode = topojson.transform(topology.transform ?? null);
const projectedArcs: Pt[][] = topology.arcs.map((arc) => {
  const pts: Pt[] = arc.map((p, i) => {
    // The transformer resets its delta-decoding state on the first point of each arc.
    const [lon, lat] = decode(p, i !== 0) as [number, number];
    return project(lon, lat);
  });
  return simplifyArc(pts);
});

function simplifyArc(pts: Pt[]): Pt[] {
  if (pts.length <= 2) return pts;
  const first = pts[0] as Pt;
  const last = pts[pts.length - 1] as Pt;
  const out: Pt[] = [first];
  let prev = first;
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i] as Pt;
    if (Math.hypot(p[0] - prev[0], p[1] - prev[1]) >= MIN_STEP) {
      out.push(p);
      prev = p;
    }
  }
  // Keep the arc's end node (shared with the neighbouring arcs); drop a kept point too close to it.
  if (out.length > 1) {
    const tail = out[out.length - 1] as Pt;
    if (Math.hypot(tail[0] - last[0], tail[1] - last[1]) < MIN_STEP) out.pop();
  }
  out.push(last);
  return out;
}

const planar: Topology<{ countries: GeometryCollection<CountryProps> }> = {
  type: 'Topology',
  arcs: projectedArcs,
  objects: { countries: { type: 'GeometryCollection', geometries: candidates } },
};

// ---------------------------------------------------------------------------------------------
// 3. Group (merge Hong Kong and Macao into China), clip to the design rectangle, collect rings.

function nameOf(g: GeometryObject<CountryProps>): string | undefined {
  const props = g.properties as Partial<CountryProps> | undefined;
  return props?.name;
}

function alpha2Of(g: GeometryObject<CountryProps>): string {
  const code = g.id === undefined ? undefined : String(g.id);
  const a2 = code === undefined ? undefined : ALPHA2[code];
  if (!a2) throw new Error(`no alpha-2 code for ${String(g.id)} ${nameOf(g) ?? '?'}: add it to ALPHA2`);
  return a2;
}

type PolyGeom = Polygon<CountryProps> | MultiPolygon<CountryProps>;
const groups = new Map<string, { name: string; parts: PolyGeom[] }>();
for (const g of candidates) {
  const a2 = alpha2OrNull(g);
  if (!a2) continue;
  const target = MERGE_INTO[a2] ?? a2;
  const group = groups.get(target) ?? { name: '', parts: [] };
  if (target === a2) group.name = NAMES[a2] ?? nameOf(g) ?? a2;
  group.parts.push(g as PolyGeom);
  groups.set(target, group);
}

function alpha2OrNull(g: GeometryObject<CountryProps>): string | null {
  // Candidates that do not reach the design rectangle are skipped; one that does but has no
  // alpha-2 code makes alpha2Of throw, so that the table above gets fixed.
  return reachesFrame(topojson.feature(planar, g) as Feature) ? alpha2Of(g) : null;
}

function reachesFrame(f: Feature): boolean {
  return clipRings(f).length > 0;
}

/** Clips planar geometry to the design rectangle and returns its rings (without closing point). */
function clipRings(f: Feature | GeoMultiPolygon | GeoPolygon): Pt[][] {
  const rings: Pt[][] = [];
  let current: Pt[] = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    closePath() {
      rings.push(current);
      current = [];
    },
    arc() {
      /* not used for polygons */
    },
    beginPath() {
      /* not used */
    },
  };
  const clipper = geoIdentity().clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  geoPath(clipper as unknown as GeoStreamWrapper, context as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

function cleanRing(ring: Pt[]): number[] | null {
  const out: Pt[] = [];
  for (const [x, y] of ring) {
    const p: Pt = [round1(x), round1(y)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === p[0] && prev[1] === p[1]) continue;
    out.push(p);
  }
  while (out.length > 1) {
    const a = out[0] as Pt;
    const b = out[out.length - 1] as Pt;
    if (a[0] === b[0] && a[1] === b[1]) out.pop();
    else break;
  }
  if (out.length < 3) return null;
  if (Math.abs(signedArea(out)) < MIN_RING_AREA) return null;
  return out.flat();
}

function signedArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Pt;
    const q = ring[(i + 1) % ring.length] as Pt;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

interface CountryOut {
  id: string;
  name: string;
  board: boolean;
  rings: number[][];
}

const countries: CountryOut[] = [];
for (const [id, group] of groups) {
  const geom = topojson.merge(planar, group.parts);
  const rings = clipRings(geom)
    .map(cleanRing)
    .filter((r): r is number[] => r !== null);
  if (rings.length === 0) continue;
  countries.push({ id, name: group.name, board: BOARD.includes(id), rings });
}
// Board countries first (in BOARD order), then neighbours alphabetically: stable output.
countries.sort((a, b) => {
  const ia = BOARD.indexOf(a.id);
  const ib = BOARD.indexOf(b.id);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.id.localeCompare(b.id);
});
for (const id of BOARD) {
  if (!countries.some((c) => c.id === id)) throw new Error(`board country ${id} missing from the frame`);
}

// ---------------------------------------------------------------------------------------------
// 4. Cities; Moscow becomes an edge marker.

/** Initial great-circle bearing from a to b, degrees clockwise from north. */
function bearing(a: Pt, b: Pt): number {
  const toRad = Math.PI / 180;
  const [l1, p1] = [a[0] * toRad, a[1] * toRad];
  const [l2, p2] = [b[0] * toRad, b[1] * toRad];
  const y = Math.sin(l2 - l1) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1);
  return (Math.atan2(y, x) / toRad + 360) % 360;
}

interface CityOut {
  id: string;
  name: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
  offMap?: true;
  /** Off-map only: initial great-circle bearing from Beijing, degrees clockwise from north. */
  bearing?: number;
  /** Off-map only: direction of the marker's arrow on the board, degrees clockwise from up. */
  screenAngle?: number;
  /** Off-map only: great-circle distance from Beijing in km. */
  distanceKm?: number;
}

const beijing = CITIES.find((c) => c.id === 'beijing');
if (!beijing) throw new Error('no Beijing');
const cities: CityOut[] = CITIES.map((c) => {
  const [px, py] = project(c.lon, c.lat);
  const inside = px >= 0 && px <= WIDTH && py >= 0 && py <= HEIGHT;
  if (inside) return { id: c.id, name: c.name, lon: c.lon, lat: c.lat, x: round1(px), y: round1(py) };
  // Where the line from Beijing's position towards the city's (unclipped) projected position leaves
  // the board, pulled in by EDGE_MARGIN.
  const [bx, by] = project(beijing.lon, beijing.lat);
  const dx = px - bx;
  const dy = py - by;
  const lo = EDGE_MARGIN;
  const tx = dx < 0 ? (lo - bx) / dx : dx > 0 ? (WIDTH - lo - bx) / dx : Infinity;
  const ty = dy < 0 ? (lo - by) / dy : dy > 0 ? (HEIGHT - lo - by) / dy : Infinity;
  const t = Math.min(tx, ty);
  return {
    id: c.id,
    name: c.name,
    lon: c.lon,
    lat: c.lat,
    x: round1(bx + dx * t),
    y: round1(by + dy * t),
    offMap: true,
    bearing: Math.round(bearing([beijing.lon, beijing.lat], [c.lon, c.lat])),
    screenAngle: Math.round(((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360),
    distanceKm: Math.round(geoDistance([beijing.lon, beijing.lat], [c.lon, c.lat]) * 6371),
  };
});

// ---------------------------------------------------------------------------------------------
// 5. Washington inset: the largest rectangle in the south-east corner that touches no land.

const allRings: Pt[][] = countries.flatMap((c) =>
  c.rings.map((flat) => {
    const pts: Pt[] = [];
    for (let i = 0; i < flat.length; i += 2) pts.push([flat[i] as number, flat[i + 1] as number]);
    return pts;
  }),
);

function rectTouchesLand(x: number, y: number, w: number, h: number, pad: number): boolean {
  const x0 = x - pad;
  const y0 = y - pad;
  const x1 = x + w + pad;
  const y1 = y + h + pad;
  for (const ring of allRings) {
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i] as Pt;
      const q = ring[(i + 1) % ring.length] as Pt;
      if (segmentHitsRect(p, q, x0, y0, x1, y1)) return true;
    }
    // A ring that encloses the rectangle entirely.
    if (pointInRing([x, y], ring)) return true;
  }
  return false;
}

function segmentHitsRect(p: Pt, q: Pt, x0: number, y0: number, x1: number, y1: number): boolean {
  // Liang–Barsky.
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [
    [-dx, p[0] - x0],
    [dx, x1 - p[0]],
    [-dy, p[1] - y0],
    [dy, y1 - p[1]],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

function pointInRing(pt: Pt, ring: Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Pt;
    const b = ring[j] as Pt;
    if (a[1] > pt[1] !== b[1] > pt[1] && pt[0] < ((b[0] - a[0]) * (pt[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

const INSET_MARGIN = 16;
const INSET_PAD = 10;
let inset: { x: number; y: number; w: number; h: number } | null = null;
// Aspect 4:3; try sizes from large to small, positions from the bottom-right corner inwards.
for (let w = 280; w >= 120 && !inset; w -= 10) {
  const h = Math.round((w * 3) / 4);
  for (let off = 0; off <= 200 && !inset; off += 10) {
    for (const [ox, oy] of [
      [0, off],
      [off, 0],
      [off, off],
    ] as [number, number][]) {
      const x = WIDTH - INSET_MARGIN - w - ox;
      const y = HEIGHT - INSET_MARGIN - h - oy;
      if (!rectTouchesLand(x, y, w, h, INSET_PAD)) {
        inset = { x, y, w, h };
        break;
      }
    }
  }
}
if (!inset) throw new Error('no empty ocean corner for the Washington inset');

// ---------------------------------------------------------------------------------------------
// 6. Write.

const out = {
  width: WIDTH,
  height: HEIGHT,
  projection: {
    name: 'Lambert conformal conic',
    parallels: [30, 50],
    /** d3-geo: geoConicConformal().parallels(p).rotate(rotate).scale(scale).translate(translate) */
    rotate: projection
      .rotate()
      .slice(0, 2)
      .map((v) => Math.round(v * 1000) / 1000),
    frame: FRAME,
    scale: Math.round(projection.scale() * 1000) / 1000,
    translate: projection.translate().map((v) => Math.round(v * 1000) / 1000),
  },
  countries,
  cities,
  washingtonInset: inset,
  source:
    'Natural Earth 1:50m Admin 0 countries (public domain), v4.1.0 via world-atlas@2.0.2 countries-50m.json; ' +
    'projected, clipped and simplified by scripts/build-map.ts',
};

const json = JSON.stringify(out);
mkdirSync(dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, json + '\n');
const size = statSync(OUT_FILE).size;
const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
console.log(`wrote ${OUT_FILE}: ${(size / 1024).toFixed(1)} KB, ${countries.length} countries, ${points} points`);
for (const c of countries) {
  const holes = c.rings.filter((flat) => {
    const pts: Pt[] = [];
    for (let i = 0; i < flat.length; i += 2) pts.push([flat[i] as number, flat[i + 1] as number]);
    return signedArea(pts) < 0;
  }).length;
  console.log(`  ${c.id.padEnd(3)} ${c.name.padEnd(14)} rings=${c.rings.length} negativeArea=${holes}`);
}
console.log('cities:', cities.map((c) => `${c.id}(${c.x},${c.y}${c.offMap ? ' off-map' : ''})`).join(' '));
console.log('washingtonInset:', inset);

// Optional check SVG.
const svgIdx = process.argv.indexOf('--svg');
const svgPath = svgIdx >= 0 ? process.argv[svgIdx + 1] : undefined;
if (svgPath) {
  const fills: Record<string, string> = {
    KP: '#c0504d',
    KR: '#4f81bd',
    CN: '#e6b85c',
    JP: '#9bbb59',
    RU: '#8064a2',
    MN: '#d99694',
    TW: '#4bacc6',
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#1d3550"/>`,
  ];
  for (const c of countries) {
    const d = c.rings
      .map((flat) => {
        let s = '';
        for (let i = 0; i < flat.length; i += 2) s += `${i === 0 ? 'M' : 'L'}${flat[i]},${flat[i + 1]}`;
        return s + 'Z';
      })
      .join('');
    parts.push(`<path d="${d}" fill="${fills[c.id] ?? '#7a7a70'}" fill-rule="evenodd" stroke="#111" stroke-width="0.6"/>`);
  }
  for (const c of cities) {
    parts.push(`<circle cx="${c.x}" cy="${c.y}" r="4" fill="${c.offMap ? '#fff' : '#000'}" stroke="#fff"/>`);
    parts.push(
      `<text x="${c.x + 6}" y="${c.y - 6}" font-family="sans-serif" font-size="13" fill="#fff">${c.name}${c.offMap ? ` ${c.bearing}°` : ''}</text>`,
    );
  }
  parts.push(
    `<rect x="${inset.x}" y="${inset.y}" width="${inset.w}" height="${inset.h}" fill="none" stroke="#fff" stroke-dasharray="6 4"/>`,
  );
  parts.push(`<text x="${inset.x + 8}" y="${inset.y + 20}" font-family="sans-serif" font-size="13" fill="#fff">Washington inset</text>`);
  parts.push('</svg>');
  writeFileSync(svgPath, parts.join('\n'));
  console.log(`wrote ${svgPath}`);
}
