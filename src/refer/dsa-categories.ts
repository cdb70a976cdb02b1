import type { DsaStatementCategory } from './packet-types.js';

/**
 * DSA Transparency Database statement categories and keywords (API v2, as documented on
 * transparency.dsa.ec.europa.eu, "additional explanation for statement attributes") that fit
 * nudify and sexual-deepfake services. The field names are the API's: `category` (one value),
 * `category_addition` (further categories) and `category_specification` (keywords, an array), so
 * a platform can file its statement of reasons without re-classifying.
 */
export const DSA_CATEGORIES = {
  cyberViolence: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  cyberViolenceAgainstWomen: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  /** Non-consensual sharing of material made with deepfake or similar technology using a third party's features. */
  deepfake: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE',
  /** The same, where the victims are women. */
  deepfakeAgainstWomen: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN',
  /** Non-consensual sharing of intimate material, including image-based sexual abuse. */
  imageSharing: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING',
} as const;

export const dsaStatementCategory = (): DsaStatementCategory => ({
  category: DSA_CATEGORIES.cyberViolence,
  category_addition: [DSA_CATEGORIES.cyberViolenceAgainstWomen],
  category_specification: [DSA_CATEGORIES.deepfake, DSA_CATEGORIES.deepfakeAgainstWomen],
});
