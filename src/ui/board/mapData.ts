/** The shape of assets/data/east-asia.json (projected once by scripts/build-map.ts). */
export interface MapCountry {
  id: string;
  name: string;
  board: boolean;
  rings: number[][];
}

export interface MapCity {
  id: 'pyongyang' | 'seoul' | 'beijing' | 'tokyo' | 'dmz' | 'moscow';
  name: string;
  x: number;
  y: number;
  offMap?: boolean;
  screenAngle?: number;
  distanceKm?: number;
}

export interface MapData {
  width: number;
  height: number;
  countries: MapCountry[];
  cities: MapCity[];
  washingtonInset: { x: number; y: number; w: number; h: number };
}

export function isMapData(v: unknown): v is MapData {
  const m = v as MapData;
  return !!m && Array.isArray(m.countries) && Array.isArray(m.cities) && typeof m.width === 'number';
}
