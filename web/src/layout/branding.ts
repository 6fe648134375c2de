/**
 * Applies the house's branding colours (from GET /api/v1/house) as CSS custom properties on
 * <html>, through the CSSOM (allowed under the CSP, unlike inline style attributes). Colours are
 * checked against WCAG 2.1 contrast (4.5:1 for text); a colour that would fail is replaced by
 * black or white, whichever contrasts best, so configuration can never make the UI unreadable.
 */
import type { House } from '../api/house';

const MIN_TEXT_CONTRAST = 4.5;
const WHITE = '#ffffff';
const BLACK = '#000000';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `preferred` if it is readable on `background`, else black or white. */
export function readableOn(background: string, preferred: string): string {
  if (contrastRatio(background, preferred) >= MIN_TEXT_CONTRAST) return preferred;
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}

export function applyBranding(
  branding: House['branding'],
  root: HTMLElement = document.documentElement,
): void {
  const { primaryColor, secondaryColor, textOnPrimary } = branding;
  const style = root.style;
  style.setProperty('--ketenhuis-color-primary', primaryColor);
  style.setProperty('--ketenhuis-color-on-primary', readableOn(primaryColor, textOnPrimary));
  style.setProperty('--ketenhuis-color-secondary', secondaryColor);
  style.setProperty('--ketenhuis-color-on-secondary', readableOn(secondaryColor, textOnPrimary));
  // Links and headings on the white page use the primary colour only if it is readable there.
  if (contrastRatio(primaryColor, WHITE) >= MIN_TEXT_CONTRAST) {
    style.setProperty('--ketenhuis-color-accent', primaryColor);
  } else {
    style.removeProperty('--ketenhuis-color-accent');
  }
}
