import type { CorpusSite } from '../site-kit.js';
import { sites as dfk_1 } from './dfk-1.js';
import { sites as dfk_2 } from './dfk-2.js';
import { sites as dfk_3 } from './dfk-3.js';
import { sites as dfk_4 } from './dfk-4.js';
import { sites as dfk_5 } from './dfk-5.js';
import { sites as dir_1 } from './dir-1.js';
import { sites as dir_2 } from './dir-2.js';
import { sites as dir_3 } from './dir-3.js';
import { sites as dir_4 } from './dir-4.js';
import { sites as dir_5 } from './dir-5.js';
import { sites as mix_1 } from './mix-1.js';
import { sites as mix_2 } from './mix-2.js';
import { sites as mix_3 } from './mix-3.js';
import { sites as mix_4 } from './mix-4.js';
import { sites as mix_5 } from './mix-5.js';
import { sites as mix_6 } from './mix-6.js';
import { sites as neg_about_1 } from './neg-about-1.js';
import { sites as neg_about_2 } from './neg-about-2.js';
import { sites as neg_about_3 } from './neg-about-3.js';
import { sites as neg_about_4 } from './neg-about-4.js';
import { sites as neg_about_5 } from './neg-about-5.js';
import { sites as neg_about_6 } from './neg-about-6.js';
import { sites as neg_look_1 } from './neg-look-1.js';
import { sites as neg_look_2 } from './neg-look-2.js';
import { sites as neg_look_3 } from './neg-look-3.js';
import { sites as neg_look_4 } from './neg-look-4.js';
import { sites as neg_look_5 } from './neg-look-5.js';
import { sites as neg_look_6 } from './neg-look-6.js';
import { sites as nud_a_1 } from './nud-a-1.js';
import { sites as nud_a_2 } from './nud-a-2.js';
import { sites as nud_a_3 } from './nud-a-3.js';
import { sites as nud_a_4 } from './nud-a-4.js';
import { sites as nud_a_5 } from './nud-a-5.js';
import { sites as nud_b_1 } from './nud-b-1.js';
import { sites as nud_b_2 } from './nud-b-2.js';
import { sites as nud_b_3 } from './nud-b-3.js';
import { sites as nud_b_4 } from './nud-b-4.js';
import { sites as nud_b_5 } from './nud-b-5.js';
import { sites as fresh_a } from './fresh-a.js';
import { sites as fresh_b } from './fresh-b.js';
import { sites as fresh_c } from './fresh-c.js';
import { sites as fresh_d } from './fresh-d.js';
import { sites as fresh_e } from './fresh-e.js';
import { sites as fresh_f } from './fresh-f.js';
import { sites as fresh_g } from './fresh-g.js';
import { sites as fresh_h } from './fresh-h.js';
import { sites as fresh_i } from './fresh-i.js';
import { sites as fresh_j } from './fresh-j.js';
import { sites as fresh_k } from './fresh-k.js';
import { sites as fresh_m } from './fresh-m.js';
import { sites as fresh_n } from './fresh-n.js';
import { sites as fresh_l } from './fresh-l.js';
import { sites as fresh_o } from './fresh-o.js';
import { sites as fresh_p } from './fresh-p.js';
import { sites as fresh_q } from './fresh-q.js';

/** Every multi-page corpus site (one file per writer and shape family). */
export const writtenSites: CorpusSite[] = [
  ...dfk_1,
  ...dfk_2,
  ...dfk_3,
  ...dfk_4,
  ...dfk_5,
  ...dir_1,
  ...dir_2,
  ...dir_3,
  ...dir_4,
  ...dir_5,
  ...mix_1,
  ...mix_2,
  ...mix_3,
  ...mix_4,
  ...mix_5,
  ...mix_6,
  ...neg_about_1,
  ...neg_about_2,
  ...neg_about_3,
  ...neg_about_4,
  ...neg_about_5,
  ...neg_about_6,
  ...neg_look_1,
  ...neg_look_2,
  ...neg_look_3,
  ...neg_look_4,
  ...neg_look_5,
  ...neg_look_6,
  ...nud_a_1,
  ...nud_a_2,
  ...nud_a_3,
  ...nud_a_4,
  ...nud_a_5,
  ...nud_b_1,
  ...nud_b_2,
  ...nud_b_3,
  ...nud_b_4,
  ...nud_b_5,
  ...fresh_a,
  ...fresh_b,
  ...fresh_c,
  ...fresh_d,
  ...fresh_e,
  ...fresh_f,
  ...fresh_g,
  ...fresh_h,
  ...fresh_i,
  ...fresh_j,
  ...fresh_k,
  ...fresh_l,
  ...fresh_m,
  ...fresh_n,
  ...fresh_o,
  ...fresh_p,
  ...fresh_q,
];
