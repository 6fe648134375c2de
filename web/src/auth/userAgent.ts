/**
 * A short, readable name for the browser and operating system in a session's User-Agent string
 * ("Firefox", "Windows"), so the session list says which device is which. Best effort: an
 * unrecognised string yields undefined parts and the UI falls back to "unknown device".
 */
export interface DeviceDescription {
  browser: string | undefined;
  os: string | undefined;
}

const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:Chrome|CriOS|Chromium|HeadlessChrome)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (table: readonly [RegExp, string][], value: string): string | undefined =>
  table.find(([pattern]) => pattern.test(value))?.[1];

export function describeUserAgent(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: undefined, os: undefined };
  return { browser: first(BROWSERS, userAgent), os: first(SYSTEMS, userAgent) };
}
