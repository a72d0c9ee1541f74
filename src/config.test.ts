// Config of the grievance desk: clock lengths and the officer preset from the environment, with safe fallbacks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from './compliance/clocks';
import { loadConfig } from './config';

describe('grievance configuration', () => {
  it('defaults to compliance.md §2.5 and reads CHARCHA_CLOCK_* in hours; nonsense falls back to the default', () => {
    expect(loadConfig({}).clocks).toEqual(DEFAULT_CLOCKS);
    const c = loadConfig({ CHARCHA_CLOCK_DISPOSE_HOURS: '360', CHARCHA_CLOCK_NCII_HOURS: '1.5', CHARCHA_CLOCK_ACK_HOURS: '0', CHARCHA_CLOCK_ORDER_HOURS: 'soon' }).clocks;
    expect(c).toMatchObject({ disposeHours: 360, intimateImageryHours: 1.5, acknowledgeHours: 24, courtOrderHours: 3 });
  });

  it('presets the officer only when name, address and a contact are all given', () => {
    expect(loadConfig({}).grievanceOfficer).toBeNull();
    expect(loadConfig({ CHARCHA_GRIEVANCE_OFFICER_NAME: 'A', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: 'Delhi' }).grievanceOfficer).toBeNull();
    expect(loadConfig({ CHARCHA_GRIEVANCE_OFFICER_NAME: ' A ', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: 'Delhi', CHARCHA_GRIEVANCE_OFFICER_PHONE: '+91 11 5555' }).grievanceOfficer)
      .toEqual({ name: 'A', address: 'Delhi', email: null, phone: '+91 11 5555' });
  });
});

describe('OIDC configuration', () => {
  it('reads issuer, client id and secret together; a missing one turns OIDC off', () => {
    expect(loadConfig({})).toMatchObject({ oidcIssuer: null, oidcClientId: null, oidcClientSecret: null });
    expect(loadConfig({ CHARCHA_OIDC_ISSUER: 'https://id.news.example/', CHARCHA_OIDC_CLIENT_ID: ' charcha ', CHARCHA_OIDC_CLIENT_SECRET: 's3cret' }))
      .toMatchObject({ oidcIssuer: 'https://id.news.example/', oidcClientId: 'charcha', oidcClientSecret: 's3cret' });
    expect(loadConfig({ CHARCHA_OIDC_ISSUER: 'https://id.news.example', CHARCHA_OIDC_CLIENT_ID: 'charcha' }).oidcIssuer).toBeNull();
  });
});
