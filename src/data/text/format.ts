import type { ChartAxis } from '../charts/spec.ts';
import { decimalText, type DecimalOptions } from './decimal-text.ts';
import type { Figure } from '../../schemas/figure.ts';
import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi } from '../../schemas/kpi.ts';

/** Qualifiers printed before the number (约 35 万吨) rather than after it (70 余人, 20% 以上). */
const LEADING_QUALIFIERS = new Set(['约', '近', '大于']);
const UNIT_QUALIFIERS = new Set(['余', '多']);

/** Decimals as the report prints them: exactly `decimals`, or as many as the number has. */
const fractionDigits = (group: boolean, decimals: number | undefined): DecimalOptions => ({
  group,
  minimumFractionDigits: decimals ?? 0,
  maximumFractionDigits: decimals ?? 10,
});

/**
 * A number as the report prints it: no digit grouping (the report prints 166545), a true minus sign
 * kept as ASCII "-" like the report, and trailing zeros where the report keeps them.
 */
export function formatNumber(value: number, decimals?: number): string {
  return decimalText(value === 0 ? 0 : value, fractionDigits(false, decimals));
}

/** A figure split for display: what stands before the number, the number, and what follows it. */
export interface FigureParts {
  before: string;
  number: string;
  after: string;
}

export function figureParts(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'decimals'>,
): FigureParts {
  const { qualifier = '', unit } = figure;
  const number = formatNumber(figure.value, figure.decimals);
  if (LEADING_QUALIFIERS.has(qualifier)) return { before: qualifier, number, after: unit };
  if (UNIT_QUALIFIERS.has(qualifier)) return { before: '', number, after: `${qualifier}${unit}` };
  return { before: '', number, after: qualifier ? `${unit} ${qualifier}`.trim() : unit };
}

/** A figure as one line of text, e.g. "约35万吨", "70余人", "20% 以上". */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'decimals'>,
): string {
  const { before, number, after } = figureParts(figure);
  return `${before}${number}${after}`;
}

/** The text of a KPI table cell as published: the printed text where it differs, "-" where not reported. */
export function formatKpiCell(
  kpi: Pick<Kpi, 'values' | 'asPublished'>,
  year: number | string,
): string {
  const key = String(year);
  const printed = kpi.asPublished?.[key];
  if (printed) return printed;
  const value = kpi.values[key];
  if (value === undefined || value === NOT_REPORTED) return '-';
  return formatNumber(value);
}

/** A file size for people: "860 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Numbers of five digits or more are grouped in threes (564,941): four-digit numbers stay whole
 * (1425), as zh-CN tables print them.
 */
const GROUPING_FROM = 10_000;

/**
 * A number for charts and tooltips: grouped when large (or when asked), with a sign when asked
 * (+12.2), and with a fixed number of decimals where the table prints them (30.0).
 */
export function formatGrouped(
  value: number,
  {
    signed = false,
    group = Math.abs(value) >= GROUPING_FROM,
    decimals,
  }: { signed?: boolean; group?: boolean; decimals?: number | undefined } = {},
): string {
  const text = decimalText(value === 0 ? 0 : value, fractionDigits(group, decimals));
  return signed && value > 0 ? `+${text}` : text;
}

/** A value with its unit: "564,941 人次", "96.28%", "+12.2%". */
export function formatWithUnit(
  value: number,
  unit: string,
  { signed = false, decimals }: { signed?: boolean; decimals?: number | undefined } = {},
): string {
  const number = formatGrouped(value, { signed, decimals });
  if (unit === '%') return `${number}%`;
  return unit ? `${number} ${unit}` : number;
}

const SCALE_WORDS: Record<number, string> = { 1: '', 10_000: '万', 100_000_000: '亿' };

/**
 * An axis tick: divided by the axis's scale and followed by its word (60万), "%" for percentages.
 * The ticks of one axis are grouped alike (5,000 beside 15,000).
 */
export function formatTick(
  value: number,
  axis: Pick<ChartAxis, 'min' | 'max' | 'scale'>,
  unit: string,
): string {
  const { scale } = axis;
  const scaled = Number((value / scale).toPrecision(12));
  const group = Math.max(Math.abs(axis.min), Math.abs(axis.max)) / scale >= GROUPING_FROM;
  return `${formatGrouped(scaled, { group })}${scaled === 0 ? '' : SCALE_WORDS[scale]}${unit === '%' ? '%' : ''}`;
}
