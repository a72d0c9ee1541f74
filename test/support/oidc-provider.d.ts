// The little of oidc-provider 8's API the tests use (the package ships no types; @types/oidc-provider is not installed).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface FoundAccount {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: {
      clients: Array<Record<string, unknown>>;
      findAccount(ctx: unknown, sub: string): FoundAccount | undefined | Promise<FoundAccount | undefined>;
      [option: string]: unknown;
    });
    on(event: 'server_error', listener: (ctx: unknown, err: Error) => void): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
