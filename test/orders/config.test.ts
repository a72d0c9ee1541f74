// The order clocks are configuration: defaults 3 h and 72 h, overridable, and never zero or negative.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('order clock configuration', () => {
  it('defaults to 3 h and 72 h, takes positive overrides, ignores zero, negative and junk', () => {
    expect(loadConfig({})).toMatchObject({ orderClockHours: 3, infoRequestClockHours: 72 });
    expect(loadConfig({ CHARCHA_CLOCK_ORDER_HOURS: '1.5', CHARCHA_CLOCK_LAW_ENFORCEMENT_HOURS: '48' })).toMatchObject({ orderClockHours: 1.5, infoRequestClockHours: 48 });
    expect(loadConfig({ CHARCHA_CLOCK_ORDER_HOURS: '0', CHARCHA_CLOCK_LAW_ENFORCEMENT_HOURS: '-5' })).toMatchObject({ orderClockHours: 3, infoRequestClockHours: 72 });
    expect(loadConfig({ CHARCHA_CLOCK_ORDER_HOURS: 'soon' })).toMatchObject({ orderClockHours: 3 });
  });
});
