/** Tests of the information settings parser (the server's attachment limit) and the PDF export path. */
import { describe, expect, it } from 'vitest';
import { formatSize } from './informationFiles';
import { INFORMATION_SETTINGS_PATH, parseInformationSettings } from './informationSettings';
import { subjectRoutePdfPath } from './informationSubjectRequests';

describe('information settings', () => {
  it('reads the configured attachment limit', () => {
    expect(parseInformationSettings({ attachmentMaxBytes: 2 * 1024 * 1024 })).toEqual({
      attachmentMaxBytes: 2 * 1024 * 1024,
    });
    expect(INFORMATION_SETTINGS_PATH).toBe('/api/v1/information-settings');
  });

  it('refuses anything that is not a positive whole number of bytes', () => {
    for (const bad of [
      null,
      {},
      { attachmentMaxBytes: '1024' },
      { attachmentMaxBytes: 0 },
      { attachmentMaxBytes: 1.5 },
    ])
      expect(parseInformationSettings(bad)).toBeUndefined();
  });

  it('names a configured limit in MB in both languages', () => {
    const limit = parseInformationSettings({ attachmentMaxBytes: 5 * 1024 * 1024 })?.attachmentMaxBytes ?? 0;
    expect(formatSize(limit, 'nl')).toBe('5 MB');
    expect(formatSize(limit, 'en')).toBe('5 MB');
    expect(formatSize(2.5 * 1024 * 1024, 'nl')).toBe('2,5 MB');
  });
});

describe('data-subject request export as PDF', () => {
  it('lives beside the JSON export', () => {
    expect(subjectRoutePdfPath('r 1', 'p1')).toBe('/api/v1/subject-requests/r%201/routes/p1/export.pdf');
  });
});
