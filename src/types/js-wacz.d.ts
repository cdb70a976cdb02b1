/** The part of @harvard-lil/js-wacz (which ships no types) that dijkwacht uses. */
declare module '@harvard-lil/js-wacz' {
  export interface WACZOptions {
    input: string | string[];
    output: string;
    url?: string;
    ts?: string;
    title?: string;
    description?: string;
    log?: Record<string, (...args: unknown[]) => void>;
  }
  export class WACZ {
    constructor(options: WACZOptions);
    addPage(url: string, title?: string | null, ts?: string | null): void;
    process(verbose?: boolean): Promise<void>;
    indexWARCPool: { destroy(): Promise<void> } | null;
  }
}
