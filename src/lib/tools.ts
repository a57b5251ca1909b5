// The tools: one registry of their addresses and names, and the preset links guide pages show (from their frontmatter).
import { buildQuery } from './core/url-state';
import { levelByRank } from './core/levels';

/** Every tool, keyed by its id, which is also the last part of its address: /tools/<id>/. A new tool adds a row here.
 * `navLabel` is a shorter name for the header's navigation, so every item fits one row at 1280 px. */
export const TOOLS = {
  'pay-estimator': { name: 'Pay estimator', path: '/tools/pay-estimator/' },
  'promotion-timeline': { name: 'Promotion timeline', navLabel: 'Timeline', path: '/tools/promotion-timeline/' },
  'platform-comparison': { name: 'Platform comparison', navLabel: 'Platforms', path: '/tools/platform-comparison/' },
  readiness: { name: 'Readiness check', path: '/tools/readiness/' },
  'work-log': { name: 'Work log', path: '/tools/work-log/' },
} as const satisfies Record<string, { name: string; navLabel?: string; path: `/tools/${string}/` }>;

export type ToolId = keyof typeof TOOLS;

export const TOOL_IDS = Object.keys(TOOLS) as ToolId[];

/** A link to a tool with its inputs preset, as a guide page's frontmatter gives it (`tools:` in content/guide/*.mdx). */
export type ToolPreset =
  | { tool: 'pay-estimator'; level?: number | undefined }
  | { tool: 'promotion-timeline'; from?: number | undefined; to?: number | undefined }
  | { tool: 'platform-comparison' }
  | { tool: 'readiness'; target?: number | undefined };

export interface ToolLink {
  href: string;
  /** Link text that says what the tool will do, with its preset. */
  label: string;
}

interface LevelRef {
  rank: number;
  role: string;
}

/** The level ranks a preset names, so the build can check each exists in levels.yaml. */
export function presetRanks(preset: ToolPreset): number[] {
  switch (preset.tool) {
    case 'pay-estimator':
      return preset.level === undefined ? [] : [preset.level];
    case 'promotion-timeline':
      return [preset.from, preset.to].filter((rank) => rank !== undefined);
    case 'readiness':
      return preset.target === undefined ? [] : [preset.target];
    case 'platform-comparison':
      return [];
  }
}

/** The address and words of a preset link. Worked example: `{ tool: 'readiness', target: 3 }` → /tools/readiness/?target=3. */
export function toolLink(preset: ToolPreset, levels: readonly LevelRef[]): ToolLink {
  const path = TOOLS[preset.tool].path;
  switch (preset.tool) {
    case 'pay-estimator': {
      const { level } = preset;
      return {
        href: path + buildQuery({ level }),
        label: level === undefined ? 'Estimate your pay' : `Estimate your pay as ${levelByRank(levels, level).role} (Level ${level})`,
      };
    }
    case 'promotion-timeline':
      return {
        href: path + buildQuery({ from: preset.from, to: preset.to }),
        label:
          preset.from !== undefined && preset.to !== undefined
            ? `Plan the move from Level ${preset.from} to Level ${preset.to}`
            : 'Plan your promotion timeline',
      };
    case 'platform-comparison':
      return { href: path, label: 'Compare the platforms side by side' };
    case 'readiness':
      return {
        href: path + buildQuery({ target: preset.target }),
        label: preset.target === undefined ? 'Check your readiness' : `Check your readiness for Level ${preset.target}`,
      };
  }
}
