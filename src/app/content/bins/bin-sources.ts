// The public pages the bin rules were read from (see /work/shared/content/facts.md, section 5).
import { CHECKED_PUBLISHERS, src } from '../sources';

/** The day these rules were last checked against the fact sheet. */
export const BINS_CHECKED = '2026-11-23';
/** The day the rules resting on the publisher pages that replaced mirror and staging copies were checked. */
export const BINS_PUBLISHERS_CHECKED = CHECKED_PUBLISHERS;

// Sefton
export const MYSEFTON_WASTE = src(
  'MySefton (Sefton Council news)',
  'Waste and recycling',
  'https://mysefton.co.uk/category/waste-recycling/',
);
/** http only in the fact sheet: kept as given. */
export const SEFTON_SACKS = src('Sefton Council', 'Sacks to bins roll out', 'http://www.sefton.gov.uk/sacks-to-bins-rollout', '2026');
export const SEFTON_BROWN = src(
  'Sefton Council',
  'Brown bins and hessian sacks',
  'https://www.sefton.gov.uk/bins-recycling/bin-collections/brown-bins-and-hessian-sacks/',
);
export const MYSEFTON_FAQ = src('MySefton', 'Sefton bins FAQs', 'https://mysefton.co.uk/2019/03/06/recycling-in-sefton/', '2019-03-06');
export const SOUTHPORT_GREEN = src(
  'Stand Up For Southport',
  'Green bin collections in Sefton to return after winter break',
  'https://standupforsouthport.com/green-recycling-wheelie-bin-collections-in-sefton-to-return-after-winter-break',
  '2022-03',
);
export const EYE_ON_SOUTHPORT = src(
  'Eye on Southport',
  'Council’s cost-saving shutdown will affect some Sefton bin collections',
  'https://eyeonsouthport.co.uk/council-s-cost-saving-shutdown-will-affect-some-sefton-bin-collections',
  '2023-12',
);
export const FORMBY_CHRISTMAS = src(
  'Formby Parish Council',
  'Christmas bin collections 2024',
  'https://www.formby-pc.gov.uk/christmas-bin-collections-2024/',
  '2024',
);
export const OTS_NEWS = src(
  'OTS News',
  'Sefton Council leave grey bins uncollected',
  'https://otsnews.co.uk/sefton-council-leave-grey-bins-uncollected-hottest-time-year',
  '2019-07-28',
);

// Stockton-on-Tees
export const STOCKTON_DECISION = src(
  'Stockton-on-Tees Borough Council',
  'Stockton-on-Tees Borough residents to benefit from improved waste and recycling services',
  'https://stockton.gov.uk/article/13822/Stockton-on-Tees-Borough-residents-to-benefit-from-improved-waste-and-recycling-services',
  '2024-02-16',
);
export const NORTHERN_ECHO_BINS = src(
  'The Northern Echo',
  'Changes to household waste and recycling in Stockton given the green light',
  'https://thenorthernecho.co.uk/news/24662822.changes-bins-stockton-council-greenlight-new-plan',
  'October 2024',
);
/** The BBC's own page (its text, quoting the council, was read in the stored copy named in facts.md section 10). */
export const BBC_STOCKTON_BINS = src(
  'BBC News',
  'New bin collections rules to start in the spring',
  'https://www.bbc.com/news/articles/ce9y8549nn9o',
);
export const STOCKTON_GARDEN_SIGNUP = src(
  'Stockton-on-Tees Borough Council',
  'Sign up for new garden waste service: what you need to know',
  'https://stockton.gov.uk/article/16490/Sign-up-for-new-garden-waste-service-what-you-need-to-know',
  '2025-01-06',
);
export const BILLINGHAM_TC = src(
  'Billingham Town Council',
  'Household waste and recycling improvements',
  'https://billingham-tc.gov.uk/2025/03/household-waste-and-recycling-improvements',
  '2025-03',
);
export const STOCKTON_DAYS = src(
  'Stockton-on-Tees Borough Council',
  'Bin collection days',
  'https://stockton.gov.uk/bin-collection-days',
  'about early 2025',
);
export const STOCKTON_OLD_COLLECTIONS = src(
  'Stockton-on-Tees Borough Council',
  'Waste collections from your home (older page)',
  'https://www.stockton.gov.uk/our-places/waste-collection-and-recycling/waste-collections-from-your-home/',
);
export const STOCKTON_GARDEN = src(
  'Stockton-on-Tees Borough Council',
  'Garden waste bins',
  'https://stockton.gov.uk:443/article/16199/Garden-waste-bins',
);
export const STOCKTON_OLD_CHRISTMAS = src(
  'Stockton-on-Tees Borough Council',
  'Waste collections from your home (older page with Christmas dates)',
  'https://www.stockton.gov.uk/environment-and-housing/waste-collection-and-recycling/waste-collections-from-your-home/',
);
