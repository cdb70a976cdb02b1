/**
 * DSA Transparency Database statement categories and keywords (API v2, as documented on
 * transparency.dsa.ec.europa.eu, "additional explanation for statement attributes") that fit
 * nudify and sexual-deepfake services. Packets carry them so a platform can file its statement of
 * reasons without re-classifying.
 */
export const DSA_CATEGORIES = {
  /** Non-consensual sharing of material made with deepfake or similar technology using a third party's features. */
  deepfake: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE' },
  /** The same, where the victims are women (most cases these tools target). */
  deepfakeAgainstWomen: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', keyword: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN' },
  /** Non-consensual sharing of intimate material, including image-based sexual abuse. */
  imageSharing: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING' },
} as const;
