import { describe, expect, it } from 'vitest';
import { detectBotWall } from '../../src/capture/index.js';

const article = 'Investigators describe how services rotate domains and hide behind content delivery networks. '.repeat(20);

describe('bot wall detection', () => {
  it('recognises vendor challenge headers and interstitial titles', () => {
    expect(detectBotWall({ status: 403, headers: { 'cf-mitigated': 'challenge' }, title: 'Just a moment...', text: 'Enable JavaScript and cookies to continue', html: '' })?.kind).toBe('cloudflare-challenge');
    expect(detectBotWall({ status: 200, headers: {}, title: 'DDoS-Guard', text: 'Checking your browser before accessing', html: '<script src="https://check.ddos-guard.net/check.js">' })?.kind).toBe('ddos-guard');
    expect(detectBotWall({ status: 403, headers: {}, title: 'Access denied', text: 'blocked', html: '<iframe src="https://geo.captcha-delivery.com/captcha/">' })?.kind).toBe('datadome');
  });

  it('names the signals it saw', () => {
    const wall = detectBotWall({ status: 503, headers: {}, title: 'Just a moment...', text: 'Checking your browser before accessing example.test', html: '<form id="challenge-form"></form>' });
    expect(wall?.signals).toEqual(expect.arrayContaining(['page title "Just a moment..."', 'HTTP status 503']));
  });

  it('does not mistake a real page with a captcha-protected form for a wall', () => {
    expect(detectBotWall({ status: 200, headers: {}, title: 'Contact us', text: article, html: '<script src="https://www.google.com/recaptcha/api.js"></script><div class="g-recaptcha"></div>' })).toBeNull();
  });

  it('does not flag an article that merely mentions bot walls', () => {
    expect(detectBotWall({ status: 200, headers: {}, title: 'How sites use bot protection', text: `${article} Some pages say "checking your browser" first.`, html: '' })).toBeNull();
  });
});
