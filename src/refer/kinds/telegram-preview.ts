import { UsageError } from '../../core/errors.js';
import type { CaptureResult } from '../../capture/index.js';
import type { Options } from '../../options/index.js';

/** A Telegram public username: 5–32 letters, digits and underscores, starting with a letter (the preview accepts no other). */
const HANDLE = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/**
 * The handle a user typed, as "name", "@name", "t.me/name", "https://t.me/name" or the preview URL
 * "https://t.me/s/name"; anything else (an invite link, a message link, a private chat) is refused.
 */
export function telegramHandle(input: string): string {
  const raw = input.trim().replace(/^@/, '');
  const m = /^(?:https?:\/\/)?(?:t\.me|telegram\.me)\/(?:s\/)?([^/?#]+)\/?$/i.exec(raw);
  const handle = m ? m[1]! : raw;
  if (!HANDLE.test(handle)) throw new UsageError(`"${input}" is not a public Telegram handle (5 to 32 letters, digits or underscores, starting with a letter, e.g. @name or https://t.me/name); invite and message links have no public preview.`);
  return handle;
}

/** The public web preview of a channel: the telegramPreviewUrl option with {handle} filled in. */
export function telegramPreviewUrl(template: string, handle: string): string {
  if (!template.includes('{handle}')) throw new UsageError(`The telegramPreviewUrl option (${template}) has no {handle} placeholder: set it to a URL such as https://t.me/s/{handle}.`);
  const url = template.split('{handle}').join(encodeURIComponent(telegramHandle(handle)));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`The telegramPreviewUrl option gives "${url}", which is not a URL: set it to a URL such as https://t.me/s/{handle}.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError(`The telegramPreviewUrl option gives a ${parsed.protocol} URL: it must be http(s).`);
  return parsed.href;
}

export interface TelegramPreviewInput {
  /** Handles as the user typed them (see telegramHandle). */
  handles: string[];
  options: Options;
  caseId?: string | null;
  onResult?: (result: CaptureResult, done: number, total: number) => void;
}

/**
 * Captures the public web preview of Telegram channels, on request only (`dijkwacht capture
 * --telegram-preview HANDLE`): the page anyone can read without an account. It goes through the
 * ordinary capture, with its network policy and observation guard — observation only: it never
 * joins a channel, never opens the app, never messages a bot and submits nothing.
 */
export async function captureTelegramPreviews(input: TelegramPreviewInput): Promise<CaptureResult[]> {
  if (input.handles.length === 0) throw new UsageError('Name at least one Telegram handle: --telegram-preview HANDLE.');
  const urls = [...new Set(input.handles.map((h) => telegramPreviewUrl(input.options.telegramPreviewUrl, h)))];
  // Loaded here: the browser stack is heavy and the referral kinds that use the URL do not need it.
  const { captureUrls } = await import('../../capture/index.js');
  return captureUrls({ urls, options: input.options, caseId: input.caseId ?? null, ...(input.onResult ? { onResult: input.onResult } : {}) });
}
