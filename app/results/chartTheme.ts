/** Colours and sizes shared by the result charts (contrast ≥ 3:1 on white for lines and bars). */

export const CHART_COLORS = {
  reliability: '#1d4ed8',
  availability: '#047857',
  mission: '#b45309',
  grid: '#e3e7eb',
  axis: '#4b5563',
  bar: '#2563eb',
  barSinglePoint: '#b91c1c',
} as const;

/** Colours of per-block overlay curves, in the order blocks are picked. */
export const BLOCK_COLORS: readonly string[] = [
  '#7c3aed',
  '#be185d',
  '#0e7490',
  '#a16207',
  '#4b5563',
  '#c2410c',
];

/** Most blocks overlaid at once. */
export const MAX_BLOCK_CURVES = BLOCK_COLORS.length;

/** Height of the curve charts, px. */
export const CURVE_CHART_HEIGHT = 280;
