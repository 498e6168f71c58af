// The public pages the bin rules were read from (see /work/shared/content/facts.md, section 5).
import type { Source } from '../fact';

/** The day these rules were last checked against the fact sheet. */
export const BINS_CHECKED = '2026-11-23';

// Sefton
export const MYSEFTON_WASTE: Source = { title: 'MySefton (Sefton Council news): Waste and recycling', url: 'https://mysefton.co.uk/category/waste-recycling/' };
/** http only in the fact sheet: kept as given. */
export const SEFTON_SACKS: Source = { title: 'Sefton Council: Sacks to bins roll out', url: 'http://www.sefton.gov.uk/sacks-to-bins-rollout', pageDate: '2026' };
export const SEFTON_BROWN: Source = {
  title: 'Sefton Council: Brown bins and hessian sacks (staging copy of the council site)',
  url: 'https://stage-sefseven.euwest01.umbraco.io/bins-and-recycling/bins-and-recycling/what-goes-in-my-bin/brown-bins-and-hessian-sacks/',
  pageDate: '2024-01-08',
};
export const MYSEFTON_FAQ: Source = { title: 'MySefton: Sefton bins FAQs', url: 'https://mysefton.co.uk/2019/03/06/recycling-in-sefton/', pageDate: '2019-03-06' };
export const SOUTHPORT_GREEN: Source = {
  title: 'Stand Up For Southport: Green bin collections in Sefton to return after winter break',
  url: 'https://standupforsouthport.com/green-recycling-wheelie-bin-collections-in-sefton-to-return-after-winter-break',
  pageDate: '2022-03',
};
export const EYE_ON_SOUTHPORT: Source = {
  title: 'Eye on Southport: Council’s cost-saving shutdown will affect some Sefton bin collections',
  url: 'https://eyeonsouthport.co.uk/council-s-cost-saving-shutdown-will-affect-some-sefton-bin-collections',
  pageDate: '2023-12',
};
export const FORMBY_CHRISTMAS: Source = { title: 'Formby Parish Council: Christmas bin collections 2024', url: 'https://www.formby-pc.gov.uk/christmas-bin-collections-2024/', pageDate: '2024' };
export const OTS_NEWS: Source = {
  title: 'OTS News: Sefton Council leave grey bins uncollected',
  url: 'https://otsnews.co.uk/sefton-council-leave-grey-bins-uncollected-hottest-time-year',
  pageDate: '2019-07-28',
};

// Stockton-on-Tees
export const BBC_STOCKTON: Source = { title: 'BBC News (mirrored copy): Stockton bin collection changes', url: 'https://site.346492.xyz/https/www.bbc.com/news/articles/ce9y8549nn9o' };
export const WORDUP_STOCKTON: Source = { title: 'Wordup News: Stockton to change its bin collection system', url: 'https://wordupnews.com/news-beat/stockton-to-change-its-bin-collection-system' };
export const NEWSBEEP_STOCKTON: Source = { title: 'Newsbeep: Stockton bin collection changes', url: 'https://www.newsbeep.com/uk/361590' };
export const STOCKTON_CABINET: Source = {
  title: 'Stockton-on-Tees Borough Council: Green light for improvements to waste and recycling services',
  url: 'https://beta.stock1-prd.gosshosted.com:443/article/15916/Green-light-for-improvements-to-waste-and-recycling-services-everything-you-need-to-know',
  pageDate: '2024-10-17',
};
export const BILLINGHAM_TC: Source = {
  title: 'Billingham Town Council: Household waste and recycling improvements',
  url: 'https://billingham-tc.gov.uk/2025/03/household-waste-and-recycling-improvements',
  pageDate: '2025-03',
};
export const STOCKTON_DAYS: Source = { title: 'Stockton-on-Tees Borough Council: Bin collection days', url: 'https://stockton.gov.uk/bin-collection-days', pageDate: 'about early 2025' };
export const STOCKTON_OLD_COLLECTIONS: Source = {
  title: 'Stockton-on-Tees Borough Council: Waste collections from your home (older page)',
  url: 'https://www.stockton.gov.uk/our-places/waste-collection-and-recycling/waste-collections-from-your-home/',
};
export const STOCKTON_GARDEN: Source = { title: 'Stockton-on-Tees Borough Council: Garden waste bins', url: 'https://stockton.gov.uk:443/article/16199/Garden-waste-bins' };
export const STOCKTON_OLD_CHRISTMAS: Source = {
  title: 'Stockton-on-Tees Borough Council: Waste collections from your home (older page with Christmas dates)',
  url: 'https://www.stockton.gov.uk/environment-and-housing/waste-collection-and-recycling/waste-collections-from-your-home/',
};
