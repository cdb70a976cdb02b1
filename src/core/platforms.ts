/**
 * Registrable domains of platforms: messengers, social networks, payment, sign-in and infrastructure.
 * Their links are identifiers, never sites to classify: discovery does not fetch them
 * (`crawlSkipDomains`), and the classifier never counts them as another service a page promotes.
 */
export const PLATFORM_DOMAINS: readonly string[] = ['t.me', 'telegram.me', 'telegram.org', 'discord.gg', 'discord.com', 'discordapp.com', 'facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'tiktok.com', 'youtube.com', 'whatsapp.com', 'google.com', 'googleapis.com', 'gstatic.com', 'apple.com', 'stripe.com', 'paypal.com', 'coinbase.com', 'cloudflare.com'];
